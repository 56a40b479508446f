package org.trainlab.tensor;

import java.util.Arrays;

/** Broadcasting element-wise arithmetic: add, sub, mul, div, pow, with tensor or scalar operands. */
final class Arithmetic {
    private Arithmetic() {
    }

    /** Both operands' values laid out in the broadcast shape (copied only where broadcasting is needed). */
    private record Operands(float[] a, float[] b, int[] shape) {
        static Operands of(String op, Tensor x, Tensor y) {
            int[] xs = x.shape();
            int[] ys = y.shape();
            if (Arrays.equals(xs, ys)) {
                return new Operands(x.data(), y.data(), xs);
            }
            int[] out = Shape.broadcast(op, xs, ys);
            float[] a = Arrays.equals(xs, out) ? x.data() : Kernels.expand(x.data(), xs, out);
            float[] b = Arrays.equals(ys, out) ? y.data() : Kernels.expand(y.data(), ys, out);
            return new Operands(a, b, out);
        }
    }

    private static Tensor[] pair(Tensor a, Tensor b) {
        return new Tensor[] {a, b};
    }

    static Tensor add(Tensor x, Tensor y) {
        Operands o = Operands.of("add", x, y);
        float[] out = new float[o.a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = o.a[i] + o.b[i];
        }
        int[] xs = x.shape();
        int[] ys = y.shape();
        return Autograd.record(new Tensor(out, o.shape), "AddBackward0", pair(x, y),
                (g, s) -> new Tensor[] {Kernels.sumTo(g, xs), Kernels.sumTo(g, ys)});
    }

    static Tensor sub(Tensor x, Tensor y) {
        Operands o = Operands.of("sub", x, y);
        float[] out = new float[o.a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = o.a[i] - o.b[i];
        }
        int[] xs = x.shape();
        int[] ys = y.shape();
        return Autograd.record(new Tensor(out, o.shape), "SubBackward0", pair(x, y),
                (g, s) -> new Tensor[] {Kernels.sumTo(g, xs), Kernels.sumTo(Pointwise.scaled(g, -1f), ys)});
    }

    static Tensor mul(Tensor x, Tensor y) {
        Operands o = Operands.of("mul", x, y);
        float[] out = new float[o.a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = o.a[i] * o.b[i];
        }
        // as PyTorch: each factor is saved only for the other's gradient, so only then is it version-checked
        boolean forX = x.requiresGrad();
        boolean forY = y.requiresGrad();
        Tensor[] saved = forX && forY ? pair(x, y) : forX ? new Tensor[] {y} : forY ? new Tensor[] {x} : new Tensor[0];
        int[] xs = x.shape();
        int[] ys = y.shape();
        int[] os = o.shape;
        return Autograd.record(new Tensor(out, os), "MulBackward0", pair(x, y), saved, (g, s) -> {
            float[] gd = g.data();
            Tensor ga = null;
            Tensor gb = null;
            if (forX) {
                float[] other = spread(s[s.length - 1], ys, os);
                float[] d = new float[gd.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = gd[i] * other[i];
                }
                ga = Kernels.sumTo(new Tensor(d, os), xs);
            }
            if (forY) {
                float[] other = spread(s[0], xs, os);
                float[] d = new float[gd.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = gd[i] * other[i];
                }
                gb = Kernels.sumTo(new Tensor(d, os), ys);
            }
            return new Tensor[] {ga, gb};
        });
    }

    /** A saved operand's values in the broadcast shape. */
    private static float[] spread(Tensor t, int[] shape, int[] out) {
        return Arrays.equals(shape, out) ? t.data() : Kernels.expand(t.data(), shape, out);
    }

    static Tensor div(Tensor x, Tensor y) {
        Operands o = Operands.of("div", x, y);
        float[] out = new float[o.a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = o.a[i] / o.b[i];
        }
        // as PyTorch: x's gradient needs y; y's needs both
        boolean forX = x.requiresGrad();
        boolean forY = y.requiresGrad();
        Tensor[] saved = forY ? pair(x, y) : forX ? new Tensor[] {y} : new Tensor[0];
        int[] xs = x.shape();
        int[] ys = y.shape();
        int[] os = o.shape;
        return Autograd.record(new Tensor(out, os), "DivBackward0", pair(x, y), saved, (g, s) -> {
            float[] b = spread(s[s.length - 1], ys, os);
            float[] gd = g.data();
            Tensor ga = null;
            Tensor gb = null;
            if (forX) {
                float[] d = new float[gd.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = gd[i] / b[i];
                }
                ga = Kernels.sumTo(new Tensor(d, os), xs);
            }
            if (forY) {
                float[] a = spread(s[0], xs, os);
                float[] d = new float[gd.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = -gd[i] * a[i] / (b[i] * b[i]);
                }
                gb = Kernels.sumTo(new Tensor(d, os), ys);
            }
            return new Tensor[] {ga, gb};
        });
    }

    static Tensor addScalar(Tensor x, double value) {
        return addScalar(x, value, "AddBackward0");
    }

