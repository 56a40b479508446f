package org.trainlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

class InitTest {
    private static float maxAbs(Tensor t) {
        float m = 0;
        for (float v : t.data()) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    @Test
    void linearStartsUniformWithinOneOverSqrtFanIn() {
        Linear linear = new Linear(16, 200, true, new Generator(1));
        double bound = 1 / Math.sqrt(16);
        assertTrue(maxAbs(linear.weight()) <= bound);
        assertTrue(maxAbs(linear.bias()) <= bound);
        // 3200 uniform draws fill the interval: the extremes come close to the bound.
        assertTrue(maxAbs(linear.weight()) > 0.95 * bound);
        assertTrue(linear.weight().requiresGrad() && linear.weight().isLeaf());
    }

    @Test
    void sameGeneratorSeedGivesTheSameLayer() {
        Linear a = new Linear(3, 5, true, new Generator(9));
        Linear b = new Linear(3, 5, true, new Generator(9));
        assertArrayEquals(a.weight().data(), b.weight().data());
        assertArrayEquals(a.bias().data(), b.bias().data());
        Generator.seed(3);
        Linear c = new Linear(3, 5);
        Generator.seed(3);
        Linear d = new Linear(3, 5);
        assertArrayEquals(c.weight().data(), d.weight().data());
    }

    @Test
    void rnnStartsUniformWithinOneOverSqrtHidden() {
        RNN rnn = new RNN(1, 25, 2, "tanh", true, false, new Generator(5));
        for (Tensor p : rnn.parameters()) {
            assertTrue(maxAbs(p) <= 0.2, "bound 1/sqrt(25)");
            assertTrue(maxAbs(p) > 0.1);
        }
    }

    @Test
    void gainsAreTorchs() {
        assertEquals(1.0, Init.calculateGain("sigmoid"));
        assertEquals(5.0 / 3, Init.calculateGain("tanh"), 1e-12);
        assertEquals(Math.sqrt(2), Init.calculateGain("relu"), 1e-12);
        assertEquals(Math.sqrt(2 / (1 + 0.01 * 0.01)), Init.calculateGain("leaky_relu"), 1e-12);
        assertEquals(Math.sqrt(2 / 6.0), Init.calculateGain("leaky_relu", Math.sqrt(5)), 1e-12);
        assertEquals("Unsupported nonlinearity swish",
                assertThrows(IllegalArgumentException.class, () -> Init.calculateGain("swish")).getMessage());
    }

    @Test
    void xavierAndKaimingBounds() {
        Tensor w = Tensor.zeros(30, 20);
        Init.xavierUniform_(w, 1.0, new Generator(2));
        double xavier = Math.sqrt(6.0 / 50);
        assertTrue(maxAbs(w) <= xavier && maxAbs(w) > 0.95 * xavier);
        Init.kaimingUniform_(w, 0, "fan_out", "relu", new Generator(2));
        double kaiming = Math.sqrt(3.0) * Math.sqrt(2) / Math.sqrt(30);
        assertTrue(maxAbs(w) <= kaiming && maxAbs(w) > 0.95 * kaiming);
        Tensor big = Tensor.zeros(200, 100);
        Init.kaimingNormal_(big, 0, "fan_in", "relu", new Generator(4));
        double variance = 0;
        for (float v : big.data()) {
            variance += v * v;
        }
        variance /= big.numel();
        assertEquals(2.0 / 100, variance, 0.1 * 2.0 / 100);
        assertThrows(IllegalArgumentException.class, () -> Init.xavierUniform_(Tensor.zeros(5)));
    }

    @Test
    void constantInitsWorkOnParametersWithoutRecordingAGraph() {
        Linear linear = new Linear(2, 3);
        Init.ones_(linear.weight());
        Init.zeros_(linear.bias());
        assertArrayEquals(Tensor.ones(3, 2).data(), linear.weight().data());
        Init.constant_(linear.bias(), 0.25);
        assertEquals(0.25f, linear.bias().get(1));
        assertTrue(linear.weight().isLeaf());
        assertFalse(linear.weight().grad() != null);
    }
}
