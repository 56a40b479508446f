package org.trainlab.tensor;

import static org.trainlab.tensor.Pointwise.map;
import static org.trainlab.tensor.Pointwise.record;
import static org.trainlab.tensor.Pointwise.zip;

/**
 * Activation functions with PyTorch's formulas and parameters, used by {@code nn.functional} and the
 * activation modules: relu, sigmoid, tanh, softplus, leaky_relu, elu, gelu, softmax, log_softmax.
 *
 * <p>The element-wise ones are written as micrograd writes them: the forward formula on one line
 * ({@link Pointwise#map}), the derivative rule right below it ({@link Pointwise#zip}), the same way as the
 * math functions in {@link Pointwise}. relu's backward has one SIMD fast path, used when the vector
 * kernels are on ({@link Kernels#VECTORIZED}); it computes the same rule.
 */
public final class Activations {
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

    private Activations() {
    }

    private static Tensor[] one(Tensor t) {
        return new Tensor[] {t};
    }

    /**
     * max(x, 0), keeping NaN as torch.relu does; the gradient passes where the output is not ≤ 0 (positive,
     * or NaN, as in PyTorch's threshold_backward).
     */
    public static Tensor relu(Tensor x) {
        Tensor y = map(x, v -> Math.max(v, 0f));
        return record(y, "ReluBackward0", x, y, (g, out) -> Kernels.VECTORIZED ? reluBackwardSimd(g, out)
                : zip(g, out, (gi, yi) -> yi <= 0f ? 0f : gi));
    }

    /** The fast path of relu's backward when the SIMD kernels are on: the same rule, a vector at a time. */
    private static Tensor reluBackwardSimd(Tensor g, Tensor y) {
        float[] d = GradBuffers.floats(g.numel());
        VectorKernels.reluBackward(y.data(), g.data(), d, d.length);
        return Tensor.wrap(d, g.shapeRef());
    }

    /** 1 / (1 + e^-x); its derivative is y·(1 − y), from the output. */
    public static Tensor sigmoid(Tensor x) {
        Tensor y = map(x, v -> (float) (1.0 / (1.0 + Math.exp(-v))));
        return record(y, "SigmoidBackward0", x, y, (g, out) -> zip(g, out, (gi, yi) -> gi * yi * (1f - yi)));
    }

    /** tanh(x); its derivative is 1 − y², from the output. */
    public static Tensor tanh(Tensor x) {
        Tensor y = map(x, v -> (float) Math.tanh(v));
        return record(y, "TanhBackward0", x, y, (g, out) -> zip(g, out, (gi, yi) -> gi * (1f - yi * yi)));
    }

    /** log(1 + exp(beta·x)) / beta, linear above {@code threshold} (in units of beta·x). */
    public static Tensor softplus(Tensor x, double beta, double threshold) {
        Tensor y = map(x, v -> beta * v > threshold ? v : (float) (Math.log1p(Math.exp(beta * v)) / beta));
        return record(y, "SoftplusBackward0", x, x, (g, in) -> zip(g, in,
                (gi, v) -> beta * v > threshold ? gi : (float) (gi / (1.0 + Math.exp(-beta * v)))));
    }

    /** x where positive, else x·negative_slope; the gradient is 1 or negative_slope. */
    public static Tensor leakyRelu(Tensor x, double negativeSlope) {
        float slope = (float) negativeSlope;
        Tensor y = map(x, v -> v > 0f ? v : v * slope);
        return record(y, "LeakyReluBackward0", x, x, (g, in) -> zip(g, in, (gi, v) -> v > 0f ? gi : gi * slope));
    }

    /** x where positive, else alpha·(e^x − 1); the gradient there is alpha·e^x. */
    public static Tensor elu(Tensor x, double alpha) {
        Tensor y = map(x, v -> v > 0f ? v : (float) (alpha * Math.expm1(v)));
        return record(y, "EluBackward0", x, x,
                (g, in) -> zip(g, in, (gi, v) -> v > 0f ? gi : (float) (gi * alpha * Math.exp(v))));
    }

    /** GELU, exact ({@code "none"}: x·Φ(x)) or the {@code "tanh"} approximation. */
    public static Tensor gelu(Tensor x, String approximate) {
        boolean tanh = switch (approximate) {
            case "none" -> false;
            case "tanh" -> true;
            default -> throw new IllegalArgumentException("gelu: approximate argument must be either none or tanh, "
                    + "got '" + approximate + "'");
        };
        Tensor y = map(x, v -> (float) (tanh ? 0.5 * v * (1 + Math.tanh(SQRT_2_OVER_PI * (v + 0.044715 * v * v * v)))
                : v * normalCdf(v)));
        return record(y, "GeluBackward0", x, x, (g, in) -> zip(g, in, (gi, v) -> (float) (gi * geluSlope(v, tanh))));
    }

    /** d gelu / dx at u, for the exact form or the tanh approximation. */
    private static double geluSlope(double u, boolean tanh) {
        if (tanh) {
            double inner = SQRT_2_OVER_PI * (u + 0.044715 * u * u * u);
            double t = Math.tanh(inner);
            return 0.5 * (1 + t) + 0.5 * u * (1 - t * t) * SQRT_2_OVER_PI * (1 + 3 * 0.044715 * u * u);
        }
        return normalCdf(u) + u * INV_SQRT_2PI * Math.exp(-0.5 * u * u);
    }

