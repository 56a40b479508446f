package org.trainlab.app.lesson.autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The expression the learner types over the leaves x, w and b, in PyTorch's own syntax so the program can
 * use it as it is:
 *
 * <pre>
 * sum     := product (('+' | '-') product)*
 * product := unary (('*' | '/' | '@') unary)*
 * unary   := '-' unary | power
 * power   := postfix ['**' unary]                       (right to left, as Python: -x**2 is -(x**2))
 * postfix := atom ('.' METHOD '(' ')')*
 * atom    := NUMBER | x | w | b | 'torch.' FUNCTION '(' sum ')' | '(' sum ')'
 * </pre>
 *
 * FUNCTION and METHOD are mean, sum, relu, sigmoid, tanh, exp, log, sin, cos, abs, sqrt; METHOD also detach.
 * A problem says what is wrong and at which character (a message key with its arguments, the column last).
 */
public final class Formula {
    public static final List<String> LEAVES = List.of("x", "w", "b");
    public static final List<String> FUNCTIONS = List.of("mean", "sum", "relu", "sigmoid", "tanh", "exp", "log",
            "sin", "cos", "abs", "sqrt");
    /** Longer texts are refused: the graph must fit on screen. */
    public static final int MAX_LENGTH = 200;
    /** At most this many operations (the boxes of the graph). */
    public static final int MAX_OPERATIONS = 24;

    /** A part of the expression; {@code column} is where it starts (1-based). */
    public sealed interface Term {
        int column();
    }

    public record Leaf(String name, int column) implements Term {
    }

    /** A number; {@code text} as typed. */
    public record Number(double value, String text, int column) implements Term {
    }

    /** {@code -operand}. */
    public record Negative(Term operand, int column) implements Term {
    }

    /** {@code left op right}, op one of + - * / ** @; the column is the operator's. */
    public record Binary(String op, Term left, Term right, int column) implements Term {
    }

    /** {@code torch.f(argument)} or {@code argument.f()}. */
    public record Call(String function, Term argument, boolean method, int column) implements Term {
    }

    /** What is wrong, as a message key and its arguments (the last is the 1-based column). */
    public record Problem(String key, Object... args) {
        public int column() {
            return (Integer) args[args.length - 1];
        }
    }

    /** The expression, or the problem with it. */
    public record Parsed(Term term, Problem problem) {
        public boolean ok() {
            return term != null;
        }
    }

    private record Token(String kind, String text, int column) {
        boolean is(String s) {
            return !kind.equals("number") && text.equals(s);
        }
    }

    private static final Set<String> OPERATORS = Set.of("**", "+", "-", "*", "/", "@", "(", ")", ".", ",");

    private final List<Token> tokens;
    private int next;
    private int operations;
    private int depth;

