package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The matrix-product kernels against a plain triple loop in double, over awkward shapes and layouts. */
class GemmTest {
    private static final int[] SIZES = {1, 2, 3, 5, 7, 8, 15, 16, 17, 31, 33, 64, 129};

    @Test
    void everyLayoutAndShapeMatchesTheDefinition() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 400; trial++) {
            int m = SIZES[rnd.nextInt(SIZES.length)];
            int k = SIZES[rnd.nextInt(SIZES.length)];
            int n = SIZES[rnd.nextInt(SIZES.length)];
            boolean ta = rnd.nextBoolean();
            boolean tb = rnd.nextBoolean();
            boolean accumulate = rnd.nextBoolean();
            float[] a = random(rnd, m * k);
            float[] b = random(rnd, k * n);
            float[] start = random(rnd, m * n);
            float[] c = start.clone();
            Gemm.gemm(a, 0, ta, b, 0, tb, c, 0, m, k, n, accumulate);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double expected = accumulate ? start[i * n + j] : 0;
                    for (int p = 0; p < k; p++) {
                        double av = ta ? a[p * m + i] : a[i * k + p];
                        double bv = tb ? b[j * k + p] : b[p * n + j];
                        expected += av * bv;
                    }
                    assertEquals(expected, c[i * n + j], 1e-4 * (1 + Math.abs(expected)),
                            "m=" + m + " k=" + k + " n=" + n + " ta=" + ta + " tb=" + tb + " at " + i + "," + j);
                }
            }
        }
    }

    @Test
    void scalarFallbackAgreesWithTheVectorKernel() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 100; trial++) {
            int m = SIZES[rnd.nextInt(SIZES.length)];
            int k = SIZES[rnd.nextInt(SIZES.length)];
            int n = SIZES[rnd.nextInt(SIZES.length)];
            float[] s = random(rnd, m * k);
            float[] r = random(rnd, k * n);
            float[] scalar = new float[m * n];
            Gemm.scalarRowsTimes(s, 0, k, 1, r, 0, scalar, 0, m, k, n, false);
            float[] vector = new float[m * n];
            if (Kernels.VECTORIZED) {
                VectorKernels.rowsTimes(s, 0, k, 1, r, 0, vector, 0, m, k, n, false);
            } else {
                Gemm.scalarRowsTimes(s, 0, k, 1, r, 0, vector, 0, m, k, n, false);
            }
            for (int i = 0; i < scalar.length; i++) {
                assertEquals(scalar[i], vector[i], 1e-4 * (1 + Math.abs(scalar[i])));
            }
        }
    }

    private static float[] random(Random rnd, int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) rnd.nextGaussian();
        }
        return out;
    }
}
