package org.trainlab.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Tensor;

/**
 * The numpy subset of the tutorial's comparisons: array, arange, linspace, zeros, ones, reshape, matmul, dot,
 * abs, sin, cos, exp, sqrt, mean, sum; arrays of one or two dimensions, int64, float64 or float32 (from a
 * tensor's {@code .numpy()}), with numpy's dtype rules for those three.
 */
final class Numpy {
    private Numpy() {
    }

    static Map<String, Object> functions() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("int64", NpType.INT64);
        m.put("float64", NpType.FLOAT64);
        m.put("float32", NpType.FLOAT32);
        m.put("pi", Math.PI);
        fn(m, "array", a -> {
            a.accept(2, "dtype");
            NdArray x = array(a.get(0, "object"), "array", false);
            Object dtype = a.get(1, "dtype", null);
            return dtype instanceof NpType t ? cast(x, t) : x;
        });
        fn(m, "arange", a -> {
            a.accept(3, "start", "stop", "step");
            boolean floating = a.positional().stream().anyMatch(v -> !(v instanceof Long));
            double start = a.size() == 1 ? 0 : a.number(0, "start");
            double stop = a.size() == 1 ? a.number(0, "stop") : a.number(1, "stop");
            double step = a.number(2, "step", 1);
            if (step == 0) {
                throw new PyError("ZeroDivisionError", "division by zero");
            }
            double count = Math.max(0, Math.ceil((stop - start) / step));
            Values.checkSize(Double.isNaN(count) || count > Values.MAX_ITEMS ? Long.MAX_VALUE : (long) count);
            int n = (int) count;
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = start + i * step;
            }
            return vector(v, floating ? NpType.FLOAT64 : NpType.INT64);
        });
        fn(m, "linspace", a -> {
            a.accept(3, "num");
            double start = a.number(0, "start");
            double stop = a.number(1, "stop");
            long num = a.integer(2, "num", 50);
            Values.checkSize(num);
            int n = (int) num;
            if (n < 0) {
                throw PyError.value("Number of samples, " + n + ", must be non-negative.");
            }
            double[] v = new double[n];
            double step = n > 1 ? (stop - start) / (n - 1) : 0;
            for (int i = 0; i < n; i++) {
                v[i] = start + i * step;
            }
            if (n > 1) {
                v[n - 1] = stop;
            }
            return vector(v, NpType.FLOAT64);
        });
        fn(m, "zeros", a -> filled(a, 0));
        fn(m, "ones", a -> filled(a, 1));
        fn(m, "reshape", a -> reshape(array(a.accept(2, "newshape").get(0, "a"), "reshape", false),
                shape(a.get(1, "newshape"))));
        fn(m, "matmul", a -> matmul(array(a.accept(2).get(0, "x1"), "matmul", false),
                array(a.get(1, "x2"), "matmul", false), true));
        fn(m, "dot", a -> dot(a.accept(2).get(0, "a"), a.get(1, "b")));
        unary(m, "abs", Math::abs, true);
        unary(m, "sin", Math::sin, false);
        unary(m, "cos", Math::cos, false);
        unary(m, "exp", Math::exp, false);
        unary(m, "sqrt", Math::sqrt, false);
        fn(m, "mean", a -> mean(array(a.accept(1).get(0, "a"), "mean", false)));
        fn(m, "sum", a -> sum(array(a.accept(1).get(0, "a"), "sum", false)));
        return m;
    }

    private static void fn(Map<String, Object> m, String name, Callable f) {
        m.put(name, new Named("<function " + name + ">", f));
    }

    private static void unary(Map<String, Object> m, String name, DoubleUnaryOperator f, boolean keepsInts) {
        fn(m, name, a -> {
            Object x = a.accept(1).get(0, "x");
            if (Values.isNumber(x) && !(x instanceof NpScalar)) {
                double r = f.applyAsDouble(Values.toDouble(x, name));
                return x instanceof Long && keepsInts ? new NpScalar(r, NpType.INT64) : new NpScalar(r, NpType.FLOAT64);
            }
            NdArray arr = array(x, name, false);
            NpType t = arr.dtype() == NpType.INT64 ? (keepsInts ? NpType.INT64 : NpType.FLOAT64) : arr.dtype();
            return map(arr, f, t);
        });
    }

    static NdArray vector(double[] v, NpType t) {
        return new NdArray(v, new int[] {v.length}, t);
    }

    private static NdArray filled(Args a, double value) {
        a.accept(2, "dtype");
        int[] shape = shape(a.get(0, "shape"));
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        double[] v = new double[n];
        java.util.Arrays.fill(v, value);
        Object dtype = a.get(1, "dtype", null);
        return make(v, shape, dtype instanceof NpType t ? t : NpType.FLOAT64);
    }

    private static NdArray make(double[] v, int[] shape, NpType t) {
        if (shape.length < 1 || shape.length > 2) {
            throw PyError.unsupported("numpy arrays of " + shape.length + " dimensions (only 1 and 2)", null);
        }
        return new NdArray(v, shape, t);
    }

    static int[] shape(Object s) {
        if (s instanceof Long || s instanceof Boolean) {
            long n = Values.toLong(s, "shape");
            Values.checkSize(n);
            return new int[] {(int) n};
        }
        List<Object> items = Values.list(s);
        int[] shape = new int[items.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            long d = Values.toLong(items.get(i), "shape");
            if (d < -1 || d > Integer.MAX_VALUE) {
                throw PyError.value("negative dimensions are not allowed");
            }
            shape[i] = (int) d;
            count = Math.min(Long.MAX_VALUE / 2, count * Math.max(1, d));
        }
        Values.checkSize(count);
        return shape;
    }

    /** A numpy array from a list, a number, an array; {@code keep} keeps an array as it is. */
    static NdArray array(Object v, String where, boolean keep) {
        if (v instanceof NdArray a) {
            return a;
        }
        if (v instanceof Tensor || v instanceof Parameter) {
            throw PyError.unsupported("numpy functions on tensors (call .numpy() first)", null);
        }
        List<Integer> shape = new ArrayList<>();
        List<Double> flat = new ArrayList<>();
        boolean[] floating = {false};
        collect(v, 0, shape, flat, floating);
        if (shape.isEmpty()) {
            throw PyError.unsupported("0-dimensional numpy arrays", null);
        }
        double[] values = flat.stream().mapToDouble(Double::doubleValue).toArray();
        return make(values, shape.stream().mapToInt(Integer::intValue).toArray(),
                floating[0] ? NpType.FLOAT64 : NpType.INT64);
    }

    private static void collect(Object v, int depth, List<Integer> shape, List<Double> flat, boolean[] floating) {
        if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) {
            List<Object> items = Values.list(v);
            if (shape.size() == depth) {
                if (!flat.isEmpty()) {
                    throw PyError.value("setting an array element with a sequence. The requested array has an "
                            + "inhomogeneous shape after " + depth + " dimensions.");
                }
                shape.add(items.size());
            } else if (shape.get(depth) != items.size()) {
                throw PyError.value("setting an array element with a sequence. The requested array has an "
                        + "inhomogeneous shape after " + depth + " dimensions. The detected shape was "
                        + shape.subList(0, depth) + " + inhomogeneous part.");
            }
            for (Object item : items) {
                collect(item, depth + 1, shape, flat, floating);
            }
            return;
        }
        if (depth < shape.size()) {
            throw PyError.value("setting an array element with a sequence.");
        }
        if (v instanceof Double || v instanceof NpScalar s && s.type() != NpType.INT64) {
            floating[0] = true;
        } else if (!(v instanceof Long) && !(v instanceof Boolean) && !(v instanceof NpScalar)) {
            throw PyError.unsupported("numpy arrays of " + Values.typeName(v), null);
        }
        flat.add(Values.toDouble(v, "array"));
    }

    static NdArray cast(NdArray a, NpType t) {
        double[] v = a.values().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = t == NpType.INT64 ? (long) v[i] : t == NpType.FLOAT32 ? (float) v[i] : v[i];
        }
        return new NdArray(v, a.shape(), t);
    }

    static NdArray map(NdArray a, DoubleUnaryOperator f, NpType t) {
        double[] v = new double[a.values().length];
        for (int i = 0; i < v.length; i++) {
            double r = f.applyAsDouble(a.values()[i]);
            v[i] = t == NpType.FLOAT32 ? (float) r : r;
        }
        return new NdArray(v, a.shape(), t);
    }

    static NdArray reshape(NdArray a, int[] shape) {
        int known = 1;
        int unknown = -1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                if (unknown >= 0) {
                    throw PyError.value("can only specify one unknown dimension");
                }
                unknown = i;
            } else {
                known *= shape[i];
            }
        }
        int[] s = shape.clone();
        if (unknown >= 0 && known != 0) {
            s[unknown] = a.values().length / known;
        }
        int n = 1;
        for (int d : s) {
            n *= d;
        }
        if (n != a.values().length) {
            throw PyError.value("cannot reshape array of size " + a.values().length + " into shape "
                    + Values.repr(tuple(shape)));
        }
        return make(a.values(), s, a.dtype());
    }

    private static PyTuple tuple(int[] shape) {
        List<Object> items = new ArrayList<>();
        for (int d : shape) {
            items.add((long) d);
        }
        return new PyTuple(items);
    }

    static PyTuple shapeTuple(NdArray a) {
        return tuple(a.shape());
    }

    private static NpType promote(NpType a, NpType b) {
        if (a == b) {
            return a;
        }
        return NpType.FLOAT64;
    }

    static Object mean(NdArray a) {
        double s = 0;
        for (double v : a.values()) {
            s += v;
        }
        NpType t = a.dtype() == NpType.FLOAT32 ? NpType.FLOAT32 : NpType.FLOAT64;
        double m = s / a.values().length;
        return new NpScalar(t == NpType.FLOAT32 ? (float) m : m, t);
    }

    static Object sum(NdArray a) {
        double s = 0;
        for (double v : a.values()) {
            s += v;
        }
        return new NpScalar(a.dtype() == NpType.FLOAT32 ? (float) s : s, a.dtype());
    }

    /** {@code a.dot(b)} / {@code np.dot}: the matrix product for 2-D, the inner product for 1-D. */
    static Object dot(Object x, Object y) {
        NdArray a = array(x, "dot", false);
        NdArray b = array(y, "dot", false);
        if (a.shape().length == 1 && b.shape().length == 1) {
            if (a.values().length != b.values().length) {
                throw PyError.value("shapes (" + a.values().length + ",) and (" + b.values().length
                        + ",) not aligned: " + a.values().length + " (dim 0) != " + b.values().length + " (dim 0)");
            }
            double s = 0;
            for (int i = 0; i < a.values().length; i++) {
                s += a.values()[i] * b.values()[i];
            }
            return new NpScalar(s, promote(a.dtype(), b.dtype()));
        }
        return matmul(a, b, false);
    }

    static NdArray matmul(NdArray a, NdArray b, boolean matmul) {
        int[] as = a.shape().length == 1 ? new int[] {1, a.shape()[0]} : a.shape();
        int[] bs = b.shape().length == 1 ? new int[] {b.shape()[0], 1} : b.shape();
        if (as[1] != bs[0]) {
            if (matmul) {
                throw PyError.value("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                        + "signature (n?,k),(k,m?)->(n?,m?) (size " + bs[0] + " is different from " + as[1] + ")");
            }
            throw PyError.value("shapes " + Values.repr(shapeTuple(a)) + " and " + Values.repr(shapeTuple(b))
                    + " not aligned: " + as[1] + " (dim " + (a.shape().length - 1) + ") != " + bs[0] + " (dim 0)");
        }
        double[] out = new double[as[0] * bs[1]];
        for (int i = 0; i < as[0]; i++) {
            for (int j = 0; j < bs[1]; j++) {
                double s = 0;
                for (int k = 0; k < as[1]; k++) {
                    s += a.values()[i * as[1] + k] * b.values()[k * bs[1] + j];
                }
                out[i * bs[1] + j] = s;
            }
        }
        NpType t = promote(a.dtype(), b.dtype());
        if (t == NpType.FLOAT32) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) out[i];
            }
        }
        if (a.shape().length == 1 && b.shape().length == 1) {
            return vector(out, t);
        }
        if (a.shape().length == 1) {
            return vector(out, t);
        }
        if (b.shape().length == 1) {
            return vector(out, t);
        }
        return new NdArray(out, new int[] {as[0], bs[1]}, t);
    }

    static Object binary(Object x, String op, Object y) {
        if (!(x instanceof NdArray) && !(y instanceof NdArray)) {
            return scalars(x, op, y);
        }
        NdArray a = x instanceof NdArray n ? n : null;
        NdArray b = y instanceof NdArray n ? n : null;
        if (op.equals("@")) {
            return matmul(array(x, "matmul", false), array(y, "matmul", false), true);
        }
        NpType ta = a != null ? a.dtype() : scalarType(x);
        NpType tb = b != null ? b.dtype() : scalarType(y);
        NpType t;
        if (a != null && b != null) {
            t = promote(ta, tb);
        } else {
            NpType arr = a != null ? ta : tb;
            NpType sc = a != null ? tb : ta;
            t = arr == NpType.INT64 && sc != NpType.INT64 ? NpType.FLOAT64 : arr;
        }
        if (op.equals("/") && t == NpType.INT64) {
            t = NpType.FLOAT64;
        }
        DoubleBinaryOperator f = switch (op) {
            case "+" -> Double::sum;
            case "-" -> (p, q) -> p - q;
            case "*" -> (p, q) -> p * q;
            case "/" -> (p, q) -> p / q;
            case "**" -> Math::pow;
            default -> throw PyError.unsupported("the numpy operator " + op, null);
        };
        NdArray left = a != null ? a : operand(x);
        NdArray right = b != null ? b : operand(y);
        return broadcast(left, right, f, t);
    }

    /** A scalar as a one-element array, which broadcasts; a list as its array. */
    private static NdArray operand(Object v) {
        if (Values.isNumber(v)) {
            return vector(new double[] {Values.toDouble(v, "array")}, scalarType(v));
        }
        return array(v, "array", false);
    }

    private static NpType scalarType(Object v) {
        if (v instanceof NpScalar s) {
            return s.type();
        }
        if (v instanceof Long || v instanceof Boolean) {
            return NpType.INT64;
        }
        if (v instanceof Double) {
            return NpType.FLOAT64;
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            return array(v, "array", false).dtype();
        }
        throw PyError.type("unsupported operand type for numpy: '" + Values.typeName(v) + "'");
    }

    private static Object scalars(Object x, String op, Object y) {
        NpType t = promote(scalarType(x), scalarType(y));
        double p = Values.toDouble(x, op);
        double q = Values.toDouble(y, op);
        double r = switch (op) {
            case "+" -> p + q;
            case "-" -> p - q;
            case "*" -> p * q;
            case "/" -> p / q;
            case "**" -> Math.pow(p, q);
            default -> throw PyError.unsupported("the numpy operator " + op, null);
        };
        if (op.equals("/") && t == NpType.INT64) {
            t = NpType.FLOAT64;
        }
        return new NpScalar(t == NpType.FLOAT32 ? (float) r : r, t);
    }

    /** Elementwise with numpy's broadcasting, for one- and two-dimensional operands. */
    private static NdArray broadcast(NdArray a, NdArray b, DoubleBinaryOperator f, NpType t) {
        int[] as = a.shape().length == 1 ? new int[] {1, a.shape()[0]} : a.shape();
        int[] bs = b.shape().length == 1 ? new int[] {1, b.shape()[0]} : b.shape();
        int rows = Math.max(as[0], bs[0]);
        int cols = Math.max(as[1], bs[1]);
        if (as[0] != rows && as[0] != 1 || bs[0] != rows && bs[0] != 1 || as[1] != cols && as[1] != 1
                || bs[1] != cols && bs[1] != 1) {
            throw PyError.value("operands could not be broadcast together with shapes "
                    + Values.repr(shapeTuple(a)).replace(" ", "") + " " + Values.repr(shapeTuple(b)).replace(" ", "")
                    + " ");
        }
        double[] out = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double p = a.values()[(as[0] == 1 ? 0 : i) * as[1] + (as[1] == 1 ? 0 : j)];
                double q = b.values()[(bs[0] == 1 ? 0 : i) * bs[1] + (bs[1] == 1 ? 0 : j)];
                double r = f.applyAsDouble(p, q);
                out[i * cols + j] = t == NpType.INT64 ? (long) r : t == NpType.FLOAT32 ? (float) r : r;
            }
        }
        boolean vector = a.shape().length == 1 && b.shape().length == 1;
        return vector ? vector(out, t) : new NdArray(out, new int[] {rows, cols}, t);
    }

    static List<Object> rows(NdArray a) {
        List<Object> out = new ArrayList<>();
        if (a.shape().length == 1) {
            for (double v : a.values()) {
                out.add(new NpScalar(v, a.dtype()));
            }
        } else {
            int c = a.shape()[1];
            for (int r = 0; r < a.shape()[0]; r++) {
                out.add(vector(java.util.Arrays.copyOfRange(a.values(), r * c, (r + 1) * c), a.dtype()));
            }
        }
        return out;
    }

    /** {@code t.numpy()}; a 0-d tensor gives a numpy scalar, which prints and formats as numpy's 0-d array does. */
    static Object fromTensor(Tensor t) {
        if (t.dim() == 0) {
            return new NpScalar(t.item(), t.dtype() == DType.INT64 ? NpType.INT64 : NpType.FLOAT32);
        }
        return fromTensor2(t);
    }

    private static NdArray fromTensor2(Tensor t) {
        if (t.dim() < 1 || t.dim() > 2) {
            throw PyError.unsupported(".numpy() of a " + t.dim() + "-dimensional tensor (only 1 and 2)", null);
        }
        float[] d = t.data();
        double[] v = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            v[i] = d[i];
        }
        return new NdArray(v, t.shape().clone(), t.dtype() == DType.INT64 ? NpType.INT64 : NpType.FLOAT32);
    }

    static Tensor toTensor(NdArray a) {
        switch (a.dtype()) {
            case INT64 -> {
                long[] v = new long[a.values().length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = (long) a.values()[i];
                }
                return Tensor.ofLongs(v, a.shape().clone());
            }
            case FLOAT32 -> {
                float[] v = new float[a.values().length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) a.values()[i];
                }
                return Tensor.of(v, a.shape().clone(), DType.FLOAT32);
            }
            default -> throw PyError.unsupported("float64 tensors (torch.from_numpy of a float64 array; "
                    + "use np.array(..., dtype=np.float32) or torch.FloatTensor)", null);
        }
    }

    /** The attributes and methods of an array. */
    static Object attribute(NdArray a, String name) {
        switch (name) {
            case "shape" -> {
                return shapeTuple(a);
            }
            case "dtype" -> {
                return a.dtype();
            }
            case "ndim" -> {
                return (long) a.shape().length;
            }
            case "size" -> {
                return (long) a.values().length;
            }
            case "T" -> {
                return transpose(a);
            }
            default -> {
            }
        }
        return new Named("<built-in method " + name + " of numpy.ndarray object>", args -> switch (name) {
            case "reshape" -> reshape(a, args.size() == 1 ? shape(args.get(0, "shape")) : TensorOps.shapeArgs(args, 0));
            case "dot" -> dot(a, args.accept(1).get(0, "b"));
            case "mean" -> mean(a);
            case "sum" -> sum(a);
            case "tolist" -> {
                List<Object> items = new ArrayList<>();
                for (Object r : rows(a)) {
                    items.add(r instanceof NdArray n ? attribute(n, "tolist") instanceof Named f ? f.call(Args.of("tolist"))
                            : null : python((NpScalar) r));
                }
                yield new PyList(items);
            }
            case "transpose" -> transpose(a);
            case "astype" -> cast(a, (NpType) args.accept(1).get(0, "dtype"));
            case "flatten" -> vector(a.values(), a.dtype());
            default -> throw new PyError("AttributeError", "'numpy.ndarray' object has no attribute '" + name + "'");
        });
    }

    static Object python(NpScalar s) {
        return s.type() == NpType.INT64 ? (Object) (long) s.value() : (Object) s.value();
    }

    static NdArray transpose(NdArray a) {
        if (a.shape().length == 1) {
            return a;
        }
        int r = a.shape()[0];
        int c = a.shape()[1];
        double[] v = new double[r * c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                v[j * r + i] = a.values()[i * c + j];
            }
        }
        return new NdArray(v, new int[] {c, r}, a.dtype());
    }
}
