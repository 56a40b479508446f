package org.trainlab.spec.python;

import java.math.BigInteger;
import java.util.List;

/**
 * A Python expression, as Python's own {@code ast} module would describe it. A network file's parser
 * ({@link FileParser#parse}) makes only the forms a network definition needs (names, attributes, calls,
 * literals, + - * / @, tuples and lists); the console's ({@link FileParser#parseScript}) makes the others too
 * (comparisons, and/or/not, subscripts and slices, comprehensions, ...). Every node knows where it starts.
 */
public sealed interface Expr {
    Position position();

    /** A bare name: {@code ReLU}, {@code nn}, {@code x}. */
    record Name(String id, Position position) implements Expr {
    }

    /** {@code value.attr}: {@code nn.Linear}, {@code torch.nn}. */
    record Attribute(Expr value, String attr, Position position) implements Expr {
    }

    /** {@code func(args..., name=value...)}; positional arguments always come first. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Position position) implements Expr {
        public Call {
            args = List.copyOf(args);
            keywords = List.copyOf(keywords);
        }
    }

    /** {@code name=value} inside a call. */
    record Keyword(String name, Expr value, Position position) {
    }

    record IntLiteral(BigInteger value, Position position) implements Expr {
    }

    record FloatLiteral(double value, Position position) implements Expr {
    }

    record StringLiteral(String value, Position position) implements Expr {
    }

    /** {@code True} or {@code False}. */
    record BoolLiteral(boolean value, Position position) implements Expr {
    }

    record NoneLiteral(Position position) implements Expr {
    }

    /** {@code -x} or {@code +x}. */
    record Unary(char op, Expr operand, Position position) implements Expr {
    }

    /** {@code left op right} for op one of {@code + - * / @}; the position is the operator's. */
    record BinOp(Expr left, char op, Expr right, Position position) implements Expr {
    }

    /** {@code (a, b)} or {@code [a, b]}. */
    record Sequence(boolean list, List<Expr> items, Position position) implements Expr {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** {@code a < b}, {@code a == b != c}, {@code x in xs}, {@code x is not None}; ops as Python spells them. */
    record Compare(Expr left, List<String> ops, List<Expr> comparators, Position position) implements Expr {
        public Compare {
            ops = List.copyOf(ops);
            comparators = List.copyOf(comparators);
        }
    }

    /** {@code a and b and c} or {@code a or b}: op is "and" or "or". */
    record BoolOp(String op, List<Expr> values, Position position) implements Expr {
        public BoolOp {
            values = List.copyOf(values);
        }
    }

    record Not(Expr operand, Position position) implements Expr {
    }

    /** {@code base ** exponent}; the position is the operator's. */
    record Power(Expr base, Expr exponent, Position position) implements Expr {
    }

    /** {@code left // right}; the position is the operator's. */
    record FloorDiv(Expr left, Expr right, Position position) implements Expr {
    }

    /** {@code value[index]}; several indices are one tuple ({@link Sequence}), slices are {@link Slice}s. */
    record Subscript(Expr value, Expr index, Position position) implements Expr {
    }

    /** {@code lower:upper:step} inside a subscript; any part may be null. */
    record Slice(Expr lower, Expr upper, Expr step, Position position) implements Expr {
    }

    /** {@code body if test else orElse}. */
    record IfExp(Expr test, Expr body, Expr orElse, Position position) implements Expr {
    }

    /** {@code {key: value, ...}}. */
    record Dict(List<Expr> keys, List<Expr> values, Position position) implements Expr {
        public Dict {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }
    }

    /** {@code [element for ...]} (list) or {@code (element for ...)} (a generator expression). */
    record Comprehension(boolean list, Expr element, List<ForClause> clauses, Position position) implements Expr {
        public Comprehension {
            clauses = List.copyOf(clauses);
        }
    }

    /** {@code for target in iter if condition ...} inside a comprehension. */
    record ForClause(Expr target, Expr iter, List<Expr> conditions, Position position) {
        public ForClause {
            conditions = List.copyOf(conditions);
        }
    }

    /** An f-string: literal text ({@link StringLiteral}) and {@link FormattedValue}s in order. */
    record JoinedStr(List<Expr> values, Position position) implements Expr {
        public JoinedStr {
            values = List.copyOf(values);
        }
    }

    /** {@code {value!conversion:spec}} inside an f-string; conversion is 0, 's', 'r' or 'a'; spec may be empty. */
    record FormattedValue(Expr value, char conversion, String spec, Position position) implements Expr {
    }

    /** The dotted name of a {@link Name} or chain of {@link Attribute}s ({@code torch.nn.Linear}), else null. */
    static String dottedName(Expr e) {
        if (e instanceof Name n) {
            return n.id();
        }
        if (e instanceof Attribute a) {
            String prefix = dottedName(a.value());
            return prefix == null ? null : prefix + "." + a.attr();
        }
        return null;
    }
}
