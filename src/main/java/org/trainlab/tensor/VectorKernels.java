package org.trainlab.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
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

    private VectorKernels() {
    }

    static int lanes() {
        return L;
    }

    /**
     * c[m×n] (+)= S·R where S[i, p] = s[sOff + i*si + p*sp] and R's rows are contiguous at r[rOff + p*n].
     */
    static void rowsTimes(float[] s, int sOff, int si, int sp, float[] r, int rOff, float[] c, int cOff,
            int m, int k, int n, boolean accumulate) {
        int full = n - n % L;
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * n;
            int sBase = sOff + i * si;
            int j = 0;
            for (; j + 2 * L <= full; j += 2 * L) {
                FloatVector acc0 = accumulate ? FloatVector.fromArray(SPECIES, c, ci + j) : FloatVector.zero(SPECIES);
                FloatVector acc1 = accumulate ? FloatVector.fromArray(SPECIES, c, ci + j + L)
                        : FloatVector.zero(SPECIES);
                for (int p = 0; p < k; p++) {
                    FloatVector sv = FloatVector.broadcast(SPECIES, s[sBase + p * sp]);
                    int rp = rOff + p * n + j;
                    acc0 = sv.fma(FloatVector.fromArray(SPECIES, r, rp), acc0);
                    acc1 = sv.fma(FloatVector.fromArray(SPECIES, r, rp + L), acc1);
                }
                acc0.intoArray(c, ci + j);
                acc1.intoArray(c, ci + j + L);
            }
            for (; j < full; j += L) {
                FloatVector acc = accumulate ? FloatVector.fromArray(SPECIES, c, ci + j) : FloatVector.zero(SPECIES);
                for (int p = 0; p < k; p++) {
                    acc = FloatVector.broadcast(SPECIES, s[sBase + p * sp])
                            .fma(FloatVector.fromArray(SPECIES, r, rOff + p * n + j), acc);
                }
                acc.intoArray(c, ci + j);
            }
            if (j < n && ci + j + L <= c.length && rOff + (k - 1) * n + j + L <= r.length) {
                VectorMask<Float> mask = SPECIES.indexInRange(j, n);
                FloatVector acc = accumulate ? FloatVector.fromArray(SPECIES, c, ci + j, mask)
                        : FloatVector.zero(SPECIES);
                for (int p = 0; p < k; p++) {
                    acc = FloatVector.broadcast(SPECIES, s[sBase + p * sp])
                            .fma(FloatVector.fromArray(SPECIES, r, rOff + p * n + j, mask), acc);
                }
                acc.intoArray(c, ci + j, mask);
            } else {
                // the last rows' tails would reach past the arrays, where masked access is slow
                for (; j < n; j++) {
                    float acc = accumulate ? c[ci + j] : 0f;
                    for (int p = 0; p < k; p++) {
                        acc = Math.fma(s[sBase + p * sp], r[rOff + p * n + j], acc);
                    }
                    c[ci + j] = acc;
                }
            }
        }
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
