package org.trainlab.nn;

import org.trainlab.tensor.Tensor;

/** max(0, x), element-wise, like {@code nn.ReLU()}. */
public class ReLU extends Module {
    @Override
    public Tensor forward(Tensor x) {
        return F.relu(x);
    }
}
