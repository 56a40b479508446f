package org.trainlab.nn;

import org.trainlab.tensor.Tensor;

/** Binary cross entropy of probabilities in [0, 1], like {@code nn.BCELoss(reduction='mean')}. */
public class BCELoss extends Loss {
    public BCELoss(Reduction reduction) {
        super(reduction);
    }

    public BCELoss() {
        this(Reduction.MEAN);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.binaryCrossEntropy(input, target, reduction());
    }
}