    static Tensor addScalar(Tensor x, double value, String name) {
        float v = (float) value;
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = in[i] + v;
        }
        return Autograd.record(Tensor.wrap(out, x.shapeRef()), name, new Tensor[] {x}, (g, s) -> new Tensor[] {g});
    }

    static Tensor rsub(Tensor x, double value) {
        float v = (float) value;
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = v - in[i];
        }
        return Autograd.record(Tensor.wrap(out, x.shapeRef()), "RsubBackward1", new Tensor[] {x},
                (g, s) -> new Tensor[] {Pointwise.scaled(g, -1f)});
    }

    static Tensor mulScalar(Tensor x, double value) {
        float v = (float) value;
        return Autograd.record(Pointwise.scaled(x, v), "MulBackward0", new Tensor[] {x},
                (g, s) -> new Tensor[] {Pointwise.scaled(g, v)});
    }

    static Tensor divScalar(Tensor x, double value) {
        float v = (float) value;
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = in[i] / v;
        }
        return Autograd.record(Tensor.wrap(out, x.shapeRef()), "DivBackward0", new Tensor[] {x}, (g, s) -> {
            float[] gd = g.data();
            float[] d = new float[gd.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = gd[i] / v;
            }
            return new Tensor[] {Tensor.wrap(d, g.shapeRef())};
        });
    }

    static Tensor pow(Tensor x, double exponent) {
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = power(in[i], exponent);
        }
        return Autograd.record(Tensor.wrap(out, x.shapeRef()), "PowBackward0", new Tensor[] {x}, new Tensor[] {x}, (g, s) -> {
            float[] base = s[0].data();
            float[] gd = g.data();
            float[] d = new float[gd.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = exponent == 0 ? 0f : (float) (gd[i] * exponent * power(base[i], exponent - 1));
            }
            return new Tensor[] {Tensor.wrap(d, g.shapeRef())};
        });
    }

    static Tensor pow(Tensor x, Tensor y) {
        Operands o = Operands.of("pow", x, y);
        float[] out = new float[o.a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) Math.pow(o.a[i], o.b[i]);
        }
        Tensor result = new Tensor(out, o.shape);
        return Autograd.record(result, "PowBackward1", pair(x, y), new Tensor[] {x, y, result}, (g, s) -> {
            Operands v = Operands.of("pow", s[0], s[1]);
            float[] res = s[2].data();
            float[] gd = g.data();
            Tensor ga = null;
            Tensor gb = null;
            if (s[0].requiresGrad()) {
                float[] d = new float[gd.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = v.b[i] == 0f ? 0f : (float) (gd[i] * v.b[i] * Math.pow(v.a[i], v.b[i] - 1));
                }
                ga = Kernels.sumTo(new Tensor(d, v.shape), s[0].shape());
            }
            if (s[1].requiresGrad()) {
                float[] d = new float[gd.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = v.a[i] == 0f && v.b[i] >= 0 ? 0f : (float) (gd[i] * res[i] * Math.log(v.a[i]));
                }
                gb = Kernels.sumTo(new Tensor(d, v.shape), s[1].shape());
            }
            return new Tensor[] {ga, gb};
        });
    }

    // ---------------------------------------------------------------- in place (no graph: optimizer updates)

    /** x += alpha * other, other broadcast to x's shape: {@code x.add_(other, alpha=alpha)}. */
    static Tensor add_(Tensor x, Tensor other, double alpha) {
        x.checkInPlace("add_");
        float[] d = x.data();
        float[] o = broadcastTo("add_", other, x);
        float a = (float) alpha;
        for (int i = 0; i < d.length; i++) {
            d[i] += a * o[i];
        }
        x.bumpVersion();
        return x;
    }

    /** x *= other, other broadcast to x's shape: {@code x.mul_(other)}. */
    static Tensor mul_(Tensor x, Tensor other) {
        x.checkInPlace("mul_");
        float[] d = x.data();
        float[] o = broadcastTo("mul_", other, x);
        for (int i = 0; i < d.length; i++) {
            d[i] *= o[i];
        }
        x.bumpVersion();
        return x;
    }

    /** x *= factor: {@code x.mul_(factor)}. */
    static Tensor mul_(Tensor x, double factor) {
        x.checkInPlace("mul_");
        float[] d = x.data();
        float f = (float) factor;
        for (int i = 0; i < d.length; i++) {
            d[i] *= f;
        }
        x.bumpVersion();
        return x;
    }

    /** other's values in x's shape; an in-place op cannot grow x, so the broadcast shape must be x's. */
    private static float[] broadcastTo(String op, Tensor other, Tensor x) {
        int[] shape = x.shapeRef();
        int[] os = other.shapeRef();
        if (Arrays.equals(os, shape)) {
            return other.data();
        }
        int[] out = Shape.broadcast(op, shape, os);
        if (!Arrays.equals(out, shape)) {
            throw new IllegalArgumentException(op + ": output with shape " + Shape.str(shape)
                    + " doesn't match the broadcast shape " + Shape.str(out));
        }
        return Kernels.expand(other.data(), os, shape);
    }

    private static float power(float base, double exponent) {
        if (exponent == 2) {
            return base * base;
        }
        if (exponent == 1) {
            return base;
        }
        return (float) Math.pow(base, exponent);
    }
}
