package org.trainlab.nn;

import org.trainlab.tensor.Tensor;

/** exp(x) normalised to sum to 1 along {@code dim}, like {@code nn.Softmax(dim=1)}. */
public class Softmax extends Module {
    private final int dim;

    public Softmax(int dim) {
        this.dim = dim;
    }

    @Override
    public Tensor forward(Tensor x) {
        return F.softmax(x, dim);
    }

    public int dim() {
        return dim;
    }

    @Override
    public String extraRepr() {
        return "dim=" + dim;
    }
}
