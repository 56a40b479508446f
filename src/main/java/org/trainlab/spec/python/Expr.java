package org.trainlab.spec.python;

import java.math.BigInteger;
import java.util.List;

/**
 * A Python expression, as Python's own {@code ast} module would describe it (only the forms a network
 * definition needs so far). Every node knows where it starts.
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
