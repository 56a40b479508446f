package org.trainlab.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.nn.F;
import org.trainlab.tensor.Tensor;

/**
 * The functions a network file's {@code forward} may call, with PyTorch's names, parameters and defaults:
 * {@code torch.nn.functional.*} ({@link #FUNCTIONAL}), {@code torch.*} ({@link #TORCH}) and tensor methods
 * ({@link #METHODS}, whose first parameter is the tensor). Each is the engine's op.
 */
final class TorchOps {
    /** The default of a parameter that has none. */
    static final Object REQUIRED = new Object();

    @FunctionalInterface
    interface Impl {
        Object apply(Object[] args, ClassModule self);
    }

    /** One function: its parameters, their defaults ({@link #REQUIRED} for none), and what it does. */
    record Op(String name, List<String> params, List<Object> defaults, boolean varargs, Impl impl) {
        /** {@code relu(input, inplace=False)}; a method's signature leaves out its tensor. */
        String signature(boolean method) {
            StringBuilder sb = new StringBuilder(name).append('(');
            for (int i = method ? 1 : 0; i < params.size(); i++) {
                sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(varargs ? "*" : "").append(params.get(i));
                if (defaults.get(i) != REQUIRED) {
                    sb.append('=').append(PyValue.repr(defaults.get(i)));
                }
            }
            return sb.append(')').toString();
        }
    }

    static final Map<String, Op> FUNCTIONAL = table(
        op("relu", a -> F.relu(notInplace(a, 1)), "input", "inplace", false),
        op("sigmoid", a -> F.sigmoid(tensor(a[0], "input")), "input"),
        op("tanh", a -> F.tanh(tensor(a[0], "input")), "input"),
        op("softplus", a -> F.softplus(tensor(a[0], "input"), real(a[1], "beta"), real(a[2], "threshold")),
            "input", "beta", 1L, "threshold", 20L),
        op("leaky_relu", a -> F.leakyRelu(notInplace(a, 2), real(a[1], "negative_slope")),
            "input", "negative_slope", 0.01, "inplace", false),
        op("elu", a -> F.elu(notInplace(a, 2), real(a[1], "alpha")), "input", "alpha", 1.0, "inplace", false),
        op("gelu", a -> F.gelu(tensor(a[0], "input"), approximate(a[1])), "input", "approximate", "none"),
        op("softmax", a -> F.softmax(tensor(a[0], "input"), dim(a[1])), "input", "dim", null),
        op("log_softmax", a -> F.logSoftmax(tensor(a[0], "input"), dim(a[1])), "input", "dim", null),
        new Op("dropout", List.of("input", "p", "training", "inplace"), List.of(REQUIRED, 0.5, true, false), false,
            (a, self) -> dropout(notInplace(a, 3), a[1], bool(a[2], "training"), self)));

