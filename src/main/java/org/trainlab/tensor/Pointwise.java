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

    /** g * f(v) element-wise, a new tensor. */
    private static Tensor times(Tensor g, float[] v, java.util.function.DoubleUnaryOperator f) {
        float[] gd = g.data();
        float[] d = new float[gd.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) (gd[i] * f.applyAsDouble(v[i]));
        }
        return Tensor.wrap(d, g.shapeRef());
    }

    private static Tensor map(Tensor x, java.util.function.DoubleUnaryOperator f) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) f.applyAsDouble(in[i]);
        }
        return Tensor.wrap(out, x.shapeRef());
    }

    private static Tensor[] one(Tensor t) {
        return new Tensor[] {t};
    }

    static Tensor neg(Tensor x) {
        return Autograd.record(scaled(x, -1f), "NegBackward0", one(x), (g, s) -> one(scaled(g, -1f)));
    }

    static Tensor exp(Tensor x) {
        Tensor out = map(x, Math::exp);
        return Autograd.record(out, "ExpBackward0", one(x), one(out),
                (g, s) -> one(times(g, s[0].data(), v -> v)));
    }

    static Tensor log(Tensor x) {
        return Autograd.record(map(x, Math::log), "LogBackward0", one(x), one(x),
                (g, s) -> one(times(g, s[0].data(), v -> 1.0 / v)));
    }

    static Tensor sqrt(Tensor x) {
        Tensor out = map(x, Math::sqrt);
        return Autograd.record(out, "SqrtBackward0", one(x), one(out),
                (g, s) -> one(times(g, s[0].data(), v -> 0.5 / v)));
    }

    static Tensor abs(Tensor x) {
        return Autograd.record(map(x, Math::abs), "AbsBackward0", one(x), one(x),
                (g, s) -> one(times(g, s[0].data(), Math::signum)));
    }

    static Tensor sin(Tensor x) {
        return Autograd.record(map(x, Math::sin), "SinBackward0", one(x), one(x),
                (g, s) -> one(times(g, s[0].data(), Math::cos)));
    }

    static Tensor cos(Tensor x) {
        return Autograd.record(map(x, Math::cos), "CosBackward0", one(x), one(x),
                (g, s) -> one(times(g, s[0].data(), v -> -Math.sin(v))));
    }

    static Tensor clamp(Tensor x, Double min, Double max) {
        if (min == null && max == null) {
            throw new IllegalArgumentException("clamp: at least one of 'min' or 'max' must not be None");
        }
        double lo = min == null ? Double.NEGATIVE_INFINITY : min;
        double hi = max == null ? Double.POSITIVE_INFINITY : max;
        Tensor out = map(x, v -> Math.min(Math.max(v, lo), hi));
        return Autograd.record(out, "ClampBackward1", one(x), one(x),
                (g, s) -> one(times(g, s[0].data(), v -> v >= lo && v <= hi ? 1.0 : 0.0)));
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
