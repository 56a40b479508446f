package org.trainlab.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trainlab.tensor.Tensor;

/** {@code value[index]} for sequences, dicts, tensors and arrays, with Python's negative indices and slices. */
final class Indexing {
    private Indexing() {
    }

    static Object get(Object v, Object index) {
        if (v instanceof Parameter p) {
            v = p.tensor();
        }
        switch (v) {
            case PyList l -> {
                return sequence(l.items, index, "list", items -> new PyList(items));
            }
            case PyTuple t -> {
                return sequence(t.items(), index, "tuple", items -> new PyTuple(items));
            }
            case TorchSize s -> {
                return sequence(Values.sizeItems(s), index, "tuple", items -> {
                    int[] dims = new int[items.size()];
                    for (int i = 0; i < dims.length; i++) {
                        dims[i] = (int) (long) (Long) items.get(i);
                    }
                    return new TorchSize(dims);
                });
            }
            case ReturnTypes r -> {
                return sequence(List.of(r.values(), r.indices()), index, "tuple", items -> new PyTuple(items));
            }
            case String s -> {
                List<Object> chars = Values.list(s);
                return sequence(chars, index, "string", items -> {
                    StringBuilder b = new StringBuilder();
                    items.forEach(b::append);
                    return b.toString();
                });
            }
            case PyRange r -> {
                if (index instanceof PySlice) {
                    throw PyError.unsupported("slicing a range", null);
                }
                long i = position(index, r.length(), "range object");
                return r.get(i);
            }
            case Map<?, ?> m -> {
                if (!m.containsKey(index)) {
                    throw new PyError("KeyError", Values.repr(index));
                }
                return m.get(index);
            }
            case Tensor t -> {
                return tensor(t, index);
            }
            case NdArray a -> {
                return array(a, index);
            }
            case null, default -> throw PyError.type("'" + Values.typeName(v) + "' object is not subscriptable");
        }
    }

    static void set(Object v, Object index, Object value) {
        switch (v) {
            case PyList l -> {
                if (index instanceof PySlice) {
                    throw PyError.unsupported("assigning to a slice", null);
                }
                l.items.set((int) position(index, l.items.size(), "list assignment"), value);
            }
            case Map<?, ?> m -> {
                if (!(index instanceof String || index instanceof Long || index instanceof Boolean || index == null)) {
                    throw PyError.unsupported("dict keys other than str, int, bool and None", null);
                }
                @SuppressWarnings("unchecked")
                Map<Object, Object> map = (Map<Object, Object>) m;
                map.put(index, value);
            }
            case PyTuple t -> throw PyError.type("'tuple' object does not support item assignment");
            case null, default -> throw PyError.unsupported("assigning to an item of a " + Values.typeName(v), null);
        }
    }

    private static long position(Object index, long length, String what) {
        if (!(index instanceof Long) && !(index instanceof Boolean)) {
            throw PyError.type(what.split(" ")[0] + " indices must be integers or slices, not "
                    + Values.typeName(index));
        }
        long i = Values.toLong(index, what);
        long j = i < 0 ? i + length : i;
        if (j < 0 || j >= length) {
            throw PyError.index(what + " index out of range");
        }
        return j;
    }

    private static Object sequence(List<Object> items, Object index, String what,
            java.util.function.Function<List<Object>, Object> make) {
        if (index instanceof PySlice s) {
            long[] r = s.indices(items.size());
            List<Object> out = new ArrayList<>();
            for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                out.add(items.get((int) i));
            }
            return make.apply(out);
        }
        return items.get((int) position(index, items.size(), what));
    }

    private static Tensor tensor(Tensor t, Object index) {
        List<Object> parts = index instanceof PyTuple tuple ? tuple.items() : List.of(index == null ? NONE : index);
        Tensor out = t;
        int dim = 0;
        for (Object raw : parts) {
            Object part = raw == null ? NONE : raw;
            if (part == NONE) {
                int d = dim;
                Tensor cur = out;
                out = TensorOps.engine(() -> cur.unsqueeze(d));
                dim++;
            } else if (part instanceof PySlice s) {
                if (dim >= out.dim()) {
                    throw PyError.index("too many indices for tensor of dimension " + t.dim());
                }
                long[] r = s.indices(out.shape()[dim]);
                if (r[2] <= 0) {
                    throw PyError.value("step must be greater than zero");
                }
                int d = dim;
                Tensor cur = out;
                int end = (int) Math.max(r[1], r[0]);
                out = TensorOps.engine(() -> cur.slice(d, (int) r[0], end, (int) r[2]));
                dim++;
            } else if (part instanceof Long || part instanceof Boolean) {
                if (dim >= out.dim()) {
                    throw PyError.index("too many indices for tensor of dimension " + t.dim());
                }
                long i = Values.toLong(part, "index");
                int size = out.shape()[dim];
                if (i < -size || i >= size) {
                    throw PyError.index("index " + i + " is out of bounds for dimension " + dim + " with size "
                            + size);
                }
                int d = dim;
                Tensor cur = out;
                out = TensorOps.engine(() -> cur.select(d, (int) (i < 0 ? i + size : i)));
            } else if ((part instanceof Tensor || part instanceof Parameter) && parts.size() == 1) {
                Tensor cur = out;
                out = TensorOps.engine(() -> cur.index(TensorOps.tensor(part, "index")));
            } else {
                throw PyError.unsupported("indexing a tensor with a " + Values.typeName(part), null);
            }
        }
        return out;
    }

    private static final Object NONE = new Object();

    private static Object array(NdArray a, Object index) {
        if (index instanceof PyTuple t && t.items().size() == 2 && a.shape().length == 2) {
            Object row = array(a, t.items().get(0));
            if (row instanceof NpScalar) {
                throw PyError.index("too many indices for array");
            }
            if (t.items().get(0) instanceof PySlice) {
                Object col = t.items().get(1);
                NdArray rows = (NdArray) row;
                NdArray cols = Numpy.transpose(rows);
                Object picked = array(cols, col);
                return picked instanceof NdArray p && p.shape().length == 2 ? Numpy.transpose(p) : picked;
            }
            return array((NdArray) row, t.items().get(1));
        }
        List<Object> rows = Numpy.rows(a);
        if (index instanceof PySlice s) {
            long[] r = s.indices(rows.size());
            List<Double> values = new ArrayList<>();
            int count = 0;
            for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                Object row = rows.get((int) i);
                if (row instanceof NpScalar x) {
                    values.add(x.value());
                } else {
                    for (double d : ((NdArray) row).values()) {
                        values.add(d);
                    }
                }
                count++;
            }
            double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
            if (a.shape().length == 1) {
                return Numpy.vector(v, a.dtype());
            }
            if (count == 0) {
                throw PyError.unsupported("empty two-dimensional arrays", null);
            }
            return new NdArray(v, new int[] {count, a.shape()[1]}, a.dtype());
        }
        if (!(index instanceof Long) && !(index instanceof Boolean)) {
            throw PyError.unsupported("indexing an array with a " + Values.typeName(index), null);
        }
        long i = Values.toLong(index, "index");
        if (i < -rows.size() || i >= rows.size()) {
            throw PyError.index("index " + i + " is out of bounds for axis 0 with size " + rows.size());
        }
        return rows.get((int) (i < 0 ? i + rows.size() : i));
    }
}
