package org.trainlab.console;

import java.util.ArrayList;
import java.util.List;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Tensor;
import org.trainlab.tensor.ValuesIndices;

/** Tensors in the console: operators, conversions from Python values, and the methods of a tensor. */
final class TensorOps {
    private TensorOps() {
    }

    static Tensor tensor(Object v, String where) {
        return switch (v) {
            case Tensor t -> t;
            case Parameter p -> p.tensor();
            case null, default -> throw PyError.type(where + "(): argument 'input' (position 1) must be Tensor, not "
                    + Values.typeName(v));
        };
    }

    static Object binary(Object a, String op, Object b) {
        Object r = compute(a, op, b);
        // the engine computes int64 tensors in float; PyTorch keeps int64 for + - * ** of ints
        if (r instanceof Tensor t && t.dtype() != DType.INT64 && !op.equals("/") && isLong(a) && isLong(b)) {
            return truncated(t);
        }
        return r;
    }

    private static boolean isLong(Object v) {
        return v instanceof Tensor t ? t.dtype() == DType.INT64 : v instanceof Long || v instanceof Boolean;
    }

    static Tensor truncated(Tensor t) {
        float[] d = t.data();
        long[] v = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            v[i] = (long) d[i];
        }
        return Tensor.ofLongs(v, t.shape());
    }

    private static Object compute(Object a, String op, Object b) {
        if (a instanceof Tensor x && b instanceof Tensor y) {
            return engine(() -> switch (op) {
                case "+" -> x.add(y);
                case "-" -> x.sub(y);
                case "*" -> x.mul(y);
                case "/" -> x.div(y);
                case "@" -> x.matmul(y);
                case "**" -> x.pow(y);
                default -> throw unsupportedOperand(a, op, b);
            });
        }
        if (a instanceof Tensor x && Values.isNumber(b)) {
            double v = Values.toDouble(b, op);
            return engine(() -> switch (op) {
                case "+" -> x.add(v);
                case "-" -> x.sub(v);
                case "*" -> x.mul(v);
                case "/" -> x.div(v);
                case "**" -> x.pow(v);
                default -> throw unsupportedOperand(a, op, b);
            });
        }
        if (Values.isNumber(a) && b instanceof Tensor y) {
            double v = Values.toDouble(a, op);
            return engine(() -> switch (op) {
                case "+" -> y.add(v);
                case "-" -> y.rsub(v);
                case "*" -> y.mul(v);
                case "/" -> y.pow(-1).mul(v);
                default -> throw unsupportedOperand(a, op, b);
            });
        }
        if (a instanceof NdArray || b instanceof NdArray) {
            throw PyError.unsupported("arithmetic between a tensor and a numpy array", null);
        }
        throw unsupportedOperand(a, op, b);
    }

    private static PyError unsupportedOperand(Object a, String op, Object b) {
        return PyError.type("unsupported operand type(s) for " + op + ": '" + Values.typeName(a) + "' and '"
                + Values.typeName(b) + "'");
    }

    private static final List<String> PYTORCH_MESSAGES = List.of(
            "grad can be implicitly created only for scalar outputs",
            "1D tensors expected, but got 2D and 2D tensors",
            "self must be a matrix");

    /** Runs an engine call, turning its exceptions into the RuntimeError PyTorch raises. */
    static <T> T engine(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (m.matches("(?s)[a-z_0-9]+: .*")) {
                m = m.substring(m.indexOf(": ") + 2);
            }
            m = m.replaceFirst(" \\(in \\w+\\)$", ""); // the engine names the node; PyTorch does not
            m = m.replaceFirst(" \\(shapes \\[[0-9, ]*\\] and \\[[0-9, ]*\\]\\)$", ""); // and the shapes
            for (String pytorch : PYTORCH_MESSAGES) {
                if (m.startsWith(pytorch + " (")) {
                    m = pytorch; // the engine adds a hint in parentheses; PyTorch's message ends here
                }
            }
            String type = e instanceof IndexOutOfBoundsException ? "IndexError" : "RuntimeError";
            throw new PyError(type, m);
        } catch (UnsupportedOperationException e) {
            throw PyError.unsupported(String.valueOf(e.getMessage()), null);
        }
    }

    /** {@code torch.tensor(data)}: ints make int64, any float makes float32, as PyTorch infers. */
    static Tensor fromData(Object data, DType dtype, String where) {
        List<Integer> shape = new ArrayList<>();
        List<Double> flat = new ArrayList<>();
        boolean[] floating = {false};
        collect(data, 0, shape, flat, floating, where);
        DType type = dtype != null ? dtype : floating[0] ? DType.FLOAT32 : DType.INT64;
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        if (type == DType.INT64) {
            long[] values = new long[flat.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (long) (double) flat.get(i);
            }
            return Tensor.ofLongs(values, dims);
        }
        float[] values = new float[flat.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (double) flat.get(i);
        }
        return Tensor.of(values, dims, DType.FLOAT32);
    }

    private static void collect(Object v, int depth, List<Integer> shape, List<Double> flat, boolean[] floating,
            String where) {
        if (v instanceof PyList || v instanceof PyTuple) {
            List<Object> items = Values.list(v);
            if (shape.size() == depth) {
                if (!flat.isEmpty()) {
                    throw PyError.value("expected sequence of length " + shape.get(depth - 1) + " at dim "
                            + (depth - 1) + " (got 1)");
                }
                shape.add(items.size());
            } else if (shape.get(depth) != items.size()) {
                throw PyError.value("expected sequence of length " + shape.get(depth) + " at dim " + depth + " (got "
                        + items.size() + ")");
            }
            for (Object item : items) {
                collect(item, depth + 1, shape, flat, floating, where);
            }
            return;
        }
        if (depth < shape.size()) {
            throw PyError.type("not a sequence");
        }
        if (v instanceof Double || v instanceof NpScalar s && s.type() != NpType.INT64) {
            floating[0] = true;
        } else if (!(v instanceof Long) && !(v instanceof Boolean) && !(v instanceof NpScalar)) {
            if (v instanceof Tensor t && t.numel() == 1) {
                throw PyError.unsupported(where + "() of a list of tensors", null);
            }
            throw PyError.type("new(): invalid data type '" + Values.typeName(v) + "'");
        }
        flat.add(Values.toDouble(v, where));
    }

    /** {@code x.max(dim)}: the values and indices PyTorch returns as a named tuple. */
    static ReturnTypes valuesIndices(String name, ValuesIndices vi) {
        return new ReturnTypes(name, vi.values(), vi.indices());
    }

    static TorchSize size(Tensor t) {
        return new TorchSize(t.shape().clone());
    }

    /** A tensor's {@code .tolist()} / {@code .item()} values as Python numbers. */
    static Object pythonValue(Tensor t, int index) {
        float[] data = t.data();
        return t.dtype() == DType.INT64 ? (Object) (long) data[index] : (Object) (double) data[index];
    }

    static Object tolist(Tensor t) {
        if (t.dim() == 0) {
            return item(t);
        }
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < t.shape()[0]; i++) {
            rows.add(tolist(t.select(0, i)));
        }
        return new PyList(rows);
    }

    static Object item(Tensor t) {
        if (t.numel() != 1) {
            throw PyError.value("only one element tensors can be converted to Python scalars");
        }
        float v = t.item();
        return t.dtype() == DType.INT64 ? (Object) (long) v : (Object) (double) v;
    }

    /** The shape arguments of {@code view(2, 3)}, {@code view((2, 3))}, {@code zeros(2, 3)}, {@code zeros([2, 3])}. */
    static int[] shapeArgs(Args args, int from) {
        List<Object> dims = new ArrayList<>();
        if (args.size() == from + 1 && (args.positional().get(from) instanceof PyTuple
                || args.positional().get(from) instanceof PyList || args.positional().get(from) instanceof TorchSize)) {
            dims.addAll(Values.list(args.positional().get(from)));
        } else {
            dims.addAll(args.positional().subList(from, args.size()));
        }
        int[] shape = new int[dims.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            long d = Values.toLong(dims.get(i), args.function());
            if (d < -1 || d > Integer.MAX_VALUE) {
                throw PyError.runtime("invalid shape dimension " + d);
            }
            shape[i] = (int) d;
            count = Math.min(Long.MAX_VALUE / 2, count * Math.max(1, Math.abs(d)));
        }
        Values.checkSize(count);
        return shape;
    }
}
