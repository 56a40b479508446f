package org.trainlab.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Python's builtins the console offers: print, len, range, sum, min, max, abs, round, enumerate, zip ... */
final class Builtins {
    private Builtins() {
    }

    static void install(Map<String, Object> globals, Interpreter.Output out) {
        put(globals, "print", a -> {
            a.accept(Integer.MAX_VALUE, "sep", "end", "flush");
            Object sep = a.get(-1, "sep", " ");
            Object end = a.get(-1, "end", "\n");
            if (sep != null && !(sep instanceof String)) {
                throw PyError.type("sep must be None or a string, not " + Values.typeName(sep));
            }
            if (end != null && !(end instanceof String)) {
                throw PyError.type("end must be None or a string, not " + Values.typeName(end));
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    b.append(sep == null ? " " : sep);
                }
                b.append(Values.str(a.positional().get(i)));
            }
            b.append(end == null ? "\n" : end);
            out.print(b.toString());
            return null;
        });
        put(globals, "len", a -> Values.len(a.accept(1).get(0, "obj")));
        put(globals, "range", a -> {
            a.accept(3);
            if (a.size() == 0) {
                throw PyError.type("range expected at least 1 argument, got 0");
            }
            long start = a.size() == 1 ? 0 : a.integer(0, null);
            long stop = a.size() == 1 ? a.integer(0, null) : a.integer(1, null);
            long step = a.integer(2, null, 1);
            if (step == 0) {
                throw PyError.value("range() arg 3 must not be zero");
            }
            return new PyRange(start, stop, step);
        });
        put(globals, "sum", a -> {
            a.accept(2, "start");
            Object total = a.get(1, "start", 0L);
            Iterator<Object> it = Values.iterate(a.get(0, "iterable"));
            while (it.hasNext()) {
                Interpreter.checkInterrupted();
                total = Operators.binary(total, "+", it.next());
            }
            return total;
        });
        put(globals, "min", a -> extreme(a, "min", -1));
        put(globals, "max", a -> extreme(a, "max", 1));
        put(globals, "abs", a -> {
            Object x = a.accept(1).get(0, "x");
            return switch (x) {
                case Long l -> Math.abs(l);
                case Double d -> Math.abs(d);
                case Boolean b -> b ? 1L : 0L;
                case NpScalar s -> new NpScalar(Math.abs(s.value()), s.type());
                case null, default -> {
                    if (x instanceof org.trainlab.tensor.Tensor || x instanceof Parameter) {
                        yield TensorOps.tensor(x, "abs").abs();
                    }
                    if (x instanceof NdArray n) {
                        yield Numpy.map(n, Math::abs, n.dtype());
                    }
                    throw PyError.type("bad operand type for abs(): '" + Values.typeName(x) + "'");
                }
            };
        });
        put(globals, "round", a -> {
            a.accept(2, "ndigits");
            Object x = a.get(0, "number");
            Object n = a.get(1, "ndigits", null);
            if (x instanceof Long) {
                return x;
            }
            double d = Values.toDouble(x, "round");
            if (x instanceof org.trainlab.tensor.Tensor) {
                throw PyError.unsupported("round() of a tensor", null);
            }
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (n == null) {
                    throw PyError.value("cannot convert float " + Values.repr(d) + " to integer");
                }
                return d;
            }
            if (n == null) {
                return new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            }
            long digits = Values.toLong(n, "round");
            return new BigDecimal(d).setScale((int) digits, RoundingMode.HALF_EVEN).doubleValue();
        });
        put(globals, "int", a -> {
            Object x = a.accept(1).get(0, "x", 0L);
            return switch (x) {
                case Long l -> l;
                case Boolean b -> b ? 1L : 0L;
                case Double d -> {
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        throw PyError.value("cannot convert float " + Values.repr(d) + " to integer");
                    }
                    yield (long) (double) d;
                }
                case String s -> {
                    try {
                        yield Long.parseLong(s.strip().replace("_", ""));
                    } catch (NumberFormatException e) {
                        throw PyError.value("invalid literal for int() with base 10: " + Values.repr(s));
                    }
                }
                case NpScalar s -> (long) s.value();
                case null, default -> {
                    if (x instanceof org.trainlab.tensor.Tensor t) {
                        Object v = TensorOps.item(t);
                        yield v instanceof Double d ? (long) (double) d : v;
                    }
                    throw PyError.type("int() argument must be a string, a bytes-like object or a real number, not '"
                            + Values.typeName(x) + "'");
                }
            };
        });
        put(globals, "float", a -> {
            Object x = a.accept(1).get(0, "x", 0.0);
            if (x instanceof String s) {
                String t = s.strip().toLowerCase(java.util.Locale.ROOT);
                switch (t) {
                    case "inf", "+inf", "infinity" -> {
                        return Double.POSITIVE_INFINITY;
                    }
                    case "-inf", "-infinity" -> {
                        return Double.NEGATIVE_INFINITY;
                    }
                    case "nan", "+nan", "-nan" -> {
                        return Double.NaN;
                    }
                    default -> {
                    }
                }
                if (!t.matches("[+-]?([0-9_]+\\.?[0-9_]*|\\.[0-9_]+)(e[+-]?[0-9_]+)?")) {
                    throw PyError.value("could not convert string to float: " + Values.repr(s));
                }
                return Double.parseDouble(t.replace("_", ""));
            }
            if (x instanceof org.trainlab.tensor.Tensor t) {
                return Values.toDouble(TensorOps.item(t), "float");
            }
            return Values.toDouble(x, "float");
        });
        put(globals, "str", a -> Values.str(a.accept(1).get(0, "object", "")));
        put(globals, "repr", a -> Values.repr(a.accept(1).get(0, "obj")));
        put(globals, "bool", a -> Values.truthy(a.accept(1).get(0, "x", false)));
        put(globals, "list", a -> new PyList(a.accept(1).has(0, null) ? Values.list(a.get(0, null)) : List.of()));
        put(globals, "tuple", a -> new PyTuple(a.accept(1).has(0, null) ? Values.list(a.get(0, null)) : List.of()));
        put(globals, "dict", a -> {
            a.accept(0);
            return new java.util.LinkedHashMap<Object, Object>();
        });
        put(globals, "enumerate", a -> {
            a.accept(2, "start");
            long start = a.integer(1, "start", 0);
            List<Object> out2 = new ArrayList<>();
            for (Object o : Values.list(a.get(0, "iterable"))) {
                out2.add(PyTuple.of(start++, o));
            }
            return new PyIterator(out2);
        });
        put(globals, "zip", a -> {
            a.accept(Integer.MAX_VALUE);
            List<List<Object>> lists = new ArrayList<>();
            int n = Integer.MAX_VALUE;
            for (Object o : a.positional()) {
                List<Object> l = Values.list(o);
                lists.add(l);
                n = Math.min(n, l.size());
            }
            List<Object> out2 = new ArrayList<>();
            for (int i = 0; i < (lists.isEmpty() ? 0 : n); i++) {
                List<Object> row = new ArrayList<>();
                for (List<Object> l : lists) {
                    row.add(l.get(i));
                }
                out2.add(new PyTuple(row));
            }
            return new PyIterator(out2);
        });
        put(globals, "sorted", a -> {
            a.accept(1, "reverse");
            List<Object> items = Values.list(a.get(0, "iterable"));
            items.sort((x, y) -> Values.truthy(Operators.compare(x, "<", y)) ? -1
                    : Values.truthy(Operators.compare(y, "<", x)) ? 1 : 0);
            if (a.bool(-1, "reverse", false)) {
                java.util.Collections.reverse(items);
            }
            return new PyList(items);
        });
        put(globals, "reversed", a -> {
            List<Object> items = Values.list(a.accept(1).get(0, "sequence"));
            java.util.Collections.reverse(items);
            return new PyIterator(items);
        });
        put(globals, "isinstance", a -> {
            throw PyError.unsupported("isinstance()", null);
        });
        for (String name : List.of("open", "exec", "eval", "compile", "input", "__import__", "globals", "locals",
                "vars", "getattr", "setattr", "delattr", "breakpoint", "help", "exit", "quit", "type", "id", "hash",
                "iter", "next", "map", "filter", "any", "all", "divmod", "pow", "format", "hex", "oct", "bin", "chr",
                "ord", "set", "frozenset", "bytes", "bytearray", "object", "super", "property", "callable", "dir")) {
            if (!globals.containsKey(name)) {
                globals.put(name, new Named("<built-in function " + name + ">", a -> {
                    throw PyError.unsupported(name + "()", null);
                }));
            }
        }
    }

    private static void put(Map<String, Object> globals, String name, Callable f) {
        globals.put(name, new Named("<built-in function " + name + ">", f));
    }

    private static Object extreme(Args a, String name, int sign) {
        a.accept(Integer.MAX_VALUE);
        List<Object> items = a.size() == 1 ? Values.list(a.get(0, null)) : a.positional();
        if (items.isEmpty()) {
            throw PyError.value(name + "() arg is an empty sequence");
        }
        Object best = items.get(0);
        for (Object o : items.subList(1, items.size())) {
            if (Values.truthy(Operators.compare(o, sign > 0 ? ">" : "<", best))) {
                best = o;
            }
        }
        return best;
    }
}
