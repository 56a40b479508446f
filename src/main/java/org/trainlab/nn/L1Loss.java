package org.trainlab.nn;

import org.trainlab.tensor.Tensor;

/** Mean absolute error, like {@code nn.L1Loss(reduction='mean')}; input and target must have the same shape. */
public class L1Loss extends Loss {
    public L1Loss(Reduction reduction) {
        super(reduction);
    }

    public L1Loss() {
        this(Reduction.MEAN);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.l1Loss(input, target, reduction());
    }
}
