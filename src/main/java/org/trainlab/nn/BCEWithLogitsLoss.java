package org.trainlab.nn;

import org.trainlab.tensor.Tensor;

/**
 * Sigmoid and binary cross entropy in one stable step, like {@code nn.BCEWithLogitsLoss(reduction='mean',
 * pos_weight=None)}. {@code pos_weight} (one weight per class, broadcast over the batch) is a buffer,
 * as in PyTorch.
 */
public class BCEWithLogitsLoss extends Loss {
    private final Tensor posWeight;

    @SuppressWarnings("this-escape") // registering in the constructor is the design, as in PyTorch's __init__
    public BCEWithLogitsLoss(Tensor posWeight, Reduction reduction) {
        super(reduction);
        this.posWeight = registerBuffer("pos_weight", posWeight);
    }

    public BCEWithLogitsLoss(Reduction reduction) {
        this(null, reduction);
    }

    public BCEWithLogitsLoss() {
        this(null, Reduction.MEAN);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.binaryCrossEntropyWithLogits(input, target, posWeight, reduction());
    }

    /** The positive-class weight, or null. */
    public Tensor posWeight() {
        return posWeight;
    }
}
