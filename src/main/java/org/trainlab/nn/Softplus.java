package org.trainlab.nn;

import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/** log(1 + exp(βx)) / β, linear where βx > threshold, like {@code nn.Softplus(beta=1, threshold=20)}. */
public class Softplus extends Module {
    private final double beta;
    private final double threshold;

    public Softplus(double beta, double threshold) {
        this.beta = beta;
        this.threshold = threshold;
    }

    public Softplus() {
        this(1, 20);
    }

    @Override
    public Tensor forward(Tensor x) {
        return F.softplus(x, beta, threshold);
    }

    public double beta() {
        return beta;
    }

    public double threshold() {
        return threshold;
    }

    @Override
    public String extraRepr() {
        // PyTorch's defaults are ints, so whole values print without ".0".
        return "beta=" + PythonRepr.intOrFloat(beta) + ", threshold=" + PythonRepr.intOrFloat(threshold);
    }
}
