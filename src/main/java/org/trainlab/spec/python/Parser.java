package org.trainlab.spec.python;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for Python expressions over {@link Tokenizer}'s tokens:
 *
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := factor (('*' | '/' | '@') factor)*
 * factor     := ('-' | '+') factor | postfix
 * postfix    := atom ( '.' NAME | '(' arguments ')' )*
 * atom       := NAME | INT | FLOAT | STRING | True | False | None | '(' [items] ')' | '[' [items] ']'
 * arguments  := [argument (',' argument)* [',']]      argument := NAME '=' expression | expression
 * </pre>
 *
 * Errors say where, what was expected there and what was found. Nesting is limited so hostile text cannot
 * exhaust the stack.
 */
public final class Parser {
    /** Deeper nesting than any real network; keeps recursion far from the thread's stack limit. */
    public static final int MAX_DEPTH = 100;
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    private final List<Token> tokens;
    private int next;
    private int depth;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses {@code source} as exactly one expression. */
    public static Expr parseExpression(String source) throws PythonSyntaxException {
        Parser p = new Parser(Tokenizer.tokenize(source));
        Expr e = p.expression();
        Token end = p.peek();
        if (end.kind() != Token.Kind.END) {
            throw new PythonSyntaxException(end.position(), "expected the end of the text after a complete "
                    + "expression, found " + end.describe());
        }
        return e;
    }

