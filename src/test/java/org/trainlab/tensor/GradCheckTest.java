package org.trainlab.tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Finite-difference checks ({@link GradCheck}) of every differentiable op, activations included: the
 * analytic gradient of a random projection of the output must match central differences. Inputs are kept
 * away from kinks (relu at 0, abs at 0, clamp bounds). Layers and losses are checked in nn.GradCheckTest.
 */
class GradCheckTest {
    @TestFactory
    Stream<DynamicTest> analyticGradientsMatchFiniteDifferences() {
        Map<String, Function<List<Tensor>, Tensor>> unary = new java.util.LinkedHashMap<>();
        unary.put("neg", l -> l.get(0).neg());
        unary.put("exp", l -> l.get(0).exp());
        unary.put("log", l -> l.get(0).abs().add(0.5).log());
        unary.put("sqrt", l -> l.get(0).abs().add(0.5).sqrt());
        unary.put("abs", l -> l.get(0).abs());
        unary.put("sin", l -> l.get(0).sin());
        unary.put("cos", l -> l.get(0).cos());
        unary.put("clamp", l -> l.get(0).clamp(-0.5, 0.5));
        unary.put("pow scalar", l -> l.get(0).abs().add(0.5).pow(-1.5));
        unary.put("add scalar", l -> l.get(0).add(2));
        unary.put("sub scalar", l -> l.get(0).sub(2));
        unary.put("rsub", l -> l.get(0).rsub(2));
        unary.put("mul scalar", l -> l.get(0).mul(-3));
        unary.put("div scalar", l -> l.get(0).div(4));
        unary.put("transpose", l -> l.get(0).transpose(0, 1));
        unary.put("t", l -> l.get(0).t());
        unary.put("reshape", l -> l.get(0).reshape(-1));
        unary.put("unsqueeze", l -> l.get(0).unsqueeze(1));
        unary.put("squeeze", l -> l.get(0).unsqueeze(0).squeeze());
        unary.put("select", l -> l.get(0).select(1, 2));
        unary.put("slice", l -> l.get(0).slice(1, 0, null, 2));
        unary.put("index", l -> l.get(0).index(Tensor.ofLongs(2, 0, 2)));
        unary.put("sum", l -> l.get(0).sum());
        unary.put("sum dim", l -> l.get(0).sum(1, true));
        unary.put("mean", l -> l.get(0).mean());
        unary.put("mean dim", l -> l.get(0).mean(0));
        unary.put("max", l -> l.get(0).max());
        unary.put("max dim", l -> l.get(0).max(1, false).values());
        unary.put("min", l -> l.get(0).min());
        unary.put("min dim", l -> l.get(0).min(0, true).values());
        unary.put("relu", l -> l.get(0).relu());
        unary.put("sigmoid", l -> l.get(0).sigmoid());
        unary.put("tanh", l -> l.get(0).tanh());
        unary.put("softplus", l -> Activations.softplus(l.get(0), 2, 1));
        unary.put("leaky_relu", l -> Activations.leakyRelu(l.get(0), 0.1));
        unary.put("elu", l -> Activations.elu(l.get(0), 0.7));
        unary.put("elu alpha 0.5", l -> Activations.elu(l.get(0), 0.5));
        unary.put("gelu", l -> Activations.gelu(l.get(0), "none"));
        unary.put("gelu tanh", l -> Activations.gelu(l.get(0), "tanh"));
        unary.put("softmax", l -> l.get(0).softmax(1));
        unary.put("softmax dim 0", l -> l.get(0).softmax(0));
        unary.put("log_softmax", l -> l.get(0).logSoftmax(0));

        Map<String, Function<List<Tensor>, Tensor>> binary = new java.util.LinkedHashMap<>();
        binary.put("add broadcast", l -> l.get(0).add(l.get(1).select(0, 0)));
        binary.put("sub", l -> l.get(0).sub(l.get(1)));
        binary.put("mul broadcast", l -> l.get(0).mul(l.get(1).slice(0, 0, 1, 1)));
        binary.put("div", l -> l.get(0).div(l.get(1).abs().add(0.5)));
        binary.put("pow tensor", l -> l.get(0).abs().add(0.5).pow(l.get(1)));
        binary.put("matmul 2d", l -> l.get(0).matmul(l.get(1).t()));
        binary.put("matmul 3d", l -> l.get(0).unsqueeze(0).matmul(l.get(1).t().unsqueeze(0)));
        binary.put("matmul 2d@1d", l -> l.get(0).matmul(l.get(1).select(0, 1)));
        binary.put("dot", l -> l.get(0).select(0, 0).dot(l.get(1).select(0, 1)));
        binary.put("linear", l -> LinearAlgebra.linear(l.get(0), l.get(1), l.get(1).select(1, 0)));
        binary.put("cat", l -> Tensor.cat(List.of(l.get(0), l.get(1)), 0));
        binary.put("stack", l -> Tensor.stack(List.of(l.get(0), l.get(1)), 2));

        List<DynamicTest> tests = new ArrayList<>();
        unary.forEach((name, f) -> tests.add(DynamicTest.dynamicTest(name, () -> check(name, f, 1))));
        binary.forEach((name, f) -> tests.add(DynamicTest.dynamicTest(name, () -> check(name, f, 2))));
        return tests.stream();
    }

    private static void check(String name, Function<List<Tensor>, Tensor> f, int arity) {
        Generator gen = new Generator(name.hashCode());
        List<Tensor> inputs = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            Tensor t = Tensor.randn(gen, 3, 4);
            float[] d = t.data();
            for (int k = 0; k < d.length; k++) {
                // keep clear of kinks at 0 and at the clamp bounds ±0.5
                d[k] = Math.signum(d[k]) * (0.1f + Math.abs(d[k])) + (Math.abs(Math.abs(d[k]) - 0.4f) < 0.1f ? 0.2f : 0);
            }
            inputs.add(t.requiresGrad_());
        }
        GradCheck.check(name, () -> f.apply(inputs), inputs);
    }
}
