package org.trainlab.nn;

import org.trainlab.tensor.Tensor;

/** Cross entropy of raw class scores [N, C] against int64 class indices [N], like
 * {@code nn.CrossEntropyLoss(reduction='mean')}: log_softmax then nll_loss. */
public class CrossEntropyLoss extends Loss {
    public CrossEntropyLoss(Reduction reduction) {
        super(reduction);
    }

    public CrossEntropyLoss() {
        this(Reduction.MEAN);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return F.crossEntropy(input, target, reduction());
    }
}
