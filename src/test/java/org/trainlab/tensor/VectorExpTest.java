package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The SIMD exp: close to Math.exp, right at the edges, and the same bits wherever a value sits. */
class VectorExpTest {
    @Test
    void withinTwoUlpOfMathExpAndTheSameInEveryLane() {
        assumeTrue(Kernels.VECTORIZED, "needs --add-modules jdk.incubator.vector");
        Random rnd = new Random(11);
        float[] x = new float[10_007];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (rnd.nextDouble() * 200 - 110);
        }
        float[] special = {0f, -0f, 1f, -1f, 88.72f, 88.7228f, 88.73f, -87.3f, -103.9f, -104f, -200f, 1e-8f,
            Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        System.arraycopy(special, 0, x, 0, special.length);
        float[] y = new float[x.length];
        VectorExp.exp(x, y, x.length);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Float.floatToIntBits(VectorExp.exp(x[i])), Float.floatToIntBits(y[i]),
                    "lane and scalar differ at exp(" + x[i] + ")");
            float expected = (float) Math.exp(x[i]);
            if (Float.isNaN(expected) || Float.isInfinite(expected) || expected == 0f) {
                assertEquals(expected, y[i], "exp(" + x[i] + ")");
            } else if (expected >= Float.MIN_NORMAL) {
                assertTrue(Math.abs(y[i] - expected) <= 2 * Math.ulp(expected),
                        "exp(" + x[i] + ") = " + y[i] + ", Math.exp gives " + expected);
            } else {
                assertTrue(Math.abs(y[i] - expected) <= 2 * Float.MIN_VALUE, "exp(" + x[i] + ") in the subnormals");
            }
        }
    }
}
