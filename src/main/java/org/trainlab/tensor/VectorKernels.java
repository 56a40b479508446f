package org.trainlab.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The matrix-product inner kernel with explicit SIMD (the incubating Vector API): each block of
 * output columns is accumulated in vector registers over the whole shared dimension and stored once,
 * so memory traffic is one load per multiply-add. Loaded only when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (see {@link Gemm#VECTORIZED}).
 */
final class VectorKernels {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int L = SPECIES.length();
    private static final VectorSpecies<Float> S8 = FloatVector.SPECIES_256;
    private static final VectorSpecies<Float> S4 = FloatVector.SPECIES_128;

    private VectorKernels() {
    }

    static int lanes() {
        return L;
    }

    /**
     * c[m×n] (+)= S·R where S[i, p] = s[sOff + i*si + p*sp] and R's rows are contiguous at r[rOff + p*n].
     * Columns go in blocks of the widest vectors first, then 8 and 4 lanes, then one by one; masked
     * vectors are avoided because they are slow where the hardware lacks mask registers.
     */
    static void rowsTimes(float[] s, int sOff, int si, int sp, float[] r, int rOff, float[] c, int cOff,
            int m, int k, int n, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * n;
            int sBase = sOff + i * si;
            int j = 0;
            for (; j + 2 * L <= n; j += 2 * L) {
                FloatVector acc0 = FloatVector.zero(SPECIES);
                FloatVector acc1 = FloatVector.zero(SPECIES);
                for (int p = 0; p < k; p++) {
                    FloatVector sv = FloatVector.broadcast(SPECIES, s[sBase + p * sp]);
                    int rp = rOff + p * n + j;
                    acc0 = sv.fma(FloatVector.fromArray(SPECIES, r, rp), acc0);
                    acc1 = sv.fma(FloatVector.fromArray(SPECIES, r, rp + L), acc1);
                }
                store(acc0, c, ci + j, accumulate);
                store(acc1, c, ci + j + L, accumulate);
            }
            j = blockWide(s, sBase, sp, r, rOff, c, ci, k, n, j, accumulate);
            if (L > 8) {
                j = block8(s, sBase, sp, r, rOff, c, ci, k, n, j, accumulate);
            }
            if (L > 4) {
                j = block4(s, sBase, sp, r, rOff, c, ci, k, n, j, accumulate);
            }
            for (; j < n; j++) {
                // four partial sums, so the adds do not wait on each other
                float a0 = accumulate ? c[ci + j] : 0f;
                float a1 = 0f;
                float a2 = 0f;
                float a3 = 0f;
                int p = 0;
                for (; p + 3 < k; p += 4) {
                    int rp = rOff + p * n + j;
                    a0 = Math.fma(s[sBase + p * sp], r[rp], a0);
                    a1 = Math.fma(s[sBase + (p + 1) * sp], r[rp + n], a1);
                    a2 = Math.fma(s[sBase + (p + 2) * sp], r[rp + 2 * n], a2);
                    a3 = Math.fma(s[sBase + (p + 3) * sp], r[rp + 3 * n], a3);
                }
                for (; p < k; p++) {
                    a0 = Math.fma(s[sBase + p * sp], r[rOff + p * n + j], a0);
                }
                c[ci + j] = (a0 + a1) + (a2 + a3);
            }
        }
    }

    /** c[i, j] (+)= a[i, :] · b[j, :] for rows of a [m×k] and b [n×k], contiguous along k. */
    static void rowDots(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n,
            boolean accumulate) {
        for (int i = 0; i < m; i++) {
            int ai = aOff + i * k;
            for (int j = 0; j < n; j++) {
                int bj = bOff + j * k;
                int p = 0;
                float sum = 0f;
                if (k >= 8) {
                    FloatVector acc = FloatVector.zero(S8);
                    for (; p + 8 <= k; p += 8) {
                        acc = FloatVector.fromArray(S8, a, ai + p).fma(FloatVector.fromArray(S8, b, bj + p), acc);
                    }
                    sum = acc.reduceLanes(VectorOperators.ADD);
                }
                for (; p < k; p++) {
                    sum = Math.fma(a[ai + p], b[bj + p], sum);
                }
                int ci = cOff + i * n + j;
                c[ci] = accumulate ? c[ci] + sum : sum;
            }
        }
    }

    /** d[i] = y[i] > 0 ? g[i] : 0, ReLU's backward. */
    static void reluBackward(float[] y, float[] g, float[] d, int n) {
        int i = 0;
        for (int full = n - n % L; i < full; i += L) {
            FloatVector yv = FloatVector.fromArray(SPECIES, y, i);
            FloatVector.fromArray(SPECIES, g, i).blend(0f, yv.compare(VectorOperators.LE, 0f)).intoArray(d, i);
        }
        for (; i < n; i++) {
            d[i] = y[i] > 0f ? g[i] : 0f;
        }
    }

    /**
     * Writes (or adds) a finished accumulator to c. Kept apart from the accumulation so that no vector
     * value is chosen by a branch: such a merge makes the JIT box vectors instead of keeping them in
     * registers.
     */
    private static void store(FloatVector acc, float[] c, int at, boolean accumulate) {
        if (accumulate) {
            acc.add(FloatVector.fromArray(SPECIES, c, at)).intoArray(c, at);
        } else {
            acc.intoArray(c, at);
        }
    }

    private static void store8(FloatVector acc, float[] c, int at, boolean accumulate) {
        if (accumulate) {
            acc.add(FloatVector.fromArray(S8, c, at)).intoArray(c, at);
        } else {
            acc.intoArray(c, at);
        }
    }

    private static void store4(FloatVector acc, float[] c, int at, boolean accumulate) {
        if (accumulate) {
            acc.add(FloatVector.fromArray(S4, c, at)).intoArray(c, at);
        } else {
            acc.intoArray(c, at);
        }
    }

    // The three block methods differ only in their species. Each names its species as a constant: the
    // Vector API compiles to SIMD instructions only when the species is known to the JIT.

    /** Columns from j in whole vectors of the widest species; returns the next j. */
    private static int blockWide(float[] s, int sBase, int sp, float[] r, int rOff, float[] c, int ci, int k, int n,
            int j, boolean accumulate) {
        for (; j + L <= n; j += L) {
            FloatVector acc = FloatVector.zero(SPECIES);
            for (int p = 0; p < k; p++) {
                acc = FloatVector.broadcast(SPECIES, s[sBase + p * sp])
                        .fma(FloatVector.fromArray(SPECIES, r, rOff + p * n + j), acc);
            }
            store(acc, c, ci + j, accumulate);
        }
        return j;
    }

    /** Columns from j in vectors of 8 lanes; returns the next j. */
    private static int block8(float[] s, int sBase, int sp, float[] r, int rOff, float[] c, int ci, int k, int n,
            int j, boolean accumulate) {
        for (; j + 8 <= n; j += 8) {
            FloatVector acc = FloatVector.zero(S8);
            for (int p = 0; p < k; p++) {
                acc = FloatVector.broadcast(S8, s[sBase + p * sp]).fma(FloatVector.fromArray(S8, r, rOff + p * n + j), acc);
            }
            store8(acc, c, ci + j, accumulate);
        }
        return j;
    }

    /** Columns from j in vectors of 4 lanes; returns the next j. */
    private static int block4(float[] s, int sBase, int sp, float[] r, int rOff, float[] c, int ci, int k, int n,
            int j, boolean accumulate) {
        for (; j + 4 <= n; j += 4) {
            FloatVector acc = FloatVector.zero(S4);
            for (int p = 0; p < k; p++) {
                acc = FloatVector.broadcast(S4, s[sBase + p * sp]).fma(FloatVector.fromArray(S4, r, rOff + p * n + j), acc);
            }
            store4(acc, c, ci + j, accumulate);
        }
        return j;
    }

    /** dst[i] = exp(src[i]) for i < n, with the vector math library. */
    static void exp(float[] src, float[] dst, int n) {
        int i = 0;
        for (int full = n - n % L; i < full; i += L) {
            FloatVector.fromArray(SPECIES, src, i).lanewise(VectorOperators.EXP).intoArray(dst, i);
        }
        for (; i < n; i++) {
            dst[i] = (float) Math.exp(src[i]);
        }
    }

    /** dst[i] = log(src[i]) for i < n, with the vector math library. */
    static void log(float[] src, float[] dst, int n) {
        int i = 0;
        for (int full = n - n % L; i < full; i += L) {
            FloatVector.fromArray(SPECIES, src, i).lanewise(VectorOperators.LOG).intoArray(dst, i);
        }
        for (; i < n; i++) {
            dst[i] = (float) Math.log(src[i]);
        }
    }
}