    /** Φ(x) = erfc(-x/√2)/2, with erfc from a Chebyshev fit of relative error below 1.2e-7. */
    static double normalCdf(double x) {
        double z = -x / Math.sqrt(2.0);
        double a = Math.abs(z);
        double t = 1.0 / (1.0 + 0.5 * a);
        double erfc = t * Math.exp(-a * a - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return 0.5 * (z >= 0 ? erfc : 2.0 - erfc);
    }

    public static Tensor softmax(Tensor x, int dim) {
        Tensor result = Tensor.wrap(normalize(x, dim, false), x.shapeRef());
        return Autograd.record(result, "SoftmaxBackward0", one(x), one(result), (g, s) -> {
            float[] y = s[0].data();
            float[] gd = g.data();
            float[] d = GradBuffers.floats(gd.length);
            forEachRun(s[0].shape(), dim, (base, n, stride) -> {
                double dotp = 0;
                for (int k = 0; k < n; k++) {
                    dotp += gd[base + k * stride] * y[base + k * stride];
                }
                for (int k = 0; k < n; k++) {
                    int i = base + k * stride;
                    d[i] = (float) (y[i] * (gd[i] - dotp));
                }
            });
            return one(Tensor.wrap(d, g.shapeRef()));
        });
    }

    public static Tensor logSoftmax(Tensor x, int dim) {
        Tensor result = Tensor.wrap(normalize(x, dim, true), x.shapeRef());
        return Autograd.record(result, "LogSoftmaxBackward0", one(x), one(result), (g, s) -> {
            float[] y = s[0].data();
            float[] gd = g.data();
            float[] d = GradBuffers.floats(gd.length);
            Kernels.exp(y, d, y.length);
            int[] shape = s[0].shape();
            if (shape.length > 0 && Shape.wrapDim(dim, shape.length) == shape.length - 1) {
                int cols = shape[shape.length - 1];
                for (int off = 0; off < d.length; off += cols) {
                    float t = 0f;
                    for (int k = 0; k < cols; k++) {
                        t += gd[off + k];
                    }
                    for (int k = 0; k < cols; k++) {
                        d[off + k] = gd[off + k] - d[off + k] * t;
                    }
                }
                return one(Tensor.wrap(d, g.shapeRef()));
            }
            forEachRun(shape, dim, (base, n, stride) -> {
                double total = 0;
                for (int k = 0; k < n; k++) {
                    total += gd[base + k * stride];
                }
                float t = (float) total;
                for (int k = 0; k < n; k++) {
                    int i = base + k * stride;
                    d[i] = gd[i] - d[i] * t;
                }
            });
            return one(Tensor.wrap(d, g.shapeRef()));
        });
    }

    /** softmax or log_softmax values along {@code dim}, shifted by the max for stability. */
    private static float[] normalize(Tensor x, int dim, boolean log) {
        int[] shape = x.shape();
        if (shape.length > 0 && Shape.wrapDim(dim, shape.length) == shape.length - 1) {
            return normalizeLastDim(x.data(), shape[shape.length - 1], log);
        }
        float[] in = x.data();
        float[] out = new float[in.length];
        forEachRun(shape, dim, (base, n, stride) -> {
            float max = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                max = Math.max(max, in[base + k * stride]);
            }
            double total = 0;
            for (int k = 0; k < n; k++) {
                total += Math.exp(in[base + k * stride] - max);
            }
            double logTotal = Math.log(total);
            for (int k = 0; k < n; k++) {
                int i = base + k * stride;
                double shifted = in[i] - max;
                out[i] = (float) (log ? shifted - logTotal : Math.exp(shifted) / total);
            }
        });
        return out;
    }

    /** The common case, rows of {@code cols} contiguous values (class scores), in whole-array passes. */
    private static float[] normalizeLastDim(float[] in, int cols, boolean log) {
        int rows = cols == 0 ? 0 : in.length / cols;
        // the result is a new array; the other pass's values and the row sums are per-thread scratch
        float[] shifted = log ? new float[in.length] : Scratch.floats(Scratch.SOFTMAX_VALUES, in.length);
        for (int r = 0; r < rows; r++) {
            int off = r * cols;
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                max = Math.max(max, in[off + c]);
            }
            for (int c = 0; c < cols; c++) {
                shifted[off + c] = in[off + c] - max;
            }
        }
        float[] e = log ? Scratch.floats(Scratch.SOFTMAX_VALUES, in.length) : new float[in.length];
        Kernels.exp(shifted, e, in.length);
        float[] sums = Scratch.floats(Scratch.SOFTMAX_SUMS, rows);
        for (int r = 0; r < rows; r++) {
            int off = r * cols;
            double total = 0;
            for (int c = 0; c < cols; c++) {
                total += e[off + c];
            }
            sums[r] = (float) total;
        }
        if (log) {
            float[] logSums = Scratch.floats(Scratch.SOFTMAX_LOG_SUMS, rows);
            Kernels.log(sums, logSums, rows);
            for (int r = 0; r < rows; r++) {
                int off = r * cols;
                for (int c = 0; c < cols; c++) {
                    shifted[off + c] -= logSums[r];
                }
            }
            return shifted;
        }
        for (int r = 0; r < rows; r++) {
            int off = r * cols;
            float inv = 1f / sums[r];
            for (int c = 0; c < cols; c++) {
                e[off + c] *= inv;
            }
        }
        return e;
    }

    private interface Run {
        void accept(int base, int length, int stride);
    }

    /** Calls {@code run} once for every line of values along {@code dim}. */
    private static void forEachRun(int[] shape, int dim, Run run) {
        if (shape.length == 0) {
            run.accept(0, 1, 1);
            return;
        }
        int d = Shape.wrapDim(dim, shape.length);
        int outer = 1;
        for (int i = 0; i < d; i++) {
            outer *= shape[i];
        }
        int inner = 1;
        for (int i = d + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        int n = shape[d];
        for (int b = 0; b < outer; b++) {
            for (int j = 0; j < inner; j++) {
                run.accept(b * n * inner + j, n, inner);
            }
        }
    }
}
