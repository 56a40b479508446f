package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The SIMD log: close to Math.log over every range, exact at the edges, the same bits in every lane. */
class VectorLogTest {
    @Test
    void withinTwoUlpOfMathLogAndTheSameInEveryLane() {
        assumeTrue(Kernels.VECTORIZED, "needs --add-modules jdk.incubator.vector");
        Random rnd = new Random(12);
        float[] x = new float[20_011];
        for (int i = 0; i < x.length; i++) {
            // every binade, subnormals included
            x[i] = (float) Math.scalb(1 + rnd.nextDouble(), rnd.nextInt(280) - 150);
        }
        float[] special = {1f, 2f, 0.5f, 0.70710677f, 0.7071068f, 1.4142135f, Float.MIN_VALUE, Float.MIN_NORMAL,
            Float.MAX_VALUE, 0f, -0f, -1f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        System.arraycopy(special, 0, x, 0, special.length);
        float[] y = new float[x.length];
        VectorLog.log(x, y, x.length);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Float.floatToIntBits(VectorLog.log(x[i])), Float.floatToIntBits(y[i]),
                    "lane and scalar differ at log(" + x[i] + ")");
            float expected = (float) Math.log(x[i]);
            if (Float.isNaN(expected) || Float.isInfinite(expected) || expected == 0f) {
                assertEquals(expected, y[i], "log(" + x[i] + ")");
            } else {
                assertTrue(Math.abs(y[i] - expected) <= 2 * Math.ulp(expected),
                        "log(" + x[i] + ") = " + y[i] + ", Math.log gives " + expected);
            }
        }
    }
}
