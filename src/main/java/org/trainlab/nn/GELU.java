package org.trainlab.nn;

import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/** x·Φ(x), exact or with the tanh approximation, like {@code nn.GELU(approximate='none')}. */
public class GELU extends Module {
    private final String approximate;

    public GELU(String approximate) {
        if (!approximate.equals("none") && !approximate.equals("tanh")) {
            throw new IllegalArgumentException("GELU: approximate argument must be either none or tanh, got '"
                    + approximate + "'");
        }
        this.approximate = approximate;
    }

    public GELU() {
        this("none");
    }

    @Override
    public Tensor forward(Tensor x) {
        return F.gelu(x, approximate);
    }

    public String approximate() {
        return approximate;
    }

    @Override
    public String extraRepr() {
        return "approximate=" + PythonRepr.string(approximate);
    }
}
