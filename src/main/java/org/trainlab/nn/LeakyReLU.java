package org.trainlab.nn;

import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/** x for x > 0, negative_slope·x otherwise, like {@code nn.LeakyReLU(negative_slope=0.01)}. */
public class LeakyReLU extends Module {
    private final double negativeSlope;

    public LeakyReLU(double negativeSlope) {
        this.negativeSlope = negativeSlope;
    }

    public LeakyReLU() {
        this(0.01);
    }

    @Override
    public Tensor forward(Tensor x) {
        return F.leakyRelu(x, negativeSlope);
    }

    public double negativeSlope() {
        return negativeSlope;
    }

    @Override
    public String extraRepr() {
        return "negative_slope=" + PythonRepr.number(negativeSlope);
    }
}
