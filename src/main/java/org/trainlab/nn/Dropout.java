package org.trainlab.nn;

import org.trainlab.tensor.Generator;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * In training, zeroes each element with probability p and scales the rest by 1/(1−p); in eval, the
 * identity. Like {@code nn.Dropout(p=0.5)}. The mask comes from the given generator, or from the
 * default generator at each forward.
 */
public class Dropout extends Module {
    private final double p;
    private final Generator generator;

    public Dropout(double p, Generator generator) {
        F.checkDropoutProbability(p);
        this.p = p;
        this.generator = generator;
    }

    public Dropout(double p) {
        this(p, null);
    }

    public Dropout() {
        this(0.5);
    }

    @Override
    public Tensor forward(Tensor x) {
        return F.dropout(x, p, isTraining(), generator != null ? generator : Generator.defaultGenerator());
    }

    public double p() {
        return p;
    }

    @Override
    public String extraRepr() {
        return "p=" + PythonRepr.number(p) + ", inplace=False";
    }
}
