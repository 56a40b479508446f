package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.trainlab.Golden;

/** Every op's output, gradient and grad_fn name against PyTorch's (golden/ops.json). */
class OpsGoldenTest {
    /** grad_fn names that PyTorch 2 prints differently from the 1.13 that wrote the fixtures. */
    private static final Map<String, String> RENAMED_IN_PYTORCH_2 = Map.of(
            "ReshapeAliasBackward0", "ViewBackward0",
            "SqueezeBackward3", "SqueezeBackward4");
    /** Cases tools/make_fixtures.py writes into ops.json: fewer means a truncated or half-regenerated file. */
    private static final int CASES = 104;

    @TestFactory
    Stream<DynamicTest> everyOpMatchesPyTorch() {
        JsonNode cases = Golden.load("ops.json").get("cases");
        assertEquals(CASES, cases.size(), "cases in ops.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> check(c)));
        }
        return tests.stream();
    }

    private static void check(JsonNode c) {
        String name = c.get("name").asText();
        List<Tensor> inputs = new ArrayList<>();
        for (int i = 0; i < c.get("inputs").size(); i++) {
            Tensor t = Golden.tensor(c.get("inputs").get(i));
            if (c.get("requires_grad").get(i).asBoolean()) {
                t.requiresGrad_();
            }
            inputs.add(t);
        }
        Object result = apply(c.get("op").asText(), inputs, c.get("kwargs"));
        Tensor out;
        JsonNode expectedOut = c.get("output");
        if (result instanceof ValuesIndices vi) {
            out = vi.values();
            Golden.assertClose(Golden.tensor(expectedOut.get(0)), out, 1e-6, 1e-7, "ops", name + " values");
            Tensor indices = vi.indices();
            assertEquals(DType.INT64, indices.dtype(), name + " indices dtype");
            Golden.assertClose(Golden.tensor(expectedOut.get(1)), indices, 0, 0, "ops", name + " indices");
        } else {
            out = (Tensor) result;
            Tensor expected = Golden.tensor(expectedOut);
            assertEquals(expected.dtype(), out.dtype(), name + " dtype");
            Golden.assertClose(expected, out, 1e-5, 1e-6, "ops", name + " output");
        }
        JsonNode gradFn = c.get("grad_fn");
        if (gradFn == null || gradFn.isNull()) {
            assertNull(out.gradFn(), name + " has no grad_fn");
            return;
        }
        String expectedName = RENAMED_IN_PYTORCH_2.getOrDefault(gradFn.asText(), gradFn.asText());
        assertNotNull(out.gradFn(), name + " grad_fn");
        assertEquals(expectedName, out.gradFn().name(), name + " grad_fn name");
        out.backward(Golden.tensor(c.get("grad_output")));
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode g = c.get("grads").get(i);
            if (g == null || g.isNull()) {
                assertNull(inputs.get(i).grad(), name + " input " + i + " gets no grad");
            } else {
                assertNotNull(inputs.get(i).grad(), name + " input " + i + " grad");
                Golden.assertClose(Golden.tensor(g), inputs.get(i).grad(), 1e-5, 1e-6, "ops gradients",
                        name + " grad of input " + i);
            }
        }
    }

    private static Object apply(String op, List<Tensor> in, JsonNode kw) {
        Tensor x = in.get(0);
        Tensor y = in.size() > 1 ? in.get(1) : null;
        return switch (op) {
            case "add" -> kw.has("other") ? x.add(kw.get("other").asDouble()) : x.add(y);
            case "sub" -> kw.has("other") ? x.sub(kw.get("other").asDouble()) : x.sub(y);
            case "mul" -> kw.has("other") ? x.mul(kw.get("other").asDouble()) : x.mul(y);
            case "div" -> kw.has("other") ? x.div(kw.get("other").asDouble()) : x.div(y);
            case "pow" -> kw.has("exponent") ? x.pow(kw.get("exponent").asDouble()) : x.pow(y);
            case "neg" -> x.neg();
            case "exp" -> x.exp();
            case "log" -> x.log();
            case "sqrt" -> x.sqrt();
            case "abs" -> x.abs();
            case "sin" -> x.sin();
            case "cos" -> x.cos();
            case "clamp" -> x.clamp(kw.has("min") ? kw.get("min").asDouble() : null,
                    kw.has("max") ? kw.get("max").asDouble() : null);
            case "matmul" -> x.matmul(y);
            case "mm" -> x.mm(y);
            case "dot" -> x.dot(y);
            case "transpose" -> x.transpose(kw.get("dim0").asInt(), kw.get("dim1").asInt());
            case "t" -> x.t();
            case "reshape" -> x.reshape(ints(kw.get("shape")));
            case "view" -> x.view(ints(kw.get("shape")));
            case "unsqueeze" -> x.unsqueeze(kw.get("dim").asInt());
            case "squeeze" -> kw.has("dim") ? x.squeeze(kw.get("dim").asInt()) : x.squeeze();
            case "cat" -> Tensor.cat(in, kw.get("dim").asInt());
            case "stack" -> Tensor.stack(in, kw.get("dim").asInt());
            case "select" -> x.select(kw.get("dim").asInt(), kw.get("index").asInt());
            case "slice" -> x.slice(kw.get("dim").asInt(), kw.get("start").asInt(),
                    kw.get("end").isNull() ? null : kw.get("end").asInt(), kw.get("step").asInt());
            case "index_rows" -> x.index(y);
            case "sum" -> kw.has("dim") ? x.sum(kw.get("dim").asInt(), kw.path("keepdim").asBoolean()) : x.sum();
            case "mean" -> kw.has("dim") ? x.mean(kw.get("dim").asInt(), kw.path("keepdim").asBoolean()) : x.mean();
            case "max" -> kw.has("dim") ? x.max(kw.get("dim").asInt(), kw.path("keepdim").asBoolean()) : x.max();
            case "min" -> kw.has("dim") ? x.min(kw.get("dim").asInt(), kw.path("keepdim").asBoolean()) : x.min();
            case "argmax" -> kw.has("dim") ? x.argmax(kw.get("dim").asInt(), kw.path("keepdim").asBoolean())
                    : x.argmax();
            case "relu" -> x.relu();
            case "sigmoid" -> x.sigmoid();
            case "tanh" -> x.tanh();
            case "softplus" -> Activations.softplus(x, kw.path("beta").asDouble(1.0),
                    kw.path("threshold").asDouble(20.0));
            case "leaky_relu" -> Activations.leakyRelu(x, kw.path("negative_slope").asDouble(0.01));
            case "elu" -> Activations.elu(x, kw.path("alpha").asDouble(1.0));
            case "gelu" -> Activations.gelu(x, kw.path("approximate").asText("none"));
            case "softmax" -> x.softmax(kw.get("dim").asInt());
            case "log_softmax" -> x.logSoftmax(kw.get("dim").asInt());
            default -> throw new AssertionError("fixture op without a mapping: " + op);
        };
    }

    private static int[] ints(JsonNode node) {
        int[] out = new int[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asInt();
        }
        return out;
    }

    @AfterAll
    static void reportLargestErrors() {
        String kernels = Kernels.VECTORIZED ? "vector" : "scalar";
        Golden.worstErrors().forEach((group, e) -> System.out.printf(
                "golden %-14s largest relative error %.3g, absolute %.3g (%s kernels)%n", group, e[0], e[1], kernels));
    }
}
