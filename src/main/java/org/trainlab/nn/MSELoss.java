package org.trainlab.nn;

import org.trainlab.tensor.Tensor;

/** Mean squared error, like {@code nn.MSELoss(reduction='mean')}; input and target must have the same shape. */
public class MSELoss extends Loss {
    public MSELoss(Reduction reduction) {
        super(reduction);
    }

    public MSELoss() {
        this(Reduction.MEAN);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.mseLoss(input, target, reduction());
    }
}
