package org.trainlab.console;

import org.trainlab.tensor.Tensor;

/** Python's operators on the console's values: numbers as Python computes them, tensors and arrays as torch and numpy do. */
final class Operators {
    private Operators() {
    }

    static Object unary(char op, Object v) {
        if (v instanceof Parameter p) {
            v = p.tensor();
        }
        switch (v) {
            case Tensor t -> {
                if (op == '-') {
                    return t.neg();
                }
                if (op == '+') {
                    return t;
                }
            }
            case NdArray a -> {
                if (op == '-') {
                    return Numpy.map(a, x -> -x, a.dtype());
                }
                if (op == '+') {
                    return a;
                }
            }
            case Boolean b -> {
                return unary(op, b ? 1L : 0L);
            }
            case Long l -> {
                return switch (op) {
                    case '-' -> Math.negateExact(l);
                    case '~' -> ~l;
                    default -> l;
                };
            }
            case Double d -> {
                if (op != '~') {
                    return op == '-' ? -d : d;
                }
            }
            case NpScalar s -> {
                if (op != '~') {
                    return new NpScalar(op == '-' ? -s.value() : s.value(), s.type());
                }
            }
            case null, default -> {
            }
        }
        throw PyError.type("bad operand type for unary " + op + ": '" + Values.typeName(v) + "'");
    }

    static Object binary(Object a, String op, Object b) {
        if (a instanceof Parameter p) {
            a = p.tensor();
        }
        if (b instanceof Parameter p) {
            b = p.tensor();
        }
        if (op.equals("%") && a instanceof String template) {
            return Formatting.percent(template, b);
        }
        if (a instanceof Tensor || b instanceof Tensor) {
            return TensorOps.binary(a, op, b);
        }
        if (a instanceof NdArray || b instanceof NdArray || a instanceof NpScalar || b instanceof NpScalar) {
            return Numpy.binary(a, op, b);
        }
        if (a instanceof Boolean x && Values.isNumber(b)) {
            a = x ? 1L : 0L;
        }
        if (b instanceof Boolean x && Values.isNumber(a)) {
            b = x ? 1L : 0L;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return integers(x, op, y);
        }
        if (Values.isNumber(a) && Values.isNumber(b)) {
            return floats(Values.toDouble(a, op), op, Values.toDouble(b, op));
        }
        if (op.equals("+")) {
            if (a instanceof String x && b instanceof String y) {
                return x + y;
            }
            if (a instanceof PyList x && b instanceof PyList y) {
                java.util.List<Object> items = new java.util.ArrayList<>(x.items);
                items.addAll(y.items);
                return new PyList(items);
            }
            if (a instanceof PyTuple x && b instanceof PyTuple y) {
                java.util.List<Object> items = new java.util.ArrayList<>(x.items());
                items.addAll(y.items());
                return new PyTuple(items);
            }
        }
        if (op.equals("*")) {
            if (b instanceof Long || b instanceof Boolean) {
                Object r = repeat(a, Values.toLong(b, op));
                if (r != null) {
                    return r;
                }
            }
            if (a instanceof Long || a instanceof Boolean) {
                Object r = repeat(b, Values.toLong(a, op));
                if (r != null) {
                    return r;
                }
            }
        }
        if (op.equals("+") && (a instanceof String || a instanceof PyList || a instanceof PyTuple)) {
            throw PyError.type("can only concatenate " + Values.typeName(a) + " (not \"" + Values.typeName(b)
                    + "\") to " + Values.typeName(a));
        }

        throw PyError.type("unsupported operand type(s) for " + op + ": '" + Values.typeName(a) + "' and '"
                + Values.typeName(b) + "'");
    }

    private static Object repeat(Object seq, long n) {
        if (seq instanceof String || seq instanceof PyList || seq instanceof PyTuple) {
            Values.checkSize(Math.multiplyHigh(n, Values.len(seq)) != 0 ? Long.MAX_VALUE : n * Values.len(seq));
        }
        java.util.List<Object> items;
        switch (seq) {
            case String s -> {
                return n <= 0 ? "" : s.repeat(Math.toIntExact(n));
            }
            case PyList l -> items = l.items;
            case PyTuple t -> items = t.items();
            case null, default -> {
                return null;
            }
        }
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (long i = 0; i < n; i++) {
            out.addAll(items);
        }
        return seq instanceof PyList ? new PyList(out) : new PyTuple(out);
    }

