package org.trainlab.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The matrix-product inner kernel with explicit SIMD (the incubating Vector API): each block of
 * output columns is accumulated in vector registers over the whole shared dimension and stored once,
 * so memory traffic is one load per multiply-add. Loaded only when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} and not told otherwise (see {@link Kernels#VECTORIZED}).
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
     * Columns go in blocks of the widest vectors; the partial block at the end of a row is one whole
     * vector spilling into the next row ({@link #spillBlock}) where that row follows, and 8-lane,
     * 4-lane and single columns for the last rows and when accumulating. Masked loads and stores are
     * avoided: they are slow where masks are emulated, and at the end of an array even with AVX-512.
     * {@code scratch} must hold (L + 1)·L floats.
     */
    static void rowsTimes(float[] s, int sOff, int si, int sp, float[] r, int rOff, float[] c, int cOff,
            int m, int k, int n, boolean accumulate, float[] scratch) {
        int full = n - n % L;
        int spillRows = 0;
        int pSafe = 0;
        if (full < n && !accumulate) {
            spillRows = spillRows(m, n, full);
            pSafe = Math.max(0, Math.min(k, Math.floorDiv(r.length - rOff - full - L, n) + 1));
            // R's last rows would be read past the end of r: copy their partial blocks, zero-padded
            for (int p = pSafe; p < k; p++) {
                int at = (p - pSafe) * L;
                System.arraycopy(r, rOff + p * n + full, scratch, at, n - full);
                java.util.Arrays.fill(scratch, at + n - full, at + L, 0f);
            }
        }
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
            if (i < spillRows) {
                spillBlock(s, sBase, sp, r, rOff, c, ci, k, n, j, pSafe, scratch);
                continue;
            }
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

    /**
     * How many of the m rows of a [m×n] result may be written with a whole vector from column
     * {@code from} that runs on into the rows after them (written later): those whose vector ends
     * inside the result.
     */
    private static int spillRows(int m, int n, int from) {
        int room = m * n - from - L;
        return room < 0 ? 0 : Math.min(m, room / n + 1);
    }

    /**
     * The last, partial block of columns j..n of row ci in one whole vector: the lanes past n hold
     * junk that lands in the following row's place and is overwritten when that row is computed.
     * Avoids masked loads and stores, which are slow where masks are emulated. R rows from pSafe on
     * are read from their zero-padded copies in scratch.
     */
    private static void spillBlock(float[] s, int sBase, int sp, float[] r, int rOff, float[] c, int ci, int k,
            int n, int j, int pSafe, float[] scratch) {
        // four partial sums, so that a long shared dimension is not one chain of dependent multiply-adds
        FloatVector acc = FloatVector.zero(SPECIES);
        FloatVector acc1 = FloatVector.zero(SPECIES);
        FloatVector acc2 = FloatVector.zero(SPECIES);
        FloatVector acc3 = FloatVector.zero(SPECIES);
        int p = 0;
        for (; p + 3 < pSafe; p += 4) {
            int rp = rOff + p * n + j;
            acc = FloatVector.broadcast(SPECIES, s[sBase + p * sp]).fma(FloatVector.fromArray(SPECIES, r, rp), acc);
            acc1 = FloatVector.broadcast(SPECIES, s[sBase + (p + 1) * sp])
                    .fma(FloatVector.fromArray(SPECIES, r, rp + n), acc1);
            acc2 = FloatVector.broadcast(SPECIES, s[sBase + (p + 2) * sp])
                    .fma(FloatVector.fromArray(SPECIES, r, rp + 2 * n), acc2);
            acc3 = FloatVector.broadcast(SPECIES, s[sBase + (p + 3) * sp])
                    .fma(FloatVector.fromArray(SPECIES, r, rp + 3 * n), acc3);
        }
        acc = acc.add(acc1).add(acc2.add(acc3));
        for (; p < pSafe; p++) {
            acc = FloatVector.broadcast(SPECIES, s[sBase + p * sp]).fma(FloatVector.fromArray(SPECIES, r, rOff + p * n + j), acc);
        }
        for (; p < k; p++) {
            acc = FloatVector.broadcast(SPECIES, s[sBase + p * sp]).fma(FloatVector.fromArray(SPECIES, scratch, (p - pSafe) * L), acc);
        }
        acc.intoArray(c, ci + j);
    }

    /** Floats of scratch that {@link #fewInputs} needs. */
    static int fewInputsScratch() {
        return 6 * L;
    }

    /**
     * c[m×n] = S·R (+ bias[j] when bias is not null; added to c instead when accumulate) for at most
     * four inputs (k ≤ 4) and one vector of columns (n ≤ L), the first layers of the lessons' nets: R's
     * rows stay in registers for every row of the result. S[i, p] = s[sOff + i*si + p*sp] and
     * R[p, j] = r[rOff + p*rp + j*rj], any layout.
     */
    static void fewInputs(float[] s, int sOff, int si, int sp, float[] r, int rOff, int rp, int rj, float[] bias,
            float[] c, int cOff, int m, int k, int n, boolean accumulate, float[] scratch) {
        java.util.Arrays.fill(scratch, 0, 5 * L, 0f);
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                scratch[p * L + j] = r[rOff + p * rp + j * rj];
            }
        }
        if (bias != null) {
            System.arraycopy(bias, 0, scratch, 4 * L, n);
        }
        FloatVector r0 = FloatVector.fromArray(SPECIES, scratch, 0);
        FloatVector r1 = FloatVector.fromArray(SPECIES, scratch, L);
        FloatVector r2 = FloatVector.fromArray(SPECIES, scratch, 2 * L);
        FloatVector r3 = FloatVector.fromArray(SPECIES, scratch, 3 * L);
        FloatVector b = FloatVector.fromArray(SPECIES, scratch, 4 * L);
        // with accumulate, c's next row must not be overwritten before it is read
        int spillRows = accumulate ? 0 : spillRows(m, n, 0);
        for (int i = 0; i < m; i++) {
            int sb = sOff + i * si;
            FloatVector acc = FloatVector.broadcast(SPECIES, s[sb]).mul(r0);
            if (k > 1) {
                acc = FloatVector.broadcast(SPECIES, s[sb + sp]).fma(r1, acc);
            }
            if (k > 2) {
                acc = FloatVector.broadcast(SPECIES, s[sb + 2 * sp]).fma(r2, acc);
            }
            if (k > 3) {
                acc = FloatVector.broadcast(SPECIES, s[sb + 3 * sp]).fma(r3, acc);
            }
            if (bias != null) {
                acc = acc.add(b);
            }
            int ci = cOff + i * n;
            if (i < spillRows) {
                acc.intoArray(c, ci);
            } else {
                acc.intoArray(scratch, 5 * L);
                for (int j = 0; j < n; j++) {
                    c[ci + j] = accumulate ? c[ci + j] + scratch[5 * L + j] : scratch[5 * L + j];
                }
            }
        }
    }

    /** c[i, j] (+)= a[i, :] · b[j, :] for rows of a [m×k] and b [n×k], contiguous along k. */
    static void rowDots(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n,
            boolean accumulate, float[] scratch) {
        if (k <= L && rowDotsScratch(n) <= scratch.length) {
            shortDots(a, aOff, b, bOff, c, cOff, m, k, n, accumulate, scratch);
            return;
        }
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
                    sum = sumLanes8(acc);
                }
                for (; p < k; p++) {
                    sum = Math.fma(a[ai + p], b[bj + p], sum);
                }
                int ci = cOff + i * n + j;
                c[ci] = accumulate ? c[ci] + sum : sum;
            }
        }
    }

    /** Floats of scratch that {@link #rowDots} needs to take its one-vector path for n rows of b. */
    static int rowDotsScratch(int n) {
        return (n + 1) * L;
    }

    /**
     * {@link #rowDots} for rows of at most one vector (k ≤ L): b's rows zero-padded in scratch, each
     * row of a loaded whole with the lanes past k zeroed (they belong to the next row).
     */
    private static void shortDots(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k,
            int n, boolean accumulate, float[] scratch) {
        java.util.Arrays.fill(scratch, 0, rowDotsScratch(n), 0f);
        for (int j = 0; j < n; j++) {
            System.arraycopy(b, bOff + j * k, scratch, j * L, k);
        }
        VectorMask<Float> past = VectorMask.fromLong(SPECIES, k >= 64 ? 0 : -1L << k);
        int wholeRows = Math.max(0, Math.min(m, Math.floorDiv(a.length - aOff - L, k) + 1));
        int rowAt = n * L;
        for (int i = 0; i < m; i++) {
            int ai = aOff + i * k;
            FloatVector av;
            if (i < wholeRows) {
                av = FloatVector.fromArray(SPECIES, a, ai).blend(0f, past);
            } else {
                System.arraycopy(a, ai, scratch, rowAt, k);
                av = FloatVector.fromArray(SPECIES, scratch, rowAt);
            }
            int ci = cOff + i * n;
            for (int j = 0; j < n; j++) {
                float sum = sumLanes(av.mul(FloatVector.fromArray(SPECIES, scratch, j * L)));
                c[ci + j] = accumulate ? c[ci + j] + sum : sum;
            }
        }
    }

    /** d[i] = y[i] <= 0 ? 0 : g[i] (a NaN output passes its gradient), ReLU's backward. */
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

    // Lane i swapped with lane i ^ d: a butterfly of these adds every lane's pairs in a fixed order.
    private static final VectorShuffle<Float> SWAP_8 = VectorShuffle.fromOp(SPECIES, i -> (i ^ 8) % L);
    private static final VectorShuffle<Float> SWAP_4 = VectorShuffle.fromOp(SPECIES, i -> (i ^ 4) % L);
    private static final VectorShuffle<Float> SWAP_2 = VectorShuffle.fromOp(SPECIES, i -> i ^ 2);
    private static final VectorShuffle<Float> SWAP_1 = VectorShuffle.fromOp(SPECIES, i -> i ^ 1);
    private static final VectorShuffle<Float> SWAP8_4 = VectorShuffle.fromOp(S8, i -> i ^ 4);
    private static final VectorShuffle<Float> SWAP8_2 = VectorShuffle.fromOp(S8, i -> i ^ 2);
    private static final VectorShuffle<Float> SWAP8_1 = VectorShuffle.fromOp(S8, i -> i ^ 1);

    /**
     * The sum of v's lanes (a vector of the preferred species) in a fixed order, by a butterfly of
     * lane swaps and adds. {@code reduceLanes(ADD)} leaves the order open, and compiled and
     * interpreted code use different orders, which made a seeded run depend on when the JIT compiled it.
     */
    static float sumLanes(FloatVector v) {
        if (L >= 16) {
            v = v.add(v.rearrange(SWAP_8));
        }
        if (L >= 8) {
            v = v.add(v.rearrange(SWAP_4));
        }
        v = v.add(v.rearrange(SWAP_2));
        return v.add(v.rearrange(SWAP_1)).lane(0);
    }

    /** {@link #sumLanes} of an 8-lane vector. */
    static float sumLanes8(FloatVector v) {
        v = v.add(v.rearrange(SWAP8_4));
        v = v.add(v.rearrange(SWAP8_2));
        return v.add(v.rearrange(SWAP8_1)).lane(0);
    }
}