    static final Map<String, Op> TORCH = table(
        op("relu", a -> F.relu(tensor(a[0], "input")), "input"),
        op("sigmoid", a -> F.sigmoid(tensor(a[0], "input")), "input"),
        op("tanh", a -> F.tanh(tensor(a[0], "input")), "input"),
        op("softmax", a -> F.softmax(tensor(a[0], "input"), dim(a[1])), "input", "dim", REQUIRED),
        op("log_softmax", a -> F.logSoftmax(tensor(a[0], "input"), dim(a[1])), "input", "dim", REQUIRED),
        op("cat", a -> Tensor.cat(tensors(a[0]), integer(a[1], "dim")), "tensors", "dim", 0L),
        op("stack", a -> Tensor.stack(tensors(a[0]), integer(a[1], "dim")), "tensors", "dim", 0L),
        op("flatten", a -> flatten(tensor(a[0], "input"), a[1], a[2]), "input", "start_dim", 0L, "end_dim", -1L),
        op("reshape", a -> tensor(a[0], "input").reshape(shape(a[1])), "input", "shape", REQUIRED),
        op("sum", a -> reduce(tensor(a[0], "input"), a[1], a[2], true), "input", "dim", null, "keepdim", false),
        op("mean", a -> reduce(tensor(a[0], "input"), a[1], a[2], false), "input", "dim", null, "keepdim", false),
        op("exp", a -> tensor(a[0], "input").exp(), "input"),
        op("log", a -> tensor(a[0], "input").log(), "input"),
        op("abs", a -> tensor(a[0], "input").abs(), "input"),
        op("sqrt", a -> tensor(a[0], "input").sqrt(), "input"),
        op("neg", a -> tensor(a[0], "input").neg(), "input"),
        op("matmul", a -> tensor(a[0], "input").matmul(tensor(a[1], "other")), "input", "other", REQUIRED),
        op("add", a -> arithmetic(a[0], '+', a[1]), "input", "other", REQUIRED),
        op("sub", a -> arithmetic(a[0], '-', a[1]), "input", "other", REQUIRED),
        op("mul", a -> arithmetic(a[0], '*', a[1]), "input", "other", REQUIRED),
        op("div", a -> arithmetic(a[0], '/', a[1]), "input", "other", REQUIRED),
        op("unsqueeze", a -> tensor(a[0], "input").unsqueeze(integer(a[1], "dim")), "input", "dim", REQUIRED),
        op("squeeze", a -> squeeze(tensor(a[0], "input"), a[1]), "input", "dim", null),
        op("transpose", a -> tensor(a[0], "input").transpose(integer(a[1], "dim0"), integer(a[2], "dim1")),
            "input", "dim0", REQUIRED, "dim1", REQUIRED),
        op("t", a -> tensor(a[0], "input").t(), "input"),
        new Op("dropout", List.of("input", "p", "train"), List.of(REQUIRED, REQUIRED, REQUIRED), false,
            (a, self) -> dropout(tensor(a[0], "input"), a[1], bool(a[2], "train"), self)));

    static final Map<String, Op> METHODS = table(
        op("relu", a -> F.relu(tensor(a[0], "self")), "self"),
        op("sigmoid", a -> F.sigmoid(tensor(a[0], "self")), "self"),
        op("tanh", a -> F.tanh(tensor(a[0], "self")), "self"),
        op("softmax", a -> F.softmax(tensor(a[0], "self"), dim(a[1])), "self", "dim", REQUIRED),
        op("log_softmax", a -> F.logSoftmax(tensor(a[0], "self"), dim(a[1])), "self", "dim", REQUIRED),
        new Op("view", List.of("self", "shape"), List.of(REQUIRED, REQUIRED), true,
            (a, self) -> tensor(a[0], "self").view(shape(a[1]))),
        new Op("reshape", List.of("self", "shape"), List.of(REQUIRED, REQUIRED), true,
            (a, self) -> tensor(a[0], "self").reshape(shape(a[1]))),
        op("flatten", a -> flatten(tensor(a[0], "self"), a[1], a[2]), "self", "start_dim", 0L, "end_dim", -1L),
        op("sum", a -> reduce(tensor(a[0], "self"), a[1], a[2], true), "self", "dim", null, "keepdim", false),
        op("mean", a -> reduce(tensor(a[0], "self"), a[1], a[2], false), "self", "dim", null, "keepdim", false),
        op("exp", a -> tensor(a[0], "self").exp(), "self"),
        op("log", a -> tensor(a[0], "self").log(), "self"),
        op("abs", a -> tensor(a[0], "self").abs(), "self"),
        op("sqrt", a -> tensor(a[0], "self").sqrt(), "self"),
        op("neg", a -> tensor(a[0], "self").neg(), "self"),
        op("t", a -> tensor(a[0], "self").t(), "self"),
        op("matmul", a -> tensor(a[0], "self").matmul(tensor(a[1], "other")), "self", "other", REQUIRED),
        op("add", a -> arithmetic(a[0], '+', a[1]), "self", "other", REQUIRED),
        op("sub", a -> arithmetic(a[0], '-', a[1]), "self", "other", REQUIRED),
        op("mul", a -> arithmetic(a[0], '*', a[1]), "self", "other", REQUIRED),
        op("div", a -> arithmetic(a[0], '/', a[1]), "self", "other", REQUIRED),
        op("pow", a -> a[1] instanceof Tensor e ? tensor(a[0], "self").pow(e)
            : tensor(a[0], "self").pow(real(a[1], "exponent")), "self", "exponent", REQUIRED),
        op("unsqueeze", a -> tensor(a[0], "self").unsqueeze(integer(a[1], "dim")), "self", "dim", REQUIRED),
        op("squeeze", a -> squeeze(tensor(a[0], "self"), a[1]), "self", "dim", null),
        op("transpose", a -> tensor(a[0], "self").transpose(integer(a[1], "dim0"), integer(a[2], "dim1")),
            "self", "dim0", REQUIRED, "dim1", REQUIRED),
        op("size", a -> size(tensor(a[0], "self"), a[1]), "self", "dim", null),
        op("dim", a -> (long) tensor(a[0], "self").dim(), "self"));

