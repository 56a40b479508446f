package org.trainlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.trainlab.Golden;
import org.trainlab.tensor.Tensor;

/** Every loss case in losses.json: value, grad_fn name and input gradient against PyTorch's. */
class LossesGoldenTest {
    private static final double RTOL = 1e-5;
    private static final double ATOL = 1e-6;
    private static final String GROUP = "losses";
    /** Cases tools/make_fixtures.py writes into losses.json: fewer means a truncated or half-regenerated file. */
    private static final int CASES = 21;

    @TestFactory
    Stream<DynamicTest> lossesMatchPyTorch() {
        JsonNode cases = Golden.load("losses.json").get("cases");
        assertEquals(CASES, cases.size(), "cases in losses.json");
        return LayersGoldenTest.cases(cases)
                .map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> check(c)));
    }

    @AfterAll
    static void report() {
        double[] worst = Golden.worstErrors().get(GROUP);
        if (worst != null) {
            System.out.printf("losses.json: largest relative error %.3g, absolute %.3g%n", worst[0], worst[1]);
        }
    }

    private static void check(JsonNode c) {
        String name = c.get("name").asText();
        Loss loss = build(c);
        Tensor input = Golden.tensor(c.get("input")).requiresGrad_();
        Tensor out = loss.forward(input, Golden.tensor(c.get("target")));
        Golden.assertClose(Golden.tensor(c.get("output")), out, RTOL, ATOL, GROUP, name + ": output");
        assertEquals(c.get("grad_fn").asText(), out.gradFn().name(), name + ": grad_fn");
        out.backward(Golden.tensor(c.get("grad_output")));
        Golden.assertClose(Golden.tensor(c.get("input_grad")), input.grad(), RTOL, ATOL, GROUP, name + ": input grad");
    }

    private static Loss build(JsonNode c) {
        JsonNode k = c.get("kwargs");
        Reduction reduction = Reduction.of(k.get("reduction").asText());
        return switch (c.get("loss").asText()) {
            case "MSELoss" -> new MSELoss(reduction);
            case "L1Loss" -> new L1Loss(reduction);
            case "CrossEntropyLoss" -> new CrossEntropyLoss(reduction);
            case "BCELoss" -> new BCELoss(reduction);
            case "BCEWithLogitsLoss" -> {
                Tensor posWeight = null;
                if (k.has("pos_weight")) {
                    float[] w = new float[k.get("pos_weight").size()];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = (float) k.get("pos_weight").get(i).asDouble();
                    }
                    posWeight = Tensor.of(w);
                }
                yield new BCEWithLogitsLoss(posWeight, reduction);
            }
            default -> throw new AssertionError("unknown loss " + c.get("loss"));
        };
    }
}
