package org.trainlab.nn;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.function.Supplier;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * Finite-difference gradient checks in float32. The objective is a fixed random projection of the
 * output, sum(f()·w); its autograd gradient with respect to each tensor in {@code wrt} must match
 * central differences (f(x+ε) − f(x−ε)) / 2ε, evaluated without a graph.
 */
final class GradCheck {
    private GradCheck() {
    }

    static void check(String what, Supplier<Tensor> f, List<Tensor> wrt, double eps, double rtol, double atol) {
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
                x[i] = (float) (original + eps);
                double plus = objective(f, weights);
                x[i] = (float) (original - eps);
                double minus = objective(f, weights);
                x[i] = original;
                double numeric = (plus - minus) / (2 * eps);
                if (Math.abs(numeric - analytic[i]) > atol + rtol * Math.abs(numeric)) {
                    fail(what + ": d/d(input " + k + ")[" + i + "] is " + analytic[i] + " by autograd but " + numeric
                            + " by finite differences");
                }
            }
        }
    }

    static void check(String what, Supplier<Tensor> f, List<Tensor> wrt) {
        check(what, f, wrt, 1e-3, 1e-2, 2e-3);
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
