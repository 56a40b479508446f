package org.trainlab.spec.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses a Python file into {@link Statement}s: the statements of a network file ({@code import}, {@code from
 * ... import}, {@code class}, {@code def}, assignments, expression statements, {@code return}, {@code pass}).
 * Logical lines and indentation are found from {@link Tokenizer}'s tokens (a line break outside brackets ends a
 * line; the column of a line's first token is its indentation); expressions are {@link Parser}'s. Any other
 * statement is refused with its place and name.
 */
public final class FileParser {
    private static final Set<String> UNSUPPORTED = Set.of("if", "elif", "else", "for", "while", "try", "except",
            "finally", "with", "del", "global", "nonlocal", "assert", "raise", "lambda", "yield", "async", "await",
            "break", "continue");

    /** One logical line: its tokens (no END) and its indentation (the first token's column). */
    private record Line(List<Token> tokens, int indent) {
        Token first() {
            return tokens.get(0);
        }

        Token last() {
            return tokens.get(tokens.size() - 1);
        }

        /** Where the line ends (just after its last token), for messages about a missing part. */
        Position end() {
            Token t = last();
            return new Position(t.position().line(), t.position().column() + t.text().length());
        }
    }

    private final List<Line> lines;
    private int next;

    private FileParser(List<Line> lines) {
        this.lines = lines;
    }

    /** The file's top-level statements. */
    public static List<Statement> parse(String source) throws PythonSyntaxException {
        FileParser p = new FileParser(lines(Tokenizer.tokenize(source)));
        List<Statement> body = new ArrayList<>();
        while (p.next < p.lines.size()) {
            Line l = p.lines.get(p.next);
            if (l.indent() != 1) {
                throw new PythonSyntaxException(l.first().position(), "unexpected indent");
            }
            body.add(p.statement());
        }
        return body;
    }

