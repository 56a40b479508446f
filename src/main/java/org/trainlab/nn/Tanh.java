package org.trainlab.nn;

import org.trainlab.tensor.Tensor;

/** tanh(x), element-wise, like {@code nn.Tanh()}. */
public class Tanh extends Module {
    @Override
    public Tensor forward(Tensor x) {
        return F.tanh(x);
    }
}
