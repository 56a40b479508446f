package org.trainlab.tensor;

/**
 * Plain {@code float[]} loops that the ops share: matrix products in the three layouts backward
 * needs, and reduction of a broadcast gradient back to an input's shape. Inner loops run over
 * contiguous memory so the JIT can vectorise them.
 */
final class Kernels {
    private Kernels() {
    }

    /** c[m×n] (+)= a[m×k] · b[k×n]. */
    static void mm(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n, boolean accumulate) {
        if (!accumulate) {
            java.util.Arrays.fill(c, cOff, cOff + m * n, 0f);
        }
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * n;
            int ai = aOff + i * k;
            for (int p = 0; p < k; p++) {
                float av = a[ai + p];
                if (av == 0f) {
                    continue;
                }
                int bp = bOff + p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += av * b[bp + j];
                }
            }
        }
    }

    /** c[m×n] (+)= a[m×k] · b[n×k]ᵀ: rows of a dotted with rows of b. */
    static void mmNT(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            int ai = aOff + i * k;
            int ci = cOff + i * n;
            for (int j = 0; j < n; j++) {
                int bj = bOff + j * k;
                float s0 = 0f;
                float s1 = 0f;
                float s2 = 0f;
                float s3 = 0f;
                int p = 0;
                for (; p + 3 < k; p += 4) {
                    s0 += a[ai + p] * b[bj + p];
                    s1 += a[ai + p + 1] * b[bj + p + 1];
                    s2 += a[ai + p + 2] * b[bj + p + 2];
                    s3 += a[ai + p + 3] * b[bj + p + 3];
                }
                for (; p < k; p++) {
                    s0 += a[ai + p] * b[bj + p];
                }
                float s = (s0 + s1) + (s2 + s3);
                c[ci + j] = accumulate ? c[ci + j] + s : s;
            }
        }
    }

    /** c[m×n] (+)= a[k×m]ᵀ · b[k×n]. */
    static void mmTN(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n, boolean accumulate) {
        if (!accumulate) {
            java.util.Arrays.fill(c, cOff, cOff + m * n, 0f);
        }
        for (int p = 0; p < k; p++) {
            int ap = aOff + p * m;
            int bp = bOff + p * n;
            for (int i = 0; i < m; i++) {
                float av = a[ap + i];
                if (av == 0f) {
                    continue;
                }
                int ci = cOff + i * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += av * b[bp + j];
                }
            }
        }
    }

    /** Sum of every row of a [rows×cols] matrix into a [cols] vector. */
    static float[] sumRows(float[] a, int rows, int cols) {
        float[] out = new float[cols];
        for (int r = 0; r < rows; r++) {
            int off = r * cols;
            for (int c = 0; c < cols; c++) {
                out[c] += a[off + c];
            }
        }
        return out;
    }

    /** Element-wise sum of two same-shape tensors into a new tensor (gradient accumulation). */
    static Tensor sum(Tensor a, Tensor b) {
        float[] x = a.data();
        float[] y = b.data();
        float[] out = new float[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i] + y[i];
        }
        return new Tensor(out, a.shape());
    }

    /** Sums a gradient of a broadcast shape down to {@code shape}, the inverse of broadcasting. */
    static Tensor sumTo(Tensor grad, int[] shape) {
        int[] gs = grad.shape();
        if (java.util.Arrays.equals(gs, shape)) {
            return grad;
        }
        int n = Shape.numel(shape);
        float[] out = new float[n];
        float[] g = grad.data();
        if (n == 1) {
            double s = 0;
            for (float v : g) {
                s += v;
            }
            out[0] = (float) s;
            return new Tensor(out, shape);
        }
        int[] strides = Shape.broadcastStrides(shape, gs);
        int rank = gs.length;
        int[] index = new int[rank];
        int offset = 0;
        for (int i = 0; i < g.length; i++) {
            out[offset] += g[i];
            for (int d = rank - 1; d >= 0; d--) {
                index[d]++;
                offset += strides[d];
                if (index[d] < gs[d]) {
                    break;
                }
                offset -= strides[d] * gs[d];
                index[d] = 0;
            }
        }
        return new Tensor(out, shape);
    }

    /** Expands {@code src} of {@code shape} to the broadcast shape {@code out} (a copy). */
    static float[] expand(float[] src, int[] shape, int[] out) {
        int n = Shape.numel(out);
        float[] dst = new float[n];
        int[] strides = Shape.broadcastStrides(shape, out);
        int rank = out.length;
        int[] index = new int[rank];
        int offset = 0;
        for (int i = 0; i < n; i++) {
            dst[i] = src[offset];
            for (int d = rank - 1; d >= 0; d--) {
                index[d]++;
                offset += strides[d];
                if (index[d] < out[d]) {
                    break;
                }
                offset -= strides[d] * out[d];
                index[d] = 0;
            }
        }
        return dst;
    }
}
