package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.function.Supplier;

/**
 * The finite-difference gradient check of every op, layer and loss (tensor and nn tests). The objective is
 * a fixed random projection of the output, sum(f()·w), summed in double; its autograd gradient with respect
 * to each tensor in {@code wrt} must match central differences (f(x+ε) − f(x−ε)) / 2ε, evaluated without a
 * graph.
 *
 * <p>One tolerance policy: ε = 1e-3 and |analytic − numeric| ≤ 2e-3 + 1e-2·|numeric|. The truncation
 * error of central differences is about ε²·f‴/6, near 1e-6 for these smooth functions; the float32
 * rounding of f's values (relative 6e-8 on outputs of order one, over at most a few hundred of them)
 * divided by 2ε is around 1e-4 or less. So 2e-3 leaves a wide margin for that noise while a gradient off
 * by 1% still fails. (The tensor tests once had a harness of their own with ε = 1e-2 and a tolerance of
 * 2e-2·max(1, |numeric|), ten times looser; every op passes this one.)
 */
public final class GradCheck {
    private static final double EPS = 1e-3;
    private static final double RTOL = 1e-2;
    private static final double ATOL = 2e-3;

    private GradCheck() {
    }

    /** Checks the gradient of {@code f} with respect to each tensor in {@code wrt} (leaves that require grad). */
    public static void check(String what, Supplier<Tensor> f, List<Tensor> wrt) {
        for (Tensor t : wrt) {
            t.setGrad(null);
        }
        Tensor out = f.get();
        Tensor weights = Tensor.randn(new Generator(42), out.shape());
        out.mul(weights).sum().backward();
        for (int k = 0; k < wrt.size(); k++) {
            Tensor t = wrt.get(k);
            assertNotNull(t.grad(), what + ": no gradient reached input " + k);
            float[] x = t.data();
            float[] analytic = t.grad().data();
            for (int i = 0; i < x.length; i++) {
                float original = x[i];
                x[i] = (float) (original + EPS);
                double plus = objective(f, weights);
                x[i] = (float) (original - EPS);
                double minus = objective(f, weights);
                x[i] = original;
                double numeric = (plus - minus) / (2 * EPS);
                if (Math.abs(numeric - analytic[i]) > ATOL + RTOL * Math.abs(numeric)) {
                    fail(what + ": d/d(input " + k + ")[" + i + "] is " + analytic[i] + " by autograd but " + numeric
                            + " by finite differences");
                }
            }
        }
    }

    private static double objective(Supplier<Tensor> f, Tensor weights) {
        try (var ignored = NoGrad.enter()) {
            float[] out = f.get().data();
            float[] w = weights.data();
            double s = 0;
            for (int i = 0; i < out.length; i++) {
                s += (double) out[i] * w[i];
            }
            return s;
        }
    }
}
