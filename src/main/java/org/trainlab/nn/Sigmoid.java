package org.trainlab.nn;

import org.trainlab.tensor.Tensor;

/** 1 / (1 + exp(−x)), element-wise, like {@code nn.Sigmoid()}. */
public class Sigmoid extends Module {
    @Override
    public Tensor forward(Tensor x) {
        return F.sigmoid(x);
    }
}