    private Formula(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Reads a typed expression. */
    public static Parsed parse(String text) {
        try {
            if (text.length() > MAX_LENGTH) {
                throw new Bad(new Problem("autograd.expr.tooLong", text.length(), MAX_LENGTH, MAX_LENGTH + 1));
            }
            Formula f = new Formula(tokenize(text));
            if (f.peek().kind.equals("end")) {
                throw new Bad(new Problem("autograd.expr.empty", 1));
            }
            Term t = f.sum();
            Token end = f.peek();
            if (!end.kind.equals("end")) {
                throw new Bad(new Problem("autograd.expr.extra", end.text, end.column));
            }
            if (!usesTensor(t)) {
                throw new Bad(new Problem("autograd.expr.noTensor", 1));
            }
            return new Parsed(t, null);
        } catch (Bad e) {
            return new Parsed(null, e.problem);
        }
    }

    /** Whether the term reads a leaf (a term of numbers alone is no tensor). */
    static boolean usesTensor(Term t) {
        return switch (t) {
            case Leaf l -> true;
            case Number n -> false;
            case Negative n -> usesTensor(n.operand());
            case Binary b -> usesTensor(b.left()) || usesTensor(b.right());
            case Call c -> usesTensor(c.argument());
        };
    }

    /** The leaves the term reads, in reading order, each once. */
    public static List<String> leaves(Term t) {
        List<String> out = new ArrayList<>();
        collect(t, out);
        return out;
    }

    private static void collect(Term t, List<String> out) {
        switch (t) {
            case Leaf l -> {
                if (!out.contains(l.name())) {
                    out.add(l.name());
                }
            }
            case Number n -> {
            }
            case Negative n -> collect(n.operand(), out);
            case Binary b -> {
                collect(b.left(), out);
                collect(b.right(), out);
            }
            case Call c -> collect(c.argument(), out);
        }
    }

    /** Every place a leaf is read, for rewriting the text ({@code w} into {@code w.detach()}). */
    public static List<Leaf> occurrences(Term t, String name) {
        List<Leaf> out = new ArrayList<>();
        occurrences(t, name, out);
        return out;
    }

    private static void occurrences(Term t, String name, List<Leaf> out) {
        switch (t) {
            case Leaf l -> {
                if (l.name().equals(name)) {
                    out.add(l);
                }
            }
            case Number n -> {
            }
            case Negative n -> occurrences(n.operand(), name, out);
            case Binary b -> {
                occurrences(b.left(), name, out);
                occurrences(b.right(), name, out);
            }
            case Call c -> occurrences(c.argument(), name, out);
        }
    }

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int start = i;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                    int e = i + 1;
                    if (e < text.length() && (text.charAt(e) == '+' || text.charAt(e) == '-')) {
                        e++;
                    }
                    if (e < text.length() && Character.isDigit(text.charAt(e))) {
                        i = e;
                        while (i < text.length() && Character.isDigit(text.charAt(i))) {
                            i++;
                        }
                    }
                }
                String number = text.substring(start, i);
                if (!number.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
                    throw new Bad(new Problem("autograd.expr.badNumber", number, column));
                }
                out.add(new Token("number", number, column));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token("name", text.substring(start, i), column));
            } else {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                if (two.equals("**")) {
                    out.add(new Token("op", two, column));
                    i += 2;
                } else if (OPERATORS.contains(String.valueOf(c))) {
                    out.add(new Token("op", String.valueOf(c), column));
                    i++;
                } else {
                    throw new Bad(new Problem("autograd.expr.character", String.valueOf(c), column));
                }
            }
        }
        out.add(new Token("end", "", text.length() + 1));
        return out;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token advance() {
        Token t = tokens.get(next);
        if (!t.kind.equals("end")) {
            next++;
        }
        return t;
    }

    private void expect(String op) {
        Token t = peek();
        if (!t.is(op) || !t.kind.equals("op")) {
            throw new Bad(t.kind.equals("end") ? new Problem("autograd.expr.endExpected", op, t.column)
                    : new Problem("autograd.expr.expected", op, t.text, t.column));
        }
        advance();
    }

    private void count(Token at) {
        if (++operations > MAX_OPERATIONS) {
            throw new Bad(new Problem("autograd.expr.tooMany", MAX_OPERATIONS, at.column));
        }
    }

    private Term sum() {
        if (++depth > MAX_OPERATIONS) {
            throw new Bad(new Problem("autograd.expr.tooMany", MAX_OPERATIONS, peek().column));
        }
        try {
            Term t = product();
            while (peek().kind.equals("op") && (peek().is("+") || peek().is("-"))) {
                Token op = advance();
                count(op);
                t = new Binary(op.text, t, product(), op.column);
            }
            return t;
        } finally {
            depth--;
        }
    }

    private Term product() {
        Term t = unary();
        while (peek().kind.equals("op") && (peek().is("*") || peek().is("/") || peek().is("@"))) {
            Token op = advance();
            count(op);
            t = new Binary(op.text, t, unary(), op.column);
        }
        return t;
    }

    private Term unary() {
        Token t = peek();
        if (t.kind.equals("op") && t.is("-")) {
            advance();
            count(t);
            return new Negative(unary(), t.column);
        }
        if (t.kind.equals("op") && t.is("+")) {
            advance();
            return unary();
        }
        return power();
    }

    private Term power() {
        Term base = postfix();
        Token t = peek();
        if (t.kind.equals("op") && t.is("**")) {
            advance();
            count(t);
            return new Binary("**", base, unary(), t.column);
        }
        return base;
    }

    private Term postfix() {
        Term t = atom();
        while (peek().kind.equals("op") && peek().is(".")) {
            advance();
            Token name = advance();
            if (!name.kind.equals("name")) {
                throw new Bad(new Problem("autograd.expr.methodExpected", name.text, name.column));
            }
            if (!FUNCTIONS.contains(name.text) && !name.text.equals("detach")) {
                throw new Bad(new Problem("autograd.expr.unknownMethod", name.text, name.column));
            }
            expect("(");
            expect(")");
            count(name);
            t = new Call(name.text, t, true, name.column);
        }
        return t;
    }

    private Term atom() {
        Token t = advance();
        switch (t.kind) {
            case "number" -> {
                return new Number(Double.parseDouble(t.text), t.text, t.column);
            }
            case "name" -> {
                if (LEAVES.contains(t.text)) {
                    return new Leaf(t.text, t.column);
                }
                if (t.text.equals("torch") && peek().is(".")) {
                    advance();
                    Token name = advance();
                    if (!name.kind.equals("name") || !FUNCTIONS.contains(name.text)) {
                        throw new Bad(new Problem("autograd.expr.unknownFunction", name.text, name.column));
                    }
                    expect("(");
                    Term argument = sum();
                    expect(")");
                    count(name);
                    return new Call(name.text, argument, false, t.column);
                }
                if (FUNCTIONS.contains(t.text)) {
                    throw new Bad(new Problem("autograd.expr.needsTorch", t.text, t.column));
                }
                throw new Bad(new Problem("autograd.expr.unknownName", t.text, t.column));
            }
            case "op" -> {
                if (t.is("(")) {
                    Term inner = sum();
                    expect(")");
                    return inner;
                }
                throw new Bad(new Problem("autograd.expr.valueExpected", t.text, t.column));
            }
            default -> throw new Bad(new Problem("autograd.expr.endTooSoon", t.column));
        }
    }

    private static final class Bad extends RuntimeException {
        private final Problem problem;

        Bad(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
