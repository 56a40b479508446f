package org.trainlab.tensor;

/**
 * Plain {@code float[]} loops that the ops share: matrix products in the three layouts backward
 * needs, and reduction of a broadcast gradient back to an input's shape. Inner loops run over
 * contiguous memory so the JIT can vectorise them.
 */
final class Kernels {
    /**
     * Whether the SIMD kernels ({@link VectorKernels}, {@link VectorExp}, {@link VectorLog}) are used: the
     * one switch every kernel reads, decided once when the engine loads. The JVM must have been started
     * with {@code --add-modules jdk.incubator.vector} (Maven, the launcher and the installers do this; a
     * plain {@code java -jar} falls back to scalar loops, which agree with PyTorch to the same tolerances,
     * more slowly), and {@code -Dtrainlab.scalar=true} turns them off even then: the build runs the golden
     * and gradient-check suites that way too, so the scalar loops are tested as well.
     */
    static final boolean VECTORIZED = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !Boolean.getBoolean("trainlab.scalar");

    private Kernels() {
    }

    /** dst[i] = exp(src[i]) for the first n values. */
    static void exp(float[] src, float[] dst, int n) {
        if (VECTORIZED) {
            VectorExp.exp(src, dst, n);
        } else {
            for (int i = 0; i < n; i++) {
                dst[i] = (float) Math.exp(src[i]);
            }
        }
    }

    /** dst[i] = log(src[i]) for the first n values. */
    static void log(float[] src, float[] dst, int n) {
        if (VECTORIZED) {
            VectorLog.log(src, dst, n);
        } else {
            for (int i = 0; i < n; i++) {
                dst[i] = (float) Math.log(src[i]);
            }
        }
    }

    /** c[m×n] (+)= a[m×k] · b[k×n]. */
    static void mm(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n, boolean accumulate) {
        Gemm.gemm(a, aOff, false, b, bOff, false, c, cOff, m, k, n, accumulate);
    }

    /** c[m×n] (+)= a[m×k] · b[n×k]ᵀ. */
    static void mmNT(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n, boolean accumulate) {
        Gemm.gemm(a, aOff, false, b, bOff, true, c, cOff, m, k, n, accumulate);
    }

    /** c[m×n] = a[m×k] · w[n×k]ᵀ + bias (bias [n], or null for none): nn.Linear's affine map. */
    static void linear(float[] a, float[] w, float[] bias, float[] c, int m, int k, int n) {
        Gemm.gemm(a, 0, false, w, 0, true, bias, c, 0, m, k, n, false);
    }

    /** c[m×n] (+)= a[k×m]ᵀ · b[k×n]. */
    static void mmTN(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n, boolean accumulate) {
        Gemm.gemm(a, aOff, true, b, bOff, false, c, cOff, m, k, n, accumulate);
    }

    /** Sum of every row of a [rows×cols] matrix into a [cols] vector, four rows at a time. */
    static float[] sumRows(float[] a, int rows, int cols) {
        float[] out = new float[cols];
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            int o0 = r * cols;
            int o1 = o0 + cols;
            int o2 = o1 + cols;
            int o3 = o2 + cols;
            for (int c = 0; c < cols; c++) {
                out[c] += (a[o0 + c] + a[o1 + c]) + (a[o2 + c] + a[o3 + c]);
            }
        }
        for (; r < rows; r++) {
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
        float[] out = GradBuffers.floats(x.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i] + y[i];
        }
        return Tensor.wrap(out, a.shapeRef());
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