    private TorchOps() {
    }

    /** What a message lists for an unknown name under {@code full}'s module. */
    static String supported(String full) {
        if (full.startsWith("torch.nn.functional.")) {
            return "F." + String.join(", F.", FUNCTIONAL.keySet());
        }
        return "torch." + String.join(", torch.", TORCH.keySet());
    }

    private interface Simple {
        Object apply(Object[] a);
    }

    /** An op from its name, body, and parameters given as name or name-default pairs after the required ones. */
    private static Op op(String name, Simple body, Object... params) {
        List<String> names = new ArrayList<>();
        List<Object> defaults = new ArrayList<>();
        int i = 0;
        while (i < params.length) {
            names.add((String) params[i]);
            boolean hasDefault = i + 1 < params.length && !(params[i + 1] instanceof String s && isParamName(s));
            if (hasDefault) {
                defaults.add(params[i + 1]);
                i += 2;
            } else {
                defaults.add(REQUIRED);
                i++;
            }
        }
        return new Op(name, List.copyOf(names), Collections.unmodifiableList(defaults), false,
                (a, self) -> body.apply(a));
    }

    /** Parameter names are lower-case identifiers; string defaults ("none") follow a name, never start one. */
    private static boolean isParamName(String s) {
        return !s.equals("none");
    }

    private static Map<String, Op> table(Op... ops) {
        Map<String, Op> map = new LinkedHashMap<>();
        for (Op o : ops) {
            map.put(o.name(), o);
        }
        return Collections.unmodifiableMap(map);
    }

    // ---------------------------------------------------------------- arguments

    static Tensor tensor(Object v, String param) {
        if (v instanceof Tensor t) {
            return t;
        }
        throw new IllegalArgumentException("argument '" + param + "' must be Tensor, not " + PyValue.typeName(v));
    }

    private static Tensor notInplace(Object[] a, int inplaceIndex) {
        if (bool(a[inplaceIndex], "inplace")) {
            throw new IllegalArgumentException("inplace=True is not supported by TrainLab: its functions never "
                    + "overwrite their input");
        }
        return tensor(a[0], "input");
    }

