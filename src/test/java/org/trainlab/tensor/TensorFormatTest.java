package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.trainlab.Golden;

/** Tensors print exactly as PyTorch prints them (golden/repr.json). */
class TensorFormatTest {
    /** Cases tools/make_fixtures.py writes into repr.json: fewer means a truncated or half-regenerated file. */
    private static final int CASES = 28;

    @TestFactory
    Stream<DynamicTest> printsLikePyTorch() {
        JsonNode cases = Golden.load("repr.json").get("cases");
        assertEquals(CASES, cases.size(), "cases in repr.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                Tensor t = Golden.tensor(c.get("value"));
                if (c.get("requires_grad").asBoolean()) {
                    t.requiresGrad_();
                }
                assertEquals(c.get("repr").asText(), t.toString());
            }));
        }
        return tests.stream();
    }

    @Test
    void tutorialTensorWithGrad() {
        Tensor t = Tensor.of(new float[][] {{1, 2}, {3, 4}}).requiresGrad_();
        assertEquals("tensor([[1., 2.],\n        [3., 4.]], requires_grad=True)", t.toString());
    }

    @Test
    void resultShowsItsGradFn() {
        Tensor a = Tensor.of(1.5f, 2.25f).requiresGrad_();
        assertEquals("tensor([3.0000, 4.5000], grad_fn=<MulBackward0>)", a.mul(2).toString());
        assertEquals("tensor(3.7500, grad_fn=<SumBackward0>)", a.sum().toString());
    }
}
