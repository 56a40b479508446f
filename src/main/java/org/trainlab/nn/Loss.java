package org.trainlab.nn;

import org.trainlab.tensor.Tensor;

/** A loss module, like PyTorch's {@code _Loss}: compares an input with a target under a {@link Reduction}. */
public abstract class Loss extends Module {
    private final Reduction reduction;

    protected Loss(Reduction reduction) {
        this.reduction = java.util.Objects.requireNonNull(reduction, "reduction");
    }

    public abstract Tensor forward(Tensor input, Tensor target);

    /** A loss needs a target: use {@link #forward(Tensor, Tensor)}. */
    @Override
    public final Tensor forward(Tensor x) {
        throw new UnsupportedOperationException(name() + ".forward() missing 1 required positional argument: "
                + "'target' (call forward(input, target))");
    }

    public Reduction reduction() {
        return reduction;
    }
}