    private static List<Line> lines(List<Token> tokens) throws PythonSyntaxException {
        List<Line> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        List<Token> open = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.END) {
                if (!open.isEmpty()) {
                    Token o = open.get(open.size() - 1);
                    throw new PythonSyntaxException(o.position(), "'" + o.text() + "' was never closed");
                }
                break;
            }
            if (open.isEmpty() && !current.isEmpty()
                    && t.position().line() > current.get(current.size() - 1).position().line()) {
                out.add(new Line(current, current.get(0).position().column()));
                current = new ArrayList<>();
            }
            if (t.isOp(";") && open.isEmpty()) {
                throw new PythonSyntaxException(t.position(), "';' between statements is not supported: put each "
                        + "statement on its own line");
            }
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                open.add(t);
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                String expected = open.isEmpty() ? null : switch (open.get(open.size() - 1).text()) {
                    case "(" -> ")";
                    case "[" -> "]";
                    default -> "}";
                };
                if (!t.text().equals(expected)) {
                    throw new PythonSyntaxException(t.position(), expected == null ? "unmatched '" + t.text() + "'"
                            : "closing parenthesis '" + t.text() + "' does not match opening parenthesis '"
                                    + open.get(open.size() - 1).text() + "'");
                }
                open.remove(open.size() - 1);
            }
            current.add(t);
        }
        if (!current.isEmpty()) {
            out.add(new Line(current, current.get(0).position().column()));
        }
        return out;
    }

    private Statement statement() throws PythonSyntaxException {
        Line line = lines.get(next++);
        Token first = line.first();
        if (first.kind() == Token.Kind.NAME) {
            switch (first.text()) {
                case "import" -> {
                    return importStatement(line);
                }
                case "from" -> {
                    return fromImport(line);
                }
                case "class" -> {
                    return classDef(line);
                }
                case "def" -> {
                    return functionDef(line);
                }
                case "return" -> {
                    List<Token> rest = line.tokens().subList(1, line.tokens().size());
                    return new Statement.Return(rest.isEmpty() ? null : Parser.parseExpression(rest, line.end()),
                            first.position());
                }
                case "pass" -> {
                    expectEnd(line, 1);
                    return new Statement.Pass(first.position());
                }
                default -> {
                    if (UNSUPPORTED.contains(first.text())) {
                        throw new PythonSyntaxException(first.position(), "'" + first.text() + "' statements are "
                                + "not supported in a network file (it is read, never run)");
                    }
                }
            }
        }
        return simpleStatement(line);
    }

    /** An assignment or an expression. */
    private Statement simpleStatement(Line line) throws PythonSyntaxException {
        List<Token> tokens = line.tokens();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
            } else if (depth == 0 && t.isOp("=")) {
                Token before = i > 0 ? tokens.get(i - 1) : null;
                Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                if (after != null && after.isOp("=") || before != null && (before.isOp("!") || before.isOp("<")
                        || before.isOp(">"))) {
                    throw new PythonSyntaxException(t.position(), "comparisons are not supported in a network file");
                }
                if (before != null && before.kind() == Token.Kind.OP && "+-*/%@&|^".contains(before.text())) {
                    throw new PythonSyntaxException(before.position(), "augmented assignment '" + before.text()
                            + "=' is not supported: write x = x " + before.text() + " ...");
                }
                if (i == 0) {
                    throw new PythonSyntaxException(t.position(), "expected a name before '='");
                }
                Expr target = Parser.parseExpression(tokens.subList(0, i), t.position());
                if (!(target instanceof Expr.Name) && !(target instanceof Expr.Attribute)) {
                    throw new PythonSyntaxException(target.position(), "cannot assign to this expression: only to "
                            + "a name (x = ...) or an attribute (self.hidden = ...)");
                }
                if (i + 1 == tokens.size()) {
                    throw new PythonSyntaxException(line.end(), "expected a value after '='");
                }
                for (int j = i + 1; j < tokens.size(); j++) {
                    if (tokens.get(j).isOp("=") && !hasOpenBracket(tokens, i + 1, j)) {
                        throw new PythonSyntaxException(tokens.get(j).position(), "chained assignment (a = b = ...) "
                                + "is not supported");
                    }
                }
                return new Statement.Assign(target, Parser.parseExpression(tokens.subList(i + 1, tokens.size()),
                        line.end()), target.position());
            } else if (depth == 0 && t.isOp(":")) {
                throw new PythonSyntaxException(t.position(), "unexpected ':' (annotations and slices are not "
                        + "supported in a network file)");
            }
        }
        Expr e = Parser.parseExpression(tokens, line.end());
        return new Statement.ExprStatement(e, e.position());
    }

    private static boolean hasOpenBracket(List<Token> tokens, int from, int to) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
            }
        }
        return depth > 0;
    }

    private Statement importStatement(Line line) throws PythonSyntaxException {
        Cursor c = new Cursor(line, 1);
        List<Statement.Alias> names = new ArrayList<>();
        do {
            names.add(alias(c, true));
        } while (c.takeOp(","));
        c.expectEnd();
        return new Statement.Import(names, line.first().position());
    }

    private Statement fromImport(Line line) throws PythonSyntaxException {
        Cursor c = new Cursor(line, 1);
        String module = c.dotted();
        c.expectName("import");
        List<Statement.Alias> names = new ArrayList<>();
        boolean parens = c.takeOp("(");
        do {
            if (c.peekOp("*")) {
                throw new PythonSyntaxException(c.peek().position(), "'from ... import *' is not supported: name "
                        + "what you import");
            }
            names.add(alias(c, false));
        } while (c.takeOp(",") && !(parens && c.peekOp(")")));
        if (parens) {
            c.expectOp(")");
        }
        c.expectEnd();
        return new Statement.ImportFrom(module, names, line.first().position());
    }

    private static Statement.Alias alias(Cursor c, boolean dotted) throws PythonSyntaxException {
        Position at = c.peek() == null ? c.line.end() : c.peek().position();
        String name = dotted ? c.dotted() : c.name();
        String as = null;
        if (c.peekName("as")) {
            c.take();
            as = c.name();
        }
        return new Statement.Alias(name, as, at);
    }

    private Statement classDef(Line line) throws PythonSyntaxException {
        Cursor c = new Cursor(line, 1);
        String name = c.name();
        List<Expr> bases = new ArrayList<>();
        if (c.peekOp("(")) {
            int close = c.matching();
            Expr e = Parser.parseExpression(line.tokens().subList(c.at, close + 1), line.end());
            c.at = close + 1;
            if (e instanceof Expr.Sequence s && !s.list()) {
                bases.addAll(s.items());
            } else {
                bases.add(e);
            }
        }
        c.expectOp(":");
        c.expectEnd();
        return new Statement.ClassDef(name, bases, block(line), line.first().position());
    }

    private Statement functionDef(Line line) throws PythonSyntaxException {
        Cursor c = new Cursor(line, 1);
        String name = c.name();
        c.expectOp("(");
        List<Statement.Param> params = new ArrayList<>();
        while (!c.peekOp(")")) {
            if (c.peekOp("*") || c.peekOp("/")) {
                throw new PythonSyntaxException(c.peek().position(), "'" + c.peek().text() + "' in a parameter list "
                        + "is not supported in a network file");
            }
            Position at = c.peek() == null ? line.end() : c.peek().position();
            String param = c.name();
            Expr defaultValue = null;
            if (c.takeOp(":")) {
                throw new PythonSyntaxException(at, "annotations are not supported in a network file");
            }
            if (c.takeOp("=")) {
                int end = c.argumentEnd();
                defaultValue = Parser.parseExpression(line.tokens().subList(c.at, end), line.end());
                c.at = end;
            } else if (params.stream().anyMatch(p -> p.defaultValue() != null)) {
                throw new PythonSyntaxException(at, "parameter without a default follows parameter with a default");
            }
            for (Statement.Param p : params) {
                if (p.name().equals(param)) {
                    throw new PythonSyntaxException(at, "duplicate argument '" + param + "' in function definition");
                }
            }
            params.add(new Statement.Param(param, defaultValue, at));
            if (!c.takeOp(",")) {
                break;
            }
        }
        c.expectOp(")");
        if (c.peekOp("-")) {
            throw new PythonSyntaxException(c.peek().position(), "return annotations are not supported in a network "
                    + "file");
        }
        c.expectOp(":");
        c.expectEnd();
        return new Statement.FunctionDef(name, params, block(line), line.first().position());
    }

    /** The indented statements after a header line. */
    private List<Statement> block(Line header) throws PythonSyntaxException {
        if (next >= lines.size() || lines.get(next).indent() <= header.indent()) {
            Position at = next < lines.size() ? lines.get(next).first().position() : header.end();
            throw new PythonSyntaxException(at, "expected an indented block after '" + header.first().text()
                    + "' statement on line " + header.first().position().line());
        }
        int indent = lines.get(next).indent();
        List<Statement> body = new ArrayList<>();
        while (next < lines.size() && lines.get(next).indent() > header.indent()) {
            Line l = lines.get(next);
            if (l.indent() != indent) {
                throw new PythonSyntaxException(l.first().position(), l.indent() > indent ? "unexpected indent"
                        : "unindent does not match any outer indentation level");
            }
            body.add(statement());
        }
        return body;
    }

    private static void expectEnd(Line line, int at) throws PythonSyntaxException {
        new Cursor(line, at).expectEnd();
    }

    /** Reads the tokens of one header line. */
    private static final class Cursor {
        final Line line;
        int at;

        Cursor(Line line, int at) {
            this.line = line;
            this.at = at;
        }

        Token peek() {
            return at < line.tokens().size() ? line.tokens().get(at) : null;
        }

        Token take() {
            return line.tokens().get(at++);
        }

        boolean peekOp(String op) {
            return peek() != null && peek().isOp(op);
        }

        boolean peekName(String name) {
            return peek() != null && peek().is(Token.Kind.NAME, name);
        }

        boolean takeOp(String op) {
            if (peekOp(op)) {
                at++;
                return true;
            }
            return false;
        }

        String found() {
            return peek() == null ? "the end of the line" : peek().describe();
        }

        Position where() {
            return peek() == null ? line.end() : peek().position();
        }

        void expectOp(String op) throws PythonSyntaxException {
            if (!takeOp(op)) {
                throw new PythonSyntaxException(where(), "expected '" + op + "', found " + found());
            }
        }

        void expectName(String name) throws PythonSyntaxException {
            if (!peekName(name)) {
                throw new PythonSyntaxException(where(), "expected '" + name + "', found " + found());
            }
            at++;
        }

        String name() throws PythonSyntaxException {
            if (peek() == null || peek().kind() != Token.Kind.NAME) {
                throw new PythonSyntaxException(where(), "expected a name, found " + found());
            }
            return take().text();
        }

        String dotted() throws PythonSyntaxException {
            StringBuilder sb = new StringBuilder(name());
            while (takeOp(".")) {
                sb.append('.').append(name());
            }
            return sb.toString();
        }

        void expectEnd() throws PythonSyntaxException {
            if (peek() != null) {
                throw new PythonSyntaxException(peek().position(), "expected the end of the line, found " + found());
            }
        }

        /** The index of the bracket closing the one at {@link #at}. */
        int matching() throws PythonSyntaxException {
            int depth = 0;
            for (int i = at; i < line.tokens().size(); i++) {
                Token t = line.tokens().get(i);
                if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                    depth++;
                } else if ((t.isOp(")") || t.isOp("]") || t.isOp("}")) && --depth == 0) {
                    return i;
                }
            }
            throw new PythonSyntaxException(where(), "'(' was never closed");
        }

        /** The index of the ',' or ')' that ends a default value starting at {@link #at}. */
        int argumentEnd() throws PythonSyntaxException {
            int depth = 0;
            for (int i = at; i < line.tokens().size(); i++) {
                Token t = line.tokens().get(i);
                if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                    depth++;
                } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                    if (depth-- == 0) {
                        return i;
                    }
                } else if (t.isOp(",") && depth == 0) {
                    return i;
                }
            }
            throw new PythonSyntaxException(line.end(), "expected ')' to close the parameter list");
        }
    }
}