    private static Object integers(long x, String op, long y) {
        try {
            return switch (op) {
                case "+" -> Math.addExact(x, y);
                case "-" -> Math.subtractExact(x, y);
                case "*" -> Math.multiplyExact(x, y);
                case "/" -> {
                    if (y == 0) {
                        throw new PyError("ZeroDivisionError", "division by zero");
                    }
                    yield (double) x / y;
                }
                case "//" -> {
                    if (y == 0) {
                        throw new PyError("ZeroDivisionError", "integer division or modulo by zero");
                    }
                    yield Math.floorDiv(x, y);
                }
                case "%" -> {
                    if (y == 0) {
                        throw new PyError("ZeroDivisionError", "integer division or modulo by zero");
                    }
                    yield Math.floorMod(x, y);
                }
                case "**" -> {
                    if (y < 0) {
                        yield Math.pow(x, y);
                    }
                    long r = 1;
                    for (long i = 0; i < y; i++) {
                        r = Math.multiplyExact(r, x);
                    }
                    yield r;
                }
                default -> throw PyError.type("unsupported operand type(s) for " + op + ": 'int' and 'int'");
            };
        } catch (ArithmeticException e) {
            throw PyError.unsupported("an int beyond 64 bits", null);
        }
    }

    private static Object floats(double x, String op, double y) {
        return switch (op) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> {
                if (y == 0) {
                    throw new PyError("ZeroDivisionError", "float division by zero");
                }
                yield x / y;
            }
            case "//" -> {
                if (y == 0) {
                    throw new PyError("ZeroDivisionError", "float floor division by zero");
                }
                yield Math.floor(x / y);
            }
            case "%" -> {
                if (y == 0) {
                    throw new PyError("ZeroDivisionError", "float modulo");
                }
                double m = x % y;
                yield m != 0 && (m < 0) != (y < 0) ? m + y : m;
            }
            case "**" -> {
                if (x == 0 && y < 0) {
                    throw new PyError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                }
                if (x < 0 && y != Math.rint(y)) {
                    throw PyError.unsupported("complex numbers", null);
                }
                yield Math.pow(x, y);
            }
            default -> throw PyError.type("unsupported operand type(s) for " + op + ": 'float' and 'float'");
        };
    }

    /** {@code t op= v}: in place on the tensor as PyTorch does for += -= *= /=. */
    static Object inPlace(Tensor t, String op, Object v) {
        if (v instanceof Parameter p) {
            v = p.tensor();
        }
        switch (op) {
            case "+" -> {
                return v instanceof Tensor o ? t.add_(o) : t.add_(Tensor.scalar(Values.toDouble(v, op)));
            }
            case "-" -> {
                return v instanceof Tensor o ? t.sub_(o) : t.sub_(Tensor.scalar(Values.toDouble(v, op)));
            }
            case "*" -> {
                return v instanceof Tensor o ? t.mul_(o) : t.mul_(Values.toDouble(v, op));
            }
            case "/" -> {
                if (v instanceof Tensor) {
                    throw PyError.unsupported("'/=' of a tensor by a tensor (in place)", null);
                }
                return t.div_(Values.toDouble(v, op));
            }
            default -> throw PyError.unsupported("'" + op + "=' on a tensor (in place)", null);
        }
    }

    static Object compare(Object a, String op, Object b) {
        switch (op) {
            case "is" -> {
                return a == b || a instanceof Boolean && a.equals(b);
            }
            case "is not" -> {
                return !(a == b || a instanceof Boolean && a.equals(b));
            }
            case "in", "not in" -> {
                boolean found = false;
                if (b instanceof String s && a instanceof String x) {
                    found = s.contains(x);
                } else if (b instanceof java.util.Map<?, ?> m) {
                    found = m.containsKey(a);
                } else {
                    java.util.Iterator<Object> it = Values.iterate(b);
                    while (it.hasNext() && !found) {
                        found = Values.equal(a, it.next());
                    }
                }
                return op.equals("in") == found;
            }
            default -> {
            }
        }
        if ((a == null || b == null) && (op.equals("==") || op.equals("!="))) {
            return op.equals("==") == (a == b);
        }
        if (a instanceof Parameter || b instanceof Parameter || a instanceof Tensor || b instanceof Tensor
                || a instanceof NdArray || b instanceof NdArray) {
            throw PyError.unsupported("comparing tensors or arrays elementwise (" + op + ")", null);
        }
        if (op.equals("==")) {
            return Values.equal(a, b);
        }
        if (op.equals("!=")) {
            return !Values.equal(a, b);
        }
        int c;
        if (Values.isNumber(a) && Values.isNumber(b)) {
            c = Double.compare(Values.toDouble(a, op), Values.toDouble(b, op));
            if (Double.isNaN(Values.toDouble(a, op)) || Double.isNaN(Values.toDouble(b, op))) {
                return false;
            }
        } else if (a instanceof String x && b instanceof String y) {
            c = x.compareTo(y);
        } else {
            throw PyError.type("'" + op + "' not supported between instances of '" + Values.typeName(a) + "' and '"
                    + Values.typeName(b) + "'");
        }
        return switch (op) {
            case "<" -> c < 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            default -> c >= 0;
        };
    }
}
