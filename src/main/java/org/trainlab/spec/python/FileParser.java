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
 *
 * <p>{@link #parseScript} reads a script for the console: the same statements, plus {@code for}, {@code while},
 * {@code if/elif/else}, {@code with}, {@code break}, {@code continue}, augmented assignment, assignment to
 * subscripts and tuples, bodies on the header's line ({@code for i in range(3): print(i)}), and Python's whole
 * expression grammar ({@link Parser#parseScript}).
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
    private final boolean script;
    private int next;

    private FileParser(List<Line> lines, boolean script) {
        this.lines = lines;
        this.script = script;
    }

    /** The file's top-level statements. */
    public static List<Statement> parse(String source) throws PythonSyntaxException {
        return parse(source, false);
    }

    /** A console script's top-level statements. */
    public static List<Statement> parseScript(String source) throws PythonSyntaxException {
        return parse(source, true);
    }

    private static List<Statement> parse(String source, boolean script) throws PythonSyntaxException {
        FileParser p = new FileParser(lines(Tokenizer.tokenize(source)), script);
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
        if (script && first.kind() == Token.Kind.NAME) {
            Statement s = scriptStatement(line);
            if (s != null) {
                return s;
            }
        }
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
                    return new Statement.Return(rest.isEmpty() ? null : script ? Parser.parseScript(rest, line.end())
                            : Parser.parseExpression(rest, line.end()), first.position());
                }
                case "pass" -> {
                    expectEnd(line, 1);
                    return new Statement.Pass(first.position());
                }
                default -> {
                    if (UNSUPPORTED.contains(first.text())) {
                        throw new PythonSyntaxException(first.position(), "'" + first.text() + "' statements are "
                                + (script ? "not supported in the console"
                                        : "not supported in a network file (it is read, never run)"));
                    }
                }
            }
        }
        return simpleStatement(line);
    }

    /** An assignment or an expression. */
    private Statement simpleStatement(Line line) throws PythonSyntaxException {
        if (script) {
            return scriptSimpleStatement(line);
        }
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

    /** A script's compound statement or break/continue, or null for any other line. */
    private Statement scriptStatement(Line line) throws PythonSyntaxException {
        Token first = line.first();
        switch (first.text()) {
            case "for" -> {
                int colon = headerColon(line);
                int in = -1;
                int depth = 0;
                for (int i = 1; i < colon; i++) {
                    Token t = line.tokens().get(i);
                    depth += opens(t) ? 1 : closes(t) ? -1 : 0;
                    if (depth == 0 && t.is(Token.Kind.NAME, "in")) {
                        in = i;
                        break;
                    }
                }
                if (in < 0) {
                    throw new PythonSyntaxException(first.position(), "expected 'in' in the 'for' statement");
                }
                if (in == 1) {
                    throw new PythonSyntaxException(line.tokens().get(1).position(), "expected a name after 'for'");
                }
                Token inToken = line.tokens().get(in);
                Expr target = Parser.parseTargets(line.tokens().subList(1, in), inToken.position());
                Expr iter = header(line, in + 1, colon);
                return new Statement.For(target, iter, body(line, colon), first.position());
            }
            case "while" -> {
                int colon = headerColon(line);
                return new Statement.While(header(line, 1, colon), body(line, colon), first.position());
            }
            case "if" -> {
                return ifStatement(line);
            }
            case "elif", "else" -> throw new PythonSyntaxException(first.position(), "'" + first.text()
                    + "' without a matching 'if' just above it");
            case "with" -> {
                int colon = headerColon(line);
                int as = -1;
                int depth = 0;
                for (int i = 1; i < colon; i++) {
                    Token t = line.tokens().get(i);
                    depth += opens(t) ? 1 : closes(t) ? -1 : 0;
                    if (depth == 0 && t.is(Token.Kind.NAME, "as")) {
                        as = i;
                    }
                    if (depth == 0 && t.isOp(",")) {
                        throw new PythonSyntaxException(t.position(), "'with' of several contexts is not supported");
                    }
                }
                Expr context = header(line, 1, as < 0 ? colon : as);
                Expr target = as < 0 ? null : header(line, as + 1, colon);
                return new Statement.With(context, target, body(line, colon), first.position());
            }
            case "break", "continue" -> {
                expectEnd(line, 1);
                return first.text().equals("break") ? new Statement.Break(first.position())
                        : new Statement.Continue(first.position());
            }
            default -> {
                return null;
            }
        }
    }

    private Statement ifStatement(Line line) throws PythonSyntaxException {
        int colon = headerColon(line);
        Expr test = header(line, 1, colon);
        List<Statement> body = body(line, colon);
        List<Statement> orElse = List.of();
        if (next < lines.size() && lines.get(next).indent() == line.indent()) {
            Line more = lines.get(next);
            if (more.first().is(Token.Kind.NAME, "elif")) {
                next++;
                orElse = List.of(ifStatement(more));
            } else if (more.first().is(Token.Kind.NAME, "else")) {
                next++;
                int elseColon = headerColon(more);
                if (elseColon != 1) {
                    throw new PythonSyntaxException(more.tokens().get(1).position(), "expected ':' after 'else'");
                }
                orElse = body(more, elseColon);
            }
        }
        return new Statement.If(test, body, orElse, line.first().position());
    }

    /** The index of the ':' ending a compound statement's header (the first one outside brackets). */
    private static int headerColon(Line line) throws PythonSyntaxException {
        int depth = 0;
        for (int i = 1; i < line.tokens().size(); i++) {
            Token t = line.tokens().get(i);
            depth += opens(t) ? 1 : closes(t) ? -1 : 0;
            if (depth == 0 && t.isOp(":")) {
                return i;
            }
        }
        throw new PythonSyntaxException(line.end(), "expected ':' at the end of the '" + line.first().text()
                + "' line");
    }

    private static Expr header(Line line, int from, int to) throws PythonSyntaxException {
        Token end = line.tokens().get(to);
        if (from >= to) {
            throw new PythonSyntaxException(end.position(), "expected an expression before " + end.describe());
        }
        return Parser.parseScript(line.tokens().subList(from, to), end.position());
    }

    /** The body after a header's ':' : the rest of its line, or the indented lines below it. */
    private List<Statement> body(Line header, int colon) throws PythonSyntaxException {
        if (colon + 1 < header.tokens().size()) {
            List<Token> rest = header.tokens().subList(colon + 1, header.tokens().size());
            Line inline = new Line(rest, rest.get(0).position().column());
            Token first = inline.first();
            if (first.kind() == Token.Kind.NAME && List.of("for", "while", "if", "with", "class", "def", "import",
                    "from").contains(first.text())) {
                throw new PythonSyntaxException(first.position(), "'" + first.text() + "' after ':' on the same "
                        + "line: put it on its own indented line");
            }
            if (first.kind() == Token.Kind.NAME) {
                Statement s = switch (first.text()) {
                    case "break", "continue" -> scriptStatement(inline);
                    case "pass" -> {
                        expectEnd(inline, 1);
                        yield new Statement.Pass(first.position());
                    }
                    case "return" -> {
                        List<Token> value = rest.subList(1, rest.size());
                        yield new Statement.Return(value.isEmpty() ? null : Parser.parseScript(value, inline.end()),
                                first.position());
                    }
                    default -> null;
                };
                if (s != null) {
                    return List.of(s);
                }
            }
            return List.of(scriptSimpleStatement(inline));
        }
        return block(header);
    }

    /** A script's assignment ({@code a = ...}, {@code a, b = ...}, {@code x[0] = ...}, {@code x += ...}) or expression. */
    private Statement scriptSimpleStatement(Line line) throws PythonSyntaxException {
        List<Token> tokens = line.tokens();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            depth += opens(t) ? 1 : closes(t) ? -1 : 0;
            if (depth != 0 || !t.isOp("=")) {
                if (depth == 0 && t.isOp(":")) {
                    throw new PythonSyntaxException(t.position(), "unexpected ':' (annotations are not supported)");
                }
                continue;
            }
            Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (after != null && after.isOp("=") && adjacent(t, after)) {
                i++;
                continue; // ==
            }
            Token before = i > 0 ? tokens.get(i - 1) : null;
            if (before != null && adjacent(before, t) && (before.isOp("!") || before.isOp("<") || before.isOp(">")
                    || before.isOp("="))) {
                continue; // != <= >=
            }
            String op = null;
            int targetEnd = i;
            if (before != null && adjacent(before, t) && before.kind() == Token.Kind.OP
                    && "+-*/%@&|^".contains(before.text())) {
                op = before.text();
                targetEnd = i - 1;
                Token twoBefore = i > 1 ? tokens.get(i - 2) : null;
                if (twoBefore != null && adjacent(twoBefore, before) && (twoBefore.isOp("*") && op.equals("*")
                        || twoBefore.isOp("/") && op.equals("/"))) {
                    op = op + op;
                    targetEnd = i - 2;
                }
                if ("&|^".contains(op)) {
                    throw new PythonSyntaxException(before.position(), "'" + op + "=' is not supported");
                }
            }
            if (targetEnd == 0) {
                throw new PythonSyntaxException(t.position(), "expected a name before '" + (op == null ? "" : op)
                        + "='");
            }
            Expr target = Parser.parseScript(tokens.subList(0, targetEnd), tokens.get(targetEnd).position());
            checkTarget(target, op != null);
            if (i + 1 == tokens.size()) {
                throw new PythonSyntaxException(line.end(), "expected a value after '='");
            }
            for (int j = i + 1; j < tokens.size(); j++) {
                Token u = tokens.get(j);
                if (u.isOp("=") && !hasOpenBracket(tokens, i + 1, j)
                        && !(j + 1 < tokens.size() && tokens.get(j + 1).isOp("=") && adjacent(u, tokens.get(j + 1)))
                        && !(adjacent(tokens.get(j - 1), u) && "=!<>".contains(tokens.get(j - 1).text()))) {
                    throw new PythonSyntaxException(u.position(), op != null ? "invalid syntax: a second '='"
                            : "chained assignment (a = b = ...) is not supported");
                }
            }
            Expr value = Parser.parseScript(tokens.subList(i + 1, tokens.size()), line.end());
            return op == null ? new Statement.Assign(target, value, target.position())
                    : new Statement.AugAssign(target, op, value, target.position());
        }
        Expr e = Parser.parseScript(tokens, line.end());
        return new Statement.ExprStatement(e, e.position());
    }

    private static void checkTarget(Expr target, boolean augmented) throws PythonSyntaxException {
        switch (target) {
            case Expr.Name n -> {
            }
            case Expr.Attribute a -> {
            }
            case Expr.Subscript s -> {
            }
            case Expr.Sequence s when !augmented -> {
                for (Expr item : s.items()) {
                    checkTarget(item, false);
                }
            }
            default -> throw new PythonSyntaxException(target.position(), "cannot assign to this expression"
                    + (augmented ? " with an augmented assignment" : "") + ": only to a name, an attribute, an item "
                    + "(x[0]) or a tuple of them");
        }
    }

    private static boolean adjacent(Token a, Token b) {
        return a.position().line() == b.position().line()
                && a.position().column() + a.text().length() == b.position().column();
    }

    private static boolean opens(Token t) {
        return t.isOp("(") || t.isOp("[") || t.isOp("{");
    }

    private static boolean closes(Token t) {
        return t.isOp(")") || t.isOp("]") || t.isOp("}");
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
