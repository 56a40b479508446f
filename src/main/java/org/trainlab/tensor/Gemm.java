package org.trainlab.tensor;

/**
 * General matrix product {@code C = op(A) · op(B)} for the small matrices of the lessons, where op
 * transposes or not. Every product is computed in "axpy" form — a scalar of one operand times a
 * contiguous row of the other, added into a contiguous row of the result — because that is the loop
 * the JIT vectorises. Either C or Cᵀ = op(B)ᵀ·op(A)ᵀ is computed, whichever gives the longer inner
 * loop for its cost, transposing an operand or the result when that layout needs it; for these sizes
 * the copies cost far less than the scalar dot products they avoid. Two shapes of the lessons have
 * kernels of their own: a layer with at most four inputs ({@link VectorKernels#fewInputs}) and a·bᵀ
 * with few columns (dot products, {@link VectorKernels#rowDots}).
 */
final class Gemm {
    private static final int LANES = Kernels.VECTORIZED ? VectorKernels.lanes() : 1;

    private Gemm() {
    }

    /**
     * c[m×n] = op(a)·op(b) (written into c at cOff, or added to it when {@code accumulate}). op(a) is
     * [m×k]: a is stored [m×k], or [k×m] when {@code ta}. op(b) is [k×n]: b is stored [k×n], or [n×k]
     * when {@code tb}.
     */
    static void gemm(float[] a, int aOff, boolean ta, float[] b, int bOff, boolean tb, float[] c, int cOff,
            int m, int k, int n, boolean accumulate) {
        gemm(a, aOff, ta, b, bOff, tb, null, c, cOff, m, k, n, accumulate);
    }

    /**
     * As above, plus a bias row added to every row of c when {@code bias} is not null (then c is
     * overwritten, never accumulated onto): the affine map of nn.Linear.
     */
    static void gemm(float[] a, int aOff, boolean ta, float[] b, int bOff, boolean tb, float[] bias, float[] c,
            int cOff, int m, int k, int n, boolean accumulate) {
        if (m == 0 || n == 0) {
            return;
        }
        if (Kernels.VECTORIZED && k > 0 && k <= 4 && n <= LANES) {
            // op(b) is [k×n]: b[p*n + j], or b[j*k + p] when tb
            VectorKernels.fewInputs(a, aOff, ta ? 1 : k, ta ? m : 1, b, bOff, tb ? 1 : n, tb ? k : 1,
                    bias, c, cOff, m, k, n, bias == null && accumulate,
                    Scratch.floats(Scratch.GEMM_KERNEL, VectorKernels.fewInputsScratch()));
            return;
        }
        if (bias != null) {
            // start every row at the bias and let the product accumulate onto it
            for (int i = 0; i < m; i++) {
                System.arraycopy(bias, 0, c, cOff + i * n, n);
            }
            accumulate = true;
        }
        double direct = m * (double) k * rowCost(n) + (tb ? 2.0 * k * n : 0);
        double flipped = n * (double) k * rowCost(m) + (ta ? 0 : 2.0 * m * k) + 2.0 * m * n;
        // both operands contiguous along k (a·bᵀ): dot products need no copies, worth it for few columns
        double dots = !ta && tb && Kernels.VECTORIZED ? m * (double) n * (rowCost(k) + 4) : Double.POSITIVE_INFINITY;
        if (dots < direct && dots < flipped) {
            VectorKernels.rowDots(a, aOff, b, bOff, c, cOff, m, k, n, accumulate,
                    Scratch.floats(Scratch.GEMM_KERNEL, VectorKernels.rowDotsScratch(Math.min(n, 64))));
        } else if (direct <= flipped) {
            float[] rows = b;
            int rowsOff = bOff;
            if (tb) {
                rows = transpose(b, bOff, n, k, Scratch.floats(Scratch.GEMM_TRANSPOSED, n * k));
                rowsOff = 0;
            }
            axpyProduct(a, aOff, ta ? 1 : k, ta ? m : 1, rows, rowsOff, c, cOff, m, k, n, accumulate);
        } else {
            // cᵀ[n×m] = op(b)ᵀ · op(a)ᵀ: rows of op(a)ᵀ are [k×m] (a itself when ta)
            float[] rows = a;
            int rowsOff = aOff;
            if (!ta) {
                rows = transpose(a, aOff, m, k, Scratch.floats(Scratch.GEMM_TRANSPOSED, m * k));
                rowsOff = 0;
            }
            float[] ct = Scratch.floats(Scratch.GEMM_RESULT, n * m);
            // op(b)ᵀ[j, p] = op(b)[p, j]: stored b[p*n + j], or b[j*k + p] when tb
            axpyProduct(b, bOff, tb ? k : 1, tb ? 1 : n, rows, rowsOff, ct, 0, n, k, m, false);
            for (int i = 0; i < m; i++) {
                int ci = cOff + i * n;
                for (int j = 0; j < n; j++) {
                    float v = ct[j * m + i];
                    c[ci + j] = accumulate ? c[ci + j] + v : v;
                }
            }
        }
    }

    /** Rough cost of one row update of length len: vector steps of falling width, or a scalar loop. */
    private static double rowCost(int len) {
        if (!Kernels.VECTORIZED) {
            return (len >> 3) + (len & 7) + 3;
        }
        // a partial block takes one whole vector (VectorKernels.spillBlock)
        return 0.5 + (len + LANES - 1) / LANES;
    }

    /**
     * c[m×n] (+)= S·R where S[i, p] = s[sOff + i*si + p*sp] (any layout) and R's rows R[p, :] are
     * contiguous at r[rOff + p*n].
     */
    private static void axpyProduct(float[] s, int sOff, int si, int sp, float[] r, int rOff, float[] c, int cOff,
            int m, int k, int n, boolean accumulate) {
        if (Kernels.VECTORIZED) {
            VectorKernels.rowsTimes(s, sOff, si, sp, r, rOff, c, cOff, m, k, n, accumulate,
                    Scratch.floats(Scratch.GEMM_KERNEL, (LANES + 1) * LANES));
        } else {
            scalarRowsTimes(s, sOff, si, sp, r, rOff, c, cOff, m, k, n, accumulate);
        }
    }

    /** The portable version of {@link VectorKernels#rowsTimes}. */
    static void scalarRowsTimes(float[] s, int sOff, int si, int sp, float[] r, int rOff, float[] c, int cOff,
            int m, int k, int n, boolean accumulate) {
        if (!accumulate) {
            java.util.Arrays.fill(c, cOff, cOff + m * n, 0f);
        }
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * n;
            int sBase = sOff + i * si;
            for (int p = 0; p < k; p++) {
                float sv = s[sBase + p * sp];
                if (sv == 0f) {
                    continue;
                }
                int rp = rOff + p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += sv * r[rp + j];
                }
            }
        }
    }

    /** Writes the transpose [cols×rows] of the [rows×cols] matrix at a[off] into t, and returns t. */
    static float[] transpose(float[] a, int off, int rows, int cols, float[] t) {
        for (int i = 0; i < rows; i++) {
            int ai = off + i * cols;
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = a[ai + j];
            }
        }
        return t;
    }
}
