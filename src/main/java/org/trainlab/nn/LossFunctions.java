package org.trainlab.nn;

import java.util.Arrays;
import org.trainlab.tensor.Autograd;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.GradBuffers;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * The loss formulas behind {@link F}: each a fused op with PyTorch's value, gradient and grad_fn
 * name. Where PyTorch 1.13 builds a loss from smaller ops (l1_loss, cross_entropy) so do we, so the
 * graph shows the same nodes.
 */
final class LossFunctions {
    /** PyTorch's default {@code ignore_index}: targets equal to it add nothing and do not count. */
    static final int IGNORE_INDEX = -100;

    private LossFunctions() {
    }

    /** A per-element loss reduced as asked; not yet recorded. */
    private static Tensor reduce(double[] losses, int[] shape, Reduction reduction) {
        if (reduction == Reduction.NONE) {
            float[] out = new float[losses.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) losses[i];
            }
            return new Tensor(out, shape);
        }
        double total = 0;
        for (double v : losses) {
            total += v;
        }
        return Tensor.scalar(reduction == Reduction.MEAN ? total / losses.length : total);
    }

    /** The gradient reaching each element of the unreduced loss. */
    private static float[] upstream(Tensor grad, Reduction reduction, int n) {
        if (reduction == Reduction.NONE) {
            return grad.data();
        }
        float[] out = new float[n];
        Arrays.fill(out, reduction == Reduction.MEAN ? grad.item() / n : grad.item());
        return out;
    }

    private static Tensor[] pair(Tensor a, Tensor b) {
        return new Tensor[] {a, b};
    }

    /** PyTorch only warns here; learners who hit it ((100,) against (100, 1)) get a wrong loss, so we fail. */
    static void checkSameSize(String op, Tensor input, Tensor target) {
        if (!Arrays.equals(input.shape(), target.shape())) {
            throw new IllegalArgumentException(op + ": Using a target size (" + Module.torchSize(target.shape())
                    + ") that is different to the input size (" + Module.torchSize(input.shape()) + "). This will "
                    + "likely lead to incorrect results due to broadcasting. Please ensure they have the same size.");
        }
    }

    static Tensor mse(Tensor input, Tensor target, Reduction reduction) {
        checkSameSize("mse_loss", input, target);
        float[] x = input.data();
        float[] t = target.data();
        double[] losses = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double d = (double) x[i] - t[i];
            losses[i] = d * d;
        }
        Tensor out = reduce(losses, input.shape(), reduction);
        return Autograd.record(out, "MseLossBackward0", pair(input, target), pair(input, target), (g, s) -> {
            float[] up = upstream(g, reduction, x.length);
            float[] xv = s[0].data();
            float[] tv = s[1].data();
            float[] dx = GradBuffers.floats(xv.length);
            for (int i = 0; i < dx.length; i++) {
                dx[i] = 2f * (xv[i] - tv[i]) * up[i];
            }
            return pair(s[0].requiresGrad() ? new Tensor(dx, s[0].shape()) : null,
                    s[1].requiresGrad() ? new Tensor(dx, s[1].shape()).neg() : null);
        });
    }

    /** |input − target|, built from sub, abs and mean/sum as PyTorch 1.13 does (AbsBackward0, MeanBackward0). */
    static Tensor l1(Tensor input, Tensor target, Reduction reduction) {
        checkSameSize("l1_loss", input, target);
        Tensor diff = input.sub(target).abs();
        return switch (reduction) {
            case MEAN -> diff.mean();
            case SUM -> diff.sum();
            case NONE -> diff;
        };
    }

    /**
     * Negative log likelihood of class indices: {@code logProbs} [N, C] (or [C]) and int64 {@code target}
     * [N] (or 0-d). {@code op} names the caller in error messages.
     */
    static Tensor nll(String op, Tensor logProbs, Tensor target, Reduction reduction) {
        int dim = logProbs.dim();
        if (dim < 1) {
            throw new IllegalArgumentException(op + ": Expected 1 or more dimensions (got 0)");
        }
        if (dim > 2) {
            throw new IllegalArgumentException(op + ": input of shape " + Arrays.toString(logProbs.shape())
                    + " is not supported; expected [N, C] scores with one row per sample, or [C]");
        }
        if (target.dtype() != DType.INT64) {
            throw new IllegalArgumentException(op + ": expected scalar type Long but found Float: the target must "
                    + "hold class indices (an int64 tensor of shape " + (dim == 2 ? "[" + logProbs.size(0) + "]" : "[]")
                    + ", made with Tensor.ofLongs), got a " + target.dtype().torchName() + " tensor of shape "
                    + Arrays.toString(target.shape()));
        }
        if (target.dim() > 1) {
            throw new IllegalArgumentException(op + ": 0D or 1D target tensor expected, multi-target not supported "
                    + "(target shape " + Arrays.toString(target.shape()) + ", input shape "
                    + Arrays.toString(logProbs.shape()) + ")");
        }
        int n = dim == 2 ? logProbs.size(0) : 1;
        int classes = logProbs.size(-1);
        if (dim == 2 && (target.dim() != 1 || target.size(0) != n)) {
            throw new IllegalArgumentException(op + ": Expected input batch_size (" + n + ") to match target "
                    + "batch_size (" + (target.dim() == 0 ? 1 : target.size(0)) + ").");
        }
        if (dim == 1 && target.dim() != 0) {
            throw new IllegalArgumentException(op + ": for an input of shape [" + classes + "] the target must be 0-d, "
                    + "got shape " + Arrays.toString(target.shape()));
        }
        int[] picked = new int[n];
        float[] tv = target.data();
        float[] lp = logProbs.data();
        double[] losses = new double[n];
        int counted = 0;
        for (int i = 0; i < n; i++) {
            int c = (int) tv[i];
            if (c == IGNORE_INDEX) {
                picked[i] = -1;
                continue;
            }
            if (c < 0 || c >= classes) {
                throw new IndexOutOfBoundsException("Target " + c + " is out of bounds. (" + op + " with " + classes
                        + " classes expects targets in 0.." + (classes - 1) + ")");
            }
            picked[i] = c;
            losses[i] = -lp[i * classes + c];
            counted++;
        }
        Tensor out;
        float meanScale;
        if (reduction == Reduction.MEAN) {
            double total = 0;
            for (double v : losses) {
                total += v;
            }
            out = Tensor.scalar(total / counted);
            meanScale = 1f / counted;
        } else {
            out = reduce(losses, target.shape(), reduction);
            meanScale = 1f;
        }
        int[] inputShape = logProbs.shape();
        return Autograd.record(out, "NllLossBackward0", new Tensor[] {logProbs}, (g, s) -> {
            float[] d = GradBuffers.floats(n * classes);
            Arrays.fill(d, 0f);
            for (int i = 0; i < n; i++) {
                if (picked[i] >= 0) {
                    float up = reduction == Reduction.NONE ? g.data()[i] : g.item() * meanScale;
                    d[i * classes + picked[i]] = -up;
                }
            }
            return new Tensor[] {new Tensor(d, inputShape)};
        });
    }

    /** Binary cross entropy of probabilities; logs are clamped at −100 as PyTorch does. */
    static Tensor bce(Tensor input, Tensor target, Reduction reduction) {
        if (!Arrays.equals(input.shape(), target.shape())) {
            throw new IllegalArgumentException("binary_cross_entropy: Using a target size ("
                    + Module.torchSize(target.shape()) + ") that is different to the input size ("
                    + Module.torchSize(input.shape()) + ") is deprecated. Please ensure they have the same size.");
        }
        float[] x = input.data();
        float[] t = target.data();
        double[] losses = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= 0 && x[i] <= 1)) {
                throw new IllegalArgumentException("binary_cross_entropy: all elements of input should be between 0 "
                        + "and 1 (found " + x[i] + "; apply sigmoid first, or use BCEWithLogitsLoss on raw scores)");
            }
            losses[i] = (t[i] - 1.0) * clampedLog1m(x[i]) - t[i] * clampedLog(x[i]);
        }
        Tensor out = reduce(losses, input.shape(), reduction);
        return Autograd.record(out, "BinaryCrossEntropyBackward0", pair(input, target), pair(input, target),
                (g, s) -> {
                    float[] up = upstream(g, reduction, x.length);
                    float[] xv = s[0].data();
                    float[] tv = s[1].data();
                    Tensor dx = null;
                    Tensor dt = null;
                    if (s[0].requiresGrad()) {
                        float[] d = GradBuffers.floats(xv.length);
                        for (int i = 0; i < d.length; i++) {
                            d[i] = (float) (up[i] * (xv[i] - tv[i]) / Math.max((1.0 - xv[i]) * xv[i], 1e-12));
                        }
                        dx = new Tensor(d, s[0].shape());
                    }
                    if (s[1].requiresGrad()) {
                        float[] d = GradBuffers.floats(xv.length);
                        for (int i = 0; i < d.length; i++) {
                            d[i] = (float) (up[i] * (clampedLog1m(xv[i]) - clampedLog(xv[i])));
                        }
                        dt = new Tensor(d, s[1].shape());
                    }
                    return pair(dx, dt);
                });
    }

    private static double clampedLog(double x) {
        return Math.max(Math.log(x), -100);
    }

    private static double clampedLog1m(double x) {
        return Math.max(Math.log1p(-x), -100);
    }

    /**
     * Sigmoid and binary cross entropy in one stable formula. {@code posWeight} (or null) weighs the
     * positive term and broadcasts against the input, typically one value per class ([C]).
     */
    static Tensor bceWithLogits(Tensor input, Tensor target, Tensor posWeight, Reduction reduction) {
        if (!Arrays.equals(input.shape(), target.shape())) {
            throw new IllegalArgumentException("binary_cross_entropy_with_logits: Target size ("
                    + Module.torchSize(target.shape()) + ") must be the same as input size ("
                    + Module.torchSize(input.shape()) + ")");
        }
        float[] pw = null;
        if (posWeight != null) {
            try (var ignored = NoGrad.enter()) {
                pw = Tensor.zeros(input.shape()).add(posWeight).data();
            }
        }
        float[] x = input.data();
        float[] t = target.data();
        double[] losses = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double softplusNeg = softplusOfNegative(x[i]);
            double logWeight = pw == null ? 1 : (pw[i] - 1.0) * t[i] + 1;
            losses[i] = (1.0 - t[i]) * x[i] + logWeight * softplusNeg;
        }
        Tensor out = reduce(losses, input.shape(), reduction);
        float[] weights = pw;
        return Autograd.record(out, "BinaryCrossEntropyWithLogitsBackward0", pair(input, target),
                pair(input, target), (g, s) -> {
                    float[] up = upstream(g, reduction, x.length);
                    float[] xv = s[0].data();
                    float[] tv = s[1].data();
                    Tensor dx = null;
                    Tensor dt = null;
                    if (s[0].requiresGrad()) {
                        float[] d = GradBuffers.floats(xv.length);
                        for (int i = 0; i < d.length; i++) {
                            double sig = 1.0 / (1.0 + Math.exp(-xv[i]));
                            double pt = weights == null ? tv[i] : weights[i] * (double) tv[i];
                            d[i] = (float) (up[i] * ((pt + 1.0 - tv[i]) * sig - pt));
                        }
                        dx = new Tensor(d, s[0].shape());
                    }
                    if (s[1].requiresGrad()) {
                        float[] d = GradBuffers.floats(xv.length);
                        for (int i = 0; i < d.length; i++) {
                            double extra = weights == null ? 0 : (weights[i] - 1.0) * softplusOfNegative(xv[i]);
                            d[i] = (float) (up[i] * (extra - xv[i]));
                        }
                        dt = new Tensor(d, s[1].shape());
                    }
                    return pair(dx, dt);
                });
    }

    /** log(1 + e^(−x)), computed without overflow. */
    private static double softplusOfNegative(double x) {
        double m = Math.max(-x, 0);
        return m + Math.log(Math.exp(-m) + Math.exp(-x - m));
    }
}
