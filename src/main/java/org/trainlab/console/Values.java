package org.trainlab.console;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.trainlab.nn.Module;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * What Python does with any value: {@code str}, {@code repr}, {@code type(v).__name__}, truth, numbers,
 * equality, iteration and {@code len}. Values are Long (int), Double (float), Boolean, String, null (None),
 * {@link PyList}, {@link PyTuple}, {@link PyRange}, Map (dict), and the torch and numpy objects.
 */
final class Values {
    private Values() {
    }

    static String str(Object v) {
        return switch (v) {
            case null -> "None";
            case String s -> s;
            case NdArray a -> a.toString();
            case NpType t -> t.numpyName();
            default -> repr(v);
        };
    }

    static String repr(Object v) {
        return switch (v) {
            case null -> "None";
            case Boolean b -> PythonRepr.bool(b);
            case Long l -> l.toString();
            case Double d -> PythonRepr.number(d);
            case String s -> stringRepr(s);
            case PyList l -> "[" + join(l.items) + "]";
            case PyTuple t -> "(" + join(t.items()) + (t.items().size() == 1 ? ",)" : ")");
            case PyRange r -> "range(" + r.start() + ", " + r.stop() + (r.step() == 1 ? "" : ", " + r.step()) + ")";
            case Map<?, ?> m -> {
                List<String> parts = new ArrayList<>();
                m.forEach((k, x) -> parts.add(repr(k) + ": " + repr(x)));
                yield "{" + String.join(", ", parts) + "}";
            }
            case TorchSize s -> {
                List<String> parts = new ArrayList<>();
                for (int d : s.dims()) {
                    parts.add(Integer.toString(d));
                }
                yield "torch.Size([" + String.join(", ", parts) + "])";
            }
            case Tensor t -> t.toString();
            case Parameter p -> "Parameter containing:\n" + p.tensor();
            case NpScalar s -> s.toString();
            case DType d -> d.torchName();
            case NpType t -> "dtype('" + t.numpyName() + "')";
            case Module m -> m.toString();
            case org.trainlab.optim.Optimizer o -> o.toString();
            case ReturnTypes r -> r.toString();
            case Named n -> n.repr();
            case NdArray a -> throw PyError.unsupported("the repr of a numpy array (print it on its own)", null);
            default -> throw PyError.unsupported("printing a " + typeName(v), null);
        };
    }

    private static String join(List<Object> items) {
        List<String> parts = new ArrayList<>(items.size());
        for (Object o : items) {
            parts.add(repr(o));
        }
        return String.join(", ", parts);
    }

