package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The matrix-product kernels against a plain triple loop in double, over awkward shapes and layouts. */
class GemmTest {
    private static final int[] SIZES = {1, 2, 3, 4, 5, 7, 8, 10, 15, 16, 17, 20, 31, 33, 64, 129};

    @Test
    void everyLayoutAndShapeMatchesTheDefinition() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 600; trial++) {
            int m = SIZES[rnd.nextInt(SIZES.length)];
            int k = rnd.nextBoolean() ? 1 + rnd.nextInt(4) : SIZES[rnd.nextInt(SIZES.length)];
            int n = SIZES[rnd.nextInt(SIZES.length)];
            check(rnd, m, k, n, rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean(), false);
        }
    }

    @Test
    void theLessonsShapesWithABias() {
        Random rnd = new Random(3);
        int[][] shapes = {{200, 2, 10}, {100, 1, 10}, {200, 10, 2}, {32, 1, 20}, {64, 5, 128}, {64, 128, 15},
            {1, 2, 10}, {3, 1, 1}, {200, 10, 1}};
        for (int[] s : shapes) {
            check(rnd, s[0], s[1], s[2], false, true, false, true);
            check(rnd, s[0], s[1], s[2], false, true, false, false);
            check(rnd, s[0], s[1], s[2], rnd.nextBoolean(), rnd.nextBoolean(), true, false);
        }
    }

    /**
     * One product at random offsets inside larger arrays whose other elements are NaN and infinities:
     * kernels that load whole vectors past a row must keep those lanes out of the result, and nothing
     * outside c's block may change.
     */
    private static void check(Random rnd, int m, int k, int n, boolean ta, boolean tb, boolean accumulate,
            boolean withBias) {
        int aOff = rnd.nextInt(5);
        int bOff = rnd.nextInt(5);
        int cOff = rnd.nextInt(5);
        int slack = rnd.nextInt(40);
        float[] a = hostile(rnd, aOff + m * k + slack);
        float[] b = hostile(rnd, bOff + k * n + slack);
        float[] c = hostile(rnd, cOff + m * n + slack);
        fill(rnd, a, aOff, m * k);
        fill(rnd, b, bOff, k * n);
        fill(rnd, c, cOff, m * n);
        float[] bias = withBias ? random(rnd, n) : null;
        float[] start = c.clone();
        Gemm.gemm(a, aOff, ta, b, bOff, tb, bias, c, cOff, m, k, n, accumulate);
        String where = "m=" + m + " k=" + k + " n=" + n + " ta=" + ta + " tb=" + tb + " accumulate=" + accumulate
                + " bias=" + withBias + " offsets " + aOff + "," + bOff + "," + cOff;
        for (int i = 0; i < c.length; i++) {
            if (i < cOff || i >= cOff + m * n) {
                assertEquals(Float.floatToRawIntBits(start[i]), Float.floatToRawIntBits(c[i]),
                        "element " + i + " outside the result changed; " + where);
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double expected = accumulate && !withBias ? start[cOff + i * n + j] : 0;
                if (withBias) {
                    expected += bias[j];
                }
                for (int p = 0; p < k; p++) {
                    double av = ta ? a[aOff + p * m + i] : a[aOff + i * k + p];
                    double bv = tb ? b[bOff + j * k + p] : b[bOff + p * n + j];
                    expected += av * bv;
                }
                assertEquals(expected, c[cOff + i * n + j], 1e-4 * (1 + Math.abs(expected)), where + " at " + i + ","
                        + j);
            }
        }
    }

    private static float[] hostile(Random rnd, int size) {
        float[] out = new float[size];
        float[] values = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 3e38f};
        for (int i = 0; i < size; i++) {
            out[i] = values[rnd.nextInt(values.length)];
        }
        return out;
    }

    private static void fill(Random rnd, float[] array, int from, int count) {
        for (int i = from; i < from + count; i++) {
            array[i] = (float) rnd.nextGaussian();
        }
    }

    @Test
    void scalarFallbackAgreesWithTheVectorKernel() {
        assumeTrue(Kernels.VECTORIZED, "the vector kernel is off (no --add-modules jdk.incubator.vector, or "
                + "-Dtrainlab.scalar=true): nothing to compare the scalar fallback with");
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
            VectorKernels.rowsTimes(s, 0, k, 1, r, 0, vector, 0, m, k, n, false,
                    new float[(VectorKernels.lanes() + 1) * VectorKernels.lanes()]);
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
