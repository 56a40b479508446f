package org.trainlab.spec.python;

import java.util.List;

/**
 * A Python statement, as Python's {@code ast} module names it, for the forms a network file needs: imports,
 * classes, functions, assignments, expression statements, {@code return} and {@code pass}; and for the
 * console's scripts also {@code for}, {@code while}, {@code if}, {@code with}, augmented assignment,
 * {@code break} and {@code continue}. Every node knows where it starts.
 */
public sealed interface Statement {
    Position position();

    /** {@code import torch.nn as nn}: each module with its alias (null without {@code as}). */
    record Import(List<Alias> names, Position position) implements Statement {
        public Import {
            names = List.copyOf(names);
        }
    }

    /** {@code from torch import nn as n}. */
    record ImportFrom(String module, List<Alias> names, Position position) implements Statement {
        public ImportFrom {
            names = List.copyOf(names);
        }
    }

    /** A dotted name and its alias, or null for none. */
    record Alias(String name, String asName, Position position) {
    }

    /** {@code class Name(bases): body}. */
    record ClassDef(String name, List<Expr> bases, List<Statement> body, Position position) implements Statement {
        public ClassDef {
            bases = List.copyOf(bases);
            body = List.copyOf(body);
        }
    }

    /** {@code def name(params): body}. */
    record FunctionDef(String name, List<Param> params, List<Statement> body, Position position)
            implements Statement {
        public FunctionDef {
            params = List.copyOf(params);
            body = List.copyOf(body);
        }
    }

    /** A parameter and its default value (null when it has none). */
    record Param(String name, Expr defaultValue, Position position) {
    }

    /**
     * {@code target = value}; the target is a {@link Expr.Name} or an {@link Expr.Attribute} (in a script also a
     * {@link Expr.Subscript} or a tuple or list of targets).
     */
    record Assign(Expr target, Expr value, Position position) implements Statement {
    }

    /** An expression on its own line: a call such as {@code super().__init__()}, or a docstring. */
    record ExprStatement(Expr value, Position position) implements Statement {
    }

    /** {@code return value}; value is null for a bare {@code return}. */
    record Return(Expr value, Position position) implements Statement {
    }

    record Pass(Position position) implements Statement {
    }

    /** {@code target op= value}, op one of {@code + - * / // % ** @}. */
    record AugAssign(Expr target, String op, Expr value, Position position) implements Statement {
    }

    /** {@code for target in iter: body}. */
    record For(Expr target, Expr iter, List<Statement> body, Position position) implements Statement {
        public For {
            body = List.copyOf(body);
        }
    }

    record While(Expr test, List<Statement> body, Position position) implements Statement {
        public While {
            body = List.copyOf(body);
        }
    }

    /** {@code if test: body else: orElse} ({@code elif} is an {@code If} alone in orElse, as in Python's ast). */
    record If(Expr test, List<Statement> body, List<Statement> orElse, Position position) implements Statement {
        public If {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }
    }

    /** {@code with context as target: body}; target is null without {@code as}. */
    record With(Expr context, Expr target, List<Statement> body, Position position) implements Statement {
        public With {
            body = List.copyOf(body);
        }
    }

    record Break(Position position) implements Statement {
    }

    record Continue(Position position) implements Statement {
    }
}
