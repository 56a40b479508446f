package org.trainlab.spec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.trainlab.spec.python.Expr;
import org.trainlab.spec.python.Position;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * The Python values a network file computes with while it is read, and in {@code forward}: int ({@link Long}),
 * float ({@link Double}), bool, str, None (null), tuples and lists ({@link List}), and tensors.
 */
final class PyValue {
    private PyValue() {
    }

    /** Python's {@code type(v).__name__}. */
    static String typeName(Object v) {
        return switch (v) {
            case null -> "NoneType";
            case Long l -> "int";
            case Double d -> "float";
            case Boolean b -> "bool";
            case String s -> "str";
            case List<?> l -> "tuple";
            case Tensor t -> "Tensor";
            default -> v.getClass().getSimpleName();
        };
    }

    /** Python's {@code repr(v)} for the plain values. */
    static String repr(Object v) {
        return switch (v) {
            case null -> "None";
            case Boolean b -> PythonRepr.bool(b);
            case Double d -> PythonRepr.number(d);
            case String s -> PythonRepr.string(s);
            case List<?> items -> {
                List<String> parts = new ArrayList<>();
                for (Object o : items) {
                    parts.add(repr(o));
                }
                yield "(" + String.join(", ", parts) + (items.size() == 1 ? ",)" : ")");
            }
            case Tensor t -> "tensor of shape " + java.util.Arrays.toString(t.shape());
            default -> v.toString();
        };
    }

    /** The literal expression of a plain value, placed at {@code at}; null for a value no literal spells. */
    static Expr literal(Object v, Position at) {
        return switch (v) {
            case null -> new Expr.NoneLiteral(at);
            case Long l -> l < 0 ? new Expr.Unary('-', new Expr.IntLiteral(BigInteger.valueOf(l).negate(), at), at)
                    : new Expr.IntLiteral(BigInteger.valueOf(l), at);
            case Double d -> d < 0 || d == 0 && 1 / d < 0 ? new Expr.Unary('-', new Expr.FloatLiteral(-d, at), at)
                    : new Expr.FloatLiteral(d, at);
            case Boolean b -> new Expr.BoolLiteral(b, at);
            case String s -> new Expr.StringLiteral(s, at);
            case List<?> items -> {
                List<Expr> parts = new ArrayList<>();
                for (Object o : items) {
                    Expr e = literal(o, at);
                    if (e == null) {
                        yield null;
                    }
                    parts.add(e);
                }
                yield new Expr.Sequence(false, parts, at);
            }
            default -> null;
        };
    }

    /** Python arithmetic on two plain numbers, or null when either is not a number. */
    static Object arithmetic(Object a, char op, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            return null;
        }
        if (a instanceof Long x && b instanceof Long y && op != '/') {
            try {
                return switch (op) {
                    case '+' -> Math.addExact(x, y);
                    case '-' -> Math.subtractExact(x, y);
                    case '*' -> Math.multiplyExact(x, y);
                    default -> null;
                };
            } catch (ArithmeticException e) {
                throw new ArithmeticException("integer overflow in " + x + " " + op + " " + y);
            }
        }
        double x = toDouble(a);
        double y = toDouble(b);
        return switch (op) {
            case '+' -> x + y;
            case '-' -> x - y;
            case '*' -> x * y;
            case '/' -> {
                if (y == 0) {
                    throw new ArithmeticException("division by zero");
                }
                yield x / y;
            }
            default -> null;
        };
    }

    static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof Boolean;
    }

    static double toDouble(Object v) {
        return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
    }
}
