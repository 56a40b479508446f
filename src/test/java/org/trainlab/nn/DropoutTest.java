package org.trainlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

class DropoutTest {
    @Test
    void trainingZeroesAboutPAndScalesTheRest() {
        Dropout dropout = new Dropout(0.3, new Generator(11));
        Tensor out = dropout.forward(Tensor.ones(100_000));
        int zeros = 0;
        double sum = 0;
        for (float v : out.data()) {
            if (v == 0f) {
                zeros++;
            } else {
                assertEquals(1 / 0.7f, v, 1e-6);
            }
            sum += v;
        }
        // Binomial(100000, 0.3): standard deviation ≈ 145, so 1000 is about 7 of them.
        assertEquals(30_000, zeros, 1_000);
        assertEquals(1.0, sum / out.numel(), 0.02);
    }

    @Test
    void evalIsTheIdentity() {
        Dropout dropout = new Dropout(0.5);
        dropout.eval();
        Tensor x = Tensor.randn(new Generator(1), 4, 3);
        assertSame(x, dropout.forward(x));
    }

    @Test
    void gradientFlowsOnlyThroughKeptElements() {
        Tensor x = Tensor.ones(1000).requiresGrad_();
        Tensor out = F.dropout(x, 0.5, true, new Generator(3));
        assertEquals("MulBackward0", out.gradFn().name());
        out.sum().backward();
        assertArrayEquals(out.data(), x.grad().data());
    }

    @Test
    void edgeProbabilities() {
        Tensor x = Tensor.ones(10);
        assertSame(x, F.dropout(x, 0, true));
        assertArrayEquals(new float[10], F.dropout(x, 1, true).data());
        assertEquals("dropout probability has to be between 0 and 1, but got 1.5",
                assertThrows(IllegalArgumentException.class, () -> new Dropout(1.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> F.dropout(x, -0.1, false));
    }

    @Test
    void sameSeedSameMask() {
        Tensor x = Tensor.ones(50);
        assertArrayEquals(F.dropout(x, 0.5, true, new Generator(8)).data(),
                F.dropout(x, 0.5, true, new Generator(8)).data());
        assertTrue(new Dropout().p() == 0.5);
    }
}
