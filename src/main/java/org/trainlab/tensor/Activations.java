package org.trainlab.tensor;

/**
 * Activation functions with PyTorch's formulas and parameters, used by {@code nn.functional} and the
 * activation modules: relu, sigmoid, tanh, softplus, leaky_relu, elu, gelu, softmax, log_softmax.
 */
public final class Activations {
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

    private Activations() {
    }

    private static Tensor[] one(Tensor t) {
        return new Tensor[] {t};
    }

    public static Tensor relu(Tensor x) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Math.max(in[i], 0f); // keeps NaN, as torch.relu does
        }
        Tensor result = Tensor.wrap(out, x.shapeRef());
        return Autograd.record(result, "ReluBackward0", one(x), one(result), (g, s) -> {
            float[] gd = g.data();
            float[] d = GradBuffers.floats(gd.length);
            Kernels.reluBackward(s[0].data(), gd, d, d.length);
            return one(Tensor.wrap(d, g.shapeRef()));
        });
    }

    public static Tensor sigmoid(Tensor x) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (float) (1.0 / (1.0 + Math.exp(-in[i])));
        }
        Tensor result = Tensor.wrap(out, x.shapeRef());
        return Autograd.record(result, "SigmoidBackward0", one(x), one(result), (g, s) -> {
            float[] y = s[0].data();
            float[] gd = g.data();
            float[] d = GradBuffers.floats(gd.length);
            for (int i = 0; i < d.length; i++) {
                d[i] = gd[i] * y[i] * (1f - y[i]);
            }
            return one(Tensor.wrap(d, g.shapeRef()));
        });
    }

    public static Tensor tanh(Tensor x) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (float) Math.tanh(in[i]);
        }
        Tensor result = Tensor.wrap(out, x.shapeRef());
        return Autograd.record(result, "TanhBackward0", one(x), one(result), (g, s) -> {
            float[] y = s[0].data();
            float[] gd = g.data();
            float[] d = GradBuffers.floats(gd.length);
            for (int i = 0; i < d.length; i++) {
                d[i] = gd[i] * (1f - y[i] * y[i]);
            }
            return one(Tensor.wrap(d, g.shapeRef()));
        });
    }

    /** log(1 + exp(beta·x)) / beta, linear above {@code threshold} (in units of beta·x). */
    public static Tensor softplus(Tensor x, double beta, double threshold) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            double bx = beta * in[i];
            out[i] = bx > threshold ? in[i] : (float) (Math.log1p(Math.exp(bx)) / beta);
        }
        return Autograd.record(Tensor.wrap(out, x.shapeRef()), "SoftplusBackward0", one(x), one(x), (g, s) -> {
            float[] v = s[0].data();
            float[] gd = g.data();
            float[] d = GradBuffers.floats(gd.length);
            for (int i = 0; i < d.length; i++) {
                double bx = beta * v[i];
                d[i] = bx > threshold ? gd[i] : (float) (gd[i] / (1.0 + Math.exp(-bx)));
            }
            return one(Tensor.wrap(d, g.shapeRef()));
        });
    }

    public static Tensor leakyRelu(Tensor x, double negativeSlope) {
        float slope = (float) negativeSlope;
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] > 0f ? in[i] : in[i] * slope;
        }
        return Autograd.record(Tensor.wrap(out, x.shapeRef()), "LeakyReluBackward0", one(x), one(x), (g, s) -> {
            float[] v = s[0].data();
            float[] gd = g.data();
            float[] d = GradBuffers.floats(gd.length);
            for (int i = 0; i < d.length; i++) {
                d[i] = v[i] > 0f ? gd[i] : gd[i] * slope;
            }
            return one(Tensor.wrap(d, g.shapeRef()));
        });
    }

    public static Tensor elu(Tensor x, double alpha) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] > 0f ? in[i] : (float) (alpha * Math.expm1(in[i]));
        }
        return Autograd.record(Tensor.wrap(out, x.shapeRef()), "EluBackward0", one(x), one(x), (g, s) -> {
            float[] v = s[0].data();
            float[] gd = g.data();
            float[] d = GradBuffers.floats(gd.length);
            for (int i = 0; i < d.length; i++) {
                d[i] = v[i] > 0f ? gd[i] : (float) (gd[i] * alpha * Math.exp(v[i]));
            }
            return one(Tensor.wrap(d, g.shapeRef()));
        });
    }

    /** GELU, exact ({@code "none"}: x·Φ(x)) or the {@code "tanh"} approximation. */
    public static Tensor gelu(Tensor x, String approximate) {
        boolean tanh = switch (approximate) {
            case "none" -> false;
            case "tanh" -> true;
            default -> throw new IllegalArgumentException("gelu: approximate argument must be either none or tanh, "
                    + "got '" + approximate + "'");
        };
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            double v = in[i];
            out[i] = (float) (tanh ? 0.5 * v * (1 + Math.tanh(SQRT_2_OVER_PI * (v + 0.044715 * v * v * v)))
                    : v * normalCdf(v));
        }
        return Autograd.record(Tensor.wrap(out, x.shapeRef()), "GeluBackward0", one(x), one(x), (g, s) -> {
            float[] v = s[0].data();
            float[] gd = g.data();
            float[] d = GradBuffers.floats(gd.length);
            for (int i = 0; i < d.length; i++) {
                double u = v[i];
                double slope;
                if (tanh) {
                    double inner = SQRT_2_OVER_PI * (u + 0.044715 * u * u * u);
                    double t = Math.tanh(inner);
                    slope = 0.5 * (1 + t) + 0.5 * u * (1 - t * t) * SQRT_2_OVER_PI * (1 + 3 * 0.044715 * u * u);
                } else {
                    slope = normalCdf(u) + u * INV_SQRT_2PI * Math.exp(-0.5 * u * u);
                }
                d[i] = (float) (gd[i] * slope);
            }
            return one(Tensor.wrap(d, g.shapeRef()));
        });
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
