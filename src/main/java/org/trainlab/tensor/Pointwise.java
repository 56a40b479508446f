package org.trainlab.tensor;

/** Element-wise math functions of one tensor: neg, exp, log, sqrt, abs, sin, cos, clamp (and clamp_ in place). */
final class Pointwise {
    private Pointwise() {
    }

    /** A new tensor holding {@code x * factor}; no graph. */
    static Tensor scaled(Tensor x, float factor) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = in[i] * factor;
        }
        return Tensor.wrap(out, x.shapeRef());
    }

    /** A float32 function of one value: an element-wise op's forward formula. */
    @FunctionalInterface
    interface Fn {
        float of(float v);
    }

    /**
     * An element-wise op's local derivative rule: the gradient of its input from the gradient {@code g} of
     * its output and the value it saved (its input or its output, whichever the formula reads).
     */
    @FunctionalInterface
    interface Rule {
        float grad(float g, float saved);
    }

    /** The backward of an op of one input: the input's gradient from the output's and the tensor saved. */
    @FunctionalInterface
    interface UnaryBackward {
        Tensor apply(Tensor gradOutput, Tensor saved);
    }

    /** f of every value of x: a new tensor of x's shape, no graph. */
    static Tensor map(Tensor x, Fn f) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.of(in[i]);
        }
        return Tensor.wrap(out, x.shapeRef());
    }

    /** rule(g[i], saved[i]) for every i: an input's gradient, in an array recycled across backward passes. */
    static Tensor zip(Tensor g, Tensor saved, Rule rule) {
        return zip(g, saved, rule, GradBuffers.floats(g.numel()));
    }

    /**
     * As {@link #zip(Tensor, Tensor, Rule)}, into a new array. The math functions' gradients stay out of
     * {@link GradBuffers}: it matches arrays by their position in a pass, and the GAN's two alternating
     * passes both take log's gradients, whose extra positions put the larger arrays after them out of step
     * (the GAN benchmark allocated 37% more per step).
     */
    private static Tensor zipNew(Tensor g, Tensor saved, Rule rule) {
        return zip(g, saved, rule, new float[g.numel()]);
    }

    private static Tensor zip(Tensor g, Tensor saved, Rule rule, float[] d) {
        float[] gd = g.data();
        float[] v = saved.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = rule.grad(gd[i], v[i]);
        }
        return Tensor.wrap(d, g.shapeRef());
    }

    /**
     * Records out = op(x) in the graph (when x needs a gradient), saving {@code saved} (x or out) for
     * {@code backward}: each element-wise op is its forward line and this one.
     */
    static Tensor record(Tensor out, String name, Tensor x, Tensor saved, UnaryBackward backward) {
        return Autograd.record(out, name, one(x), one(saved), (g, s) -> one(backward.apply(g, s[0])));
    }

    private static Tensor[] one(Tensor t) {
        return new Tensor[] {t};
    }

    static Tensor neg(Tensor x) {
        return Autograd.record(scaled(x, -1f), "NegBackward0", one(x), (g, s) -> one(scaled(g, -1f)));
    }

    static Tensor exp(Tensor x) {
        Tensor y = map(x, v -> (float) Math.exp(v));
        return record(y, "ExpBackward0", x, y, (g, out) -> zipNew(g, out, (gi, yi) -> gi * yi));
    }

    static Tensor log(Tensor x) {
        Tensor y = map(x, v -> (float) Math.log(v));
        return record(y, "LogBackward0", x, x, (g, in) -> zipNew(g, in, (gi, v) -> (float) (gi * (1.0 / v))));
    }

    /** 1 / x; PyTorch computes {@code 2 / x} as {@code x.reciprocal() * 2}. */
    static Tensor reciprocal(Tensor x) {
        Tensor y = map(x, v -> 1f / v);
        return record(y, "ReciprocalBackward0", x, y, (g, out) -> zipNew(g, out, (gi, yi) -> -gi * yi * yi));
    }

    static Tensor sqrt(Tensor x) {
        Tensor y = map(x, v -> (float) Math.sqrt(v));
        return record(y, "SqrtBackward0", x, y, (g, out) -> zipNew(g, out, (gi, yi) -> (float) (gi * (0.5 / yi))));
    }

    static Tensor abs(Tensor x) {
        Tensor y = map(x, Math::abs);
        return record(y, "AbsBackward0", x, x, (g, in) -> zipNew(g, in, (gi, v) -> gi * Math.signum(v)));
    }

    static Tensor sin(Tensor x) {
        Tensor y = map(x, v -> (float) Math.sin(v));
        return record(y, "SinBackward0", x, x, (g, in) -> zipNew(g, in, (gi, v) -> (float) (gi * Math.cos(v))));
    }

    static Tensor cos(Tensor x) {
        Tensor y = map(x, v -> (float) Math.cos(v));
        return record(y, "CosBackward0", x, x, (g, in) -> zipNew(g, in, (gi, v) -> (float) (gi * -Math.sin(v))));
    }

    static Tensor clamp(Tensor x, Double min, Double max) {
        if (min == null && max == null) {
            throw new IllegalArgumentException("clamp: at least one of 'min' or 'max' must not be None");
        }
        double lo = min == null ? Double.NEGATIVE_INFINITY : min;
        double hi = max == null ? Double.POSITIVE_INFINITY : max;
        Tensor y = map(x, v -> (float) Math.min(Math.max(v, lo), hi));
        return record(y, "ClampBackward1", x, x,
                (g, in) -> zipNew(g, in, (gi, v) -> (float) (gi * (v >= lo && v <= hi ? 1.0 : 0.0))));
    }

    /** x = min(max(x, min), max) in place: {@code x.clamp_(min, max)}. */
    static Tensor clamp_(Tensor x, double min, double max) {
        x.checkInPlace("clamp_");
        float[] d = x.data();
        float lo = (float) min;
        float hi = (float) max;
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.min(Math.max(d[i], lo), hi);
        }
        x.bumpVersion();
        return x;
    }
}