    static double real(Object v, String param) {
        if (v instanceof Long || v instanceof Double) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        }
        throw new IllegalArgumentException("argument '" + param + "' must be a finite number, not "
                + PyValue.repr(v));
    }

    static int integer(Object v, String param) {
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        throw new IllegalArgumentException("argument '" + param + "' must be int, not " + PyValue.typeName(v));
    }

    static boolean bool(Object v, String param) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("argument '" + param + "' must be bool, not " + PyValue.typeName(v));
    }

    private static int dim(Object v) {
        if (v == null) {
            throw new IllegalArgumentException("softmax without dim is ambiguous (PyTorch warns and guesses); give "
                    + "dim, e.g. dim=1");
        }
        return integer(v, "dim");
    }

    private static String approximate(Object v) {
        if (!"none".equals(v) && !"tanh".equals(v)) {
            throw new IllegalArgumentException("approximate argument must be either none or tanh.");
        }
        return (String) v;
    }

    private static List<Tensor> tensors(Object v) {
        if (!(v instanceof List<?> items)) {
            throw new IllegalArgumentException("argument 'tensors' must be tuple of Tensors, not "
                    + PyValue.typeName(v));
        }
        List<Tensor> out = new ArrayList<>();
        for (Object o : items) {
            out.add(tensor(o, "tensors"));
        }
        return out;
    }

    private static int[] shape(Object v) {
        if (!(v instanceof List<?> items)) {
            return new int[] {integer(v, "shape")};
        }
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = integer(items.get(i), "shape");
        }
        return out;
    }

    // ---------------------------------------------------------------- ops

    private static Tensor dropout(Tensor x, Object p, boolean training, ClassModule self) {
        double prob = real(p, "p");
        if (!(prob >= 0 && prob <= 1)) {
            throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got "
                    + PyValue.repr(p));
        }
        return F.dropout(x, prob, training, self.generator());
    }

    private static Tensor flatten(Tensor x, Object start, Object end) {
        int[] shape = x.shape();
        int rank = Math.max(shape.length, 1);
        int s = integer(start, "start_dim");
        int e = integer(end, "end_dim");
        int from = s < 0 ? s + rank : s;
        int to = e < 0 ? e + rank : e;
        if (from < 0 || from >= rank || to < 0 || to >= rank) {
            throw new IllegalArgumentException("Dimension out of range (expected to be in range of [" + -rank + ", "
                    + (rank - 1) + "], but got " + (from < 0 || from >= rank ? s : e) + ")");
        }
        if (from > to) {
            throw new IllegalArgumentException("flatten() has invalid args: start_dim cannot come after end_dim");
        }
        if (shape.length == 0) {
            return x.reshape(1);
        }
        int[] out = new int[shape.length - (to - from)];
        int k = 0;
        for (int i = 0; i < from; i++) {
            out[k++] = shape[i];
        }
        int product = 1;
        for (int i = from; i <= to; i++) {
            product *= shape[i];
        }
        out[k++] = product;
        for (int i = to + 1; i < shape.length; i++) {
            out[k++] = shape[i];
        }
        return x.reshape(out);
    }

    private static Tensor reduce(Tensor x, Object dim, Object keepdim, boolean sum) {
        boolean keep = bool(keepdim, "keepdim");
        if (dim == null) {
            if (keep) {
                throw new IllegalArgumentException("keepdim=True without dim is not supported by TrainLab");
            }
            return sum ? x.sum() : x.mean();
        }
        int d = integer(dim, "dim");
        return sum ? x.sum(d, keep) : x.mean(d, keep);
    }

    private static Tensor squeeze(Tensor x, Object dim) {
        return dim == null ? x.squeeze() : x.squeeze(integer(dim, "dim"));
    }

    private static Object size(Tensor x, Object dim) {
        int[] shape = x.shape();
        if (dim == null) {
            List<Object> sizes = new ArrayList<>();
            for (int s : shape) {
                sizes.add((long) s);
            }
            return sizes;
        }
        int d = integer(dim, "dim");
        int at = d < 0 ? d + shape.length : d;
        if (at < 0 || at >= shape.length) {
            throw new IllegalArgumentException("Dimension out of range (expected to be in range of [" + -shape.length
                    + ", " + (shape.length - 1) + "], but got " + d + ")");
        }
        return (long) shape[at];
    }

    /** {@code a op b} where at least one side is a tensor and the other a tensor or a number. */
    static Object arithmetic(Object a, char op, Object b) {
        if (a instanceof Tensor x && b instanceof Tensor y) {
            return switch (op) {
                case '+' -> x.add(y);
                case '-' -> x.sub(y);
                case '*' -> x.mul(y);
                case '/' -> x.div(y);
                default -> x.matmul(y);
            };
        }
        if (a instanceof Tensor x && PyValue.isNumber(b) && op != '@') {
            double v = PyValue.toDouble(b);
            return switch (op) {
                case '+' -> x.add(v);
                case '-' -> x.sub(v);
                case '*' -> x.mul(v);
                default -> x.div(v);
            };
        }
        if (b instanceof Tensor y && PyValue.isNumber(a) && op != '@') {
            double v = PyValue.toDouble(a);
            return switch (op) {
                case '+' -> y.add(v);
                case '-' -> y.rsub(v);
                case '*' -> y.mul(v);
                default -> Tensor.scalar(v).div(y);
            };
        }
        throw new IllegalArgumentException("unsupported operand type(s) for " + op + ": '" + PyValue.typeName(a)
                + "' and '" + PyValue.typeName(b) + "'");
    }

    static String shapeText(int[] shape) {
        return Arrays.toString(shape);
    }
}