    /** Python's repr of a str: single quotes unless the text holds ' and no ". */
    static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c == quote) {
                        b.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(quote).toString();
    }

    static String typeName(Object v) {
        return switch (v) {
            case null -> "NoneType";
            case Boolean b -> "bool";
            case Long l -> "int";
            case Double d -> "float";
            case String s -> "str";
            case PyList l -> "list";
            case PyTuple t -> "tuple";
            case PyRange r -> "range";
            case Map<?, ?> m -> "dict";
            case TorchSize s -> "Size";
            case Tensor t -> "Tensor";
            case Parameter p -> "Parameter";
            case NdArray a -> "numpy.ndarray";
            case NpScalar s -> s.type().numpyName();
            case Module m -> m.name();
            case Namespace n -> "module";
            case Callable c -> "builtin_function_or_method";
            default -> v.getClass().getSimpleName();
        };
    }

    static boolean truthy(Object v) {
        return switch (v) {
            case null -> false;
            case Boolean b -> b;
            case Long l -> l != 0;
            case Double d -> d != 0;
            case String s -> !s.isEmpty();
            case PyList l -> !l.items.isEmpty();
            case PyTuple t -> !t.items().isEmpty();
            case PyRange r -> r.length() > 0;
            case Map<?, ?> m -> !m.isEmpty();
            case NpScalar s -> s.value() != 0;
            case Tensor t -> {
                if (t.numel() != 1) {
                    throw PyError.runtime("Boolean value of Tensor with more than one value is ambiguous");
                }
                yield t.item() != 0;
            }
            default -> true;
        };
    }

    static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof NpScalar;
    }

    static long toLong(Object v, String where) {
        return switch (v) {
            case Long l -> l;
            case Boolean b -> b ? 1 : 0;
            case NpScalar s when s.type() == NpType.INT64 -> (long) s.value();
            case null, default -> throw PyError.type("'" + typeName(v) + "' object cannot be interpreted as an integer");
        };
    }

    static double toDouble(Object v, String where) {
        return switch (v) {
            case Long l -> l;
            case Double d -> d;
            case Boolean b -> b ? 1 : 0;
            case NpScalar s -> s.value();
            case null, default -> throw PyError.type(where + "(): expected a number, got '" + typeName(v) + "'");
        };
    }

    static boolean equal(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double || b instanceof Double || a instanceof NpScalar || b instanceof NpScalar) {
                return toDouble(a, "==") == toDouble(b, "==");
            }
            return toLong(a, "==") == toLong(b, "==");
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return equalItems(x.items, y.items);
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return equalItems(x.items(), y.items());
        }
        if (a instanceof TorchSize x && b instanceof TorchSize y) {
            return java.util.Arrays.equals(x.dims(), y.dims());
        }
        if (a instanceof TorchSize x && b instanceof PyTuple y) {
            return equalItems(sizeItems(x), y.items());
        }
        if (a instanceof PyTuple x && b instanceof TorchSize y) {
            return equalItems(x.items(), sizeItems(y));
        }
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof String || a instanceof PyRange || a instanceof Map) {
            return a.equals(b);
        }
        return a == b;
    }

    private static boolean equalItems(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static List<Object> sizeItems(TorchSize s) {
        List<Object> items = new ArrayList<>();
        for (int d : s.dims()) {
            items.add((long) d);
        }
        return items;
    }

    /** {@code iter(v)}; tensors and arrays iterate over their first dimension. */
    static Iterator<Object> iterate(Object v) {
        return switch (v) {
            case PyList l -> new Iterator<>() {
                int i;

                public boolean hasNext() {
                    return i < l.items.size();
                }

                public Object next() {
                    return l.items.get(i++);
                }
            };
            case PyTuple t -> t.items().iterator();
            case TorchSize s -> sizeItems(s).iterator();
            case PyIterator it -> it;
            case ReturnTypes r -> List.<Object>of(r.values(), r.indices()).iterator();
            case Map<?, ?> m -> new ArrayList<Object>(m.keySet()).iterator();
            case PyRange r -> new Iterator<>() {
                long i;

                public boolean hasNext() {
                    return i < r.length();
                }

                public Object next() {
                    return r.get(i++);
                }
            };
            case String s -> s.codePoints().mapToObj(c -> (Object) new String(Character.toChars(c))).iterator();
            case Tensor t -> {
                if (t.dim() == 0) {
                    throw PyError.type("iteration over a 0-d tensor");
                }
                List<Object> rows = new ArrayList<>();
                for (int i = 0; i < t.shape()[0]; i++) {
                    rows.add(t.select(0, i));
                }
                yield rows.iterator();
            }
            case NdArray a -> Numpy.rows(a).iterator();
            case null, default -> throw PyError.type("'" + typeName(v) + "' object is not iterable");
        };
    }

    /** More items than any lesson's code needs; a list this long would take the window's memory. */
    static final int MAX_ITEMS = 10_000_000;

    static List<Object> list(Object v) {
        List<Object> out = new ArrayList<>();
        Iterator<Object> it = iterate(v);
        while (it.hasNext()) {
            Interpreter.checkInterrupted();
            out.add(it.next());
            checkSize(out.size());
        }
        return out;
    }

    static void checkSize(long items) {
        if (items > MAX_ITEMS) {
            throw PyError.unsupported("a list, string or tensor of more than " + MAX_ITEMS + " items", null);
        }
    }

    static long len(Object v) {
        return switch (v) {
            case PyList l -> l.items.size();
            case PyTuple t -> t.items().size();
            case String s -> s.codePointCount(0, s.length());
            case PyRange r -> r.length();
            case Map<?, ?> m -> m.size();
            case TorchSize s -> s.dims().length;
            case ReturnTypes r -> 2;
            case Tensor t -> {
                if (t.dim() == 0) {
                    throw PyError.type("len() of a 0-d tensor");
                }
                yield t.shape()[0];
            }
            case NdArray a -> {
                yield a.shape()[0];
            }
            case null, default -> throw PyError.type("object of type '" + typeName(v) + "' has no len()");
        };
    }
}