    /**
     * Parses {@code tokens} (one logical line's slice, from {@link Tokenizer#tokenize}) as exactly one expression;
     * {@code end} is where the slice ends, for messages.
     */
    public static Expr parseExpression(List<Token> tokens, Position end) throws PythonSyntaxException {
        List<Token> all = new ArrayList<>(tokens);
        all.add(new Token(Token.Kind.END, "", end));
        Parser p = new Parser(all);
        Expr e = p.expression();
        Token after = p.peek();
        if (after.kind() != Token.Kind.END) {
            throw new PythonSyntaxException(after.position(), "expected the end of the line after a complete "
                    + "expression, found " + after.describe());
        }
        return e;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token advance() {
        Token t = tokens.get(next);
        if (t.kind() != Token.Kind.END) {
            next++;
        }
        return t;
    }

    private Expr expression() throws PythonSyntaxException {
        Token t = peek();
        if (++depth > MAX_DEPTH) {
            throw new PythonSyntaxException(t.position(), "nesting deeper than " + MAX_DEPTH + " levels");
        }
        try {
            Expr e = term();
            int operators = 0;
            while (peek().isOp("+") || peek().isOp("-")) {
                Token op = advance();
                tooMany(++operators, op);
                e = new Expr.BinOp(e, op.text().charAt(0), term(), op.position());
            }
            return e;
        } finally {
            depth--;
        }
    }

    private Expr term() throws PythonSyntaxException {
        Expr e = factor();
        int operators = 0;
        while (peek().isOp("*") || peek().isOp("/") || peek().isOp("@")) {
            Token op = advance();
            tooMany(++operators, op);
            if (peek().isOp(op.text()) && !op.isOp("@")) {
                throw new PythonSyntaxException(op.position(), "the operator '" + op.text() + op.text()
                        + "' is not supported");
            }
            e = new Expr.BinOp(e, op.text().charAt(0), factor(), op.position());
        }
        return e;
    }

    /** A chain of operators nests its tree as deep as it is long; the same limit as brackets keeps it shallow. */
    private static void tooMany(int operators, Token op) throws PythonSyntaxException {
        if (operators > MAX_DEPTH) {
            throw new PythonSyntaxException(op.position(), "more than " + MAX_DEPTH + " operators in a row");
        }
    }

    private Expr factor() throws PythonSyntaxException {
        Token t = peek();
        if (t.isOp("-") || t.isOp("+")) {
            if (++depth > MAX_DEPTH) {
                throw new PythonSyntaxException(t.position(), "nesting deeper than " + MAX_DEPTH + " levels");
            }
            try {
                advance();
                return new Expr.Unary(t.text().charAt(0), factor(), t.position());
            } finally {
                depth--;
            }
        }
        return postfix();
    }

    private Expr postfix() throws PythonSyntaxException {
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.isOp(".")) {
                advance();
                Token name = advance();
                if (name.kind() != Token.Kind.NAME || KEYWORDS.contains(name.text())) {
                    throw new PythonSyntaxException(name.position(), "expected a name after '.', found "
                            + name.describe());
                }
                e = new Expr.Attribute(e, name.text(), e.position());
            } else if (t.isOp("(")) {
                advance();
                e = arguments(e);
            } else {
                return e;
            }
        }
    }

    private Expr.Call arguments(Expr func) throws PythonSyntaxException {
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        Set<String> names = new HashSet<>();
        while (!peek().isOp(")")) {
            Token start = peek();
            if (start.kind() == Token.Kind.NAME && tokens.get(next + 1).isOp("=")) {
                if (KEYWORDS.contains(start.text())) {
                    throw new PythonSyntaxException(start.position(), "expected an argument name, found "
                            + start.describe() + " (a Python keyword)");
                }
                advance();
                advance();
                if (!names.add(start.text())) {
                    throw new PythonSyntaxException(start.position(), "keyword argument repeated: " + start.text());
                }
                keywords.add(new Expr.Keyword(start.text(), expression(), start.position()));
            } else {
                Expr arg = expression();
                if (!keywords.isEmpty()) {
                    throw new PythonSyntaxException(arg.position(), "positional argument follows keyword argument");
                }
                args.add(arg);
            }
            Token after = peek();
            if (after.isOp(",")) {
                advance();
            } else if (!after.isOp(")")) {
                throw new PythonSyntaxException(after.position(), "expected ')' or ',' after argument, found "
                        + after.describe());
            }
        }
        advance();
        return new Expr.Call(func, args, keywords, func.position());
    }

    private Expr atom() throws PythonSyntaxException {
        Token t = advance();
        switch (t.kind()) {
            case NAME -> {
                return switch (t.text()) {
                    case "True" -> new Expr.BoolLiteral(true, t.position());
                    case "False" -> new Expr.BoolLiteral(false, t.position());
                    case "None" -> new Expr.NoneLiteral(t.position());
                    default -> {
                        if (KEYWORDS.contains(t.text())) {
                            throw new PythonSyntaxException(t.position(), "expected a value, found " + t.describe()
                                    + " (a Python keyword)");
                        }
                        yield new Expr.Name(t.text(), t.position());
                    }
                };
            }
            case INT -> {
                return new Expr.IntLiteral(new BigInteger(t.text().replace("_", "")), t.position());
            }
            case FLOAT -> {
                return new Expr.FloatLiteral(Double.parseDouble(t.text().replace("_", "")), t.position());
            }
            case STRING -> {
                return new Expr.StringLiteral(Tokenizer.decode(t.text(), t.position()), t.position());
            }
            case OP -> {
                if (t.isOp("(") || t.isOp("[")) {
                    return sequence(t);
                }
            }
            default -> {
            }
        }
        throw new PythonSyntaxException(t.position(), "expected a value (a call such as Linear(1, 10), a number, "
                + "a string, True, False or None), found " + t.describe());
    }

    /** {@code (x)} is x itself; {@code ()}, {@code (x,)} and {@code (x, y)} are tuples; brackets make lists. */
    private Expr sequence(Token open) throws PythonSyntaxException {
        boolean list = open.isOp("[");
        String close = list ? "]" : ")";
        List<Expr> items = new ArrayList<>();
        boolean comma = false;
        while (!peek().isOp(close)) {
            items.add(expression());
            Token after = peek();
            if (after.isOp(",")) {
                advance();
                comma = true;
            } else if (!after.isOp(close)) {
                throw new PythonSyntaxException(after.position(), "expected '" + close + "' or ',', found "
                        + after.describe());
            }
        }
        advance();
        if (!list && items.size() == 1 && !comma) {
            return items.get(0);
        }
        return new Expr.Sequence(list, items, open.position());
    }
}
