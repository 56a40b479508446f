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
            j = block(SPECIES, s, sBase, sp, r, rOff, c, ci, k, n, j, accumulate);
            j = block(FloatVector.SPECIES_256, s, sBase, sp, r, rOff, c, ci, k, n, j, accumulate);
            j = block(FloatVector.SPECIES_128, s, sBase, sp, r, rOff, c, ci, k, n, j, accumulate);
            for (; j < n; j++) {
                float acc = accumulate ? c[ci + j] : 0f;
                for (int p = 0; p < k; p++) {
                    acc = Math.fma(s[sBase + p * sp], r[rOff + p * n + j], acc);
                }
                c[ci + j] = acc;
            }
        }
    }

    /** Columns from j in whole vectors of {@code species} (at most one while they fit); returns the next j. */
    private static int block(VectorSpecies<Float> species, float[] s, int sBase, int sp, float[] r, int rOff,
            float[] c, int ci, int k, int n, int j, boolean accumulate) {
        int len = species.length();
        if (len > L) {
            return j;
        }
        for (; j + len <= n; j += len) {
            FloatVector acc = accumulate ? FloatVector.fromArray(species, c, ci + j) : FloatVector.zero(species);
            for (int p = 0; p < k; p++) {
                acc = FloatVector.broadcast(species, s[sBase + p * sp])
                        .fma(FloatVector.fromArray(species, r, rOff + p * n + j), acc);
            }
            acc.intoArray(c, ci + j);
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
