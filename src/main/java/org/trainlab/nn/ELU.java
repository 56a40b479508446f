package org.trainlab.nn;

import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/** x for x > 0, α(eˣ − 1) otherwise, like {@code nn.ELU(alpha=1.0)}. */
public class ELU extends Module {
    private final double alpha;

    public ELU(double alpha) {
        this.alpha = alpha;
    }

    public ELU() {
        this(1.0);
    }

    @Override
    public Tensor forward(Tensor x) {
        return F.elu(x, alpha);
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public String extraRepr() {
        return "alpha=" + PythonRepr.number(alpha);
    }
}
