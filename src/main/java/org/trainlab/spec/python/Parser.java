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
 *
 * <p>For the console's scripts ({@link #parseScript}) the grammar grows to Python's own, above and below:
 * {@code x if c else y}, {@code or}, {@code and}, {@code not}, comparisons ({@code == != < > <= >= in, not in,
 * is, is not}), {@code // % **}, {@code ~}, subscripts and slices, list comprehensions and generator
 * expressions, dicts and unparenthesized tuples. A network file's grammar stays exactly the one above.
 */
public final class Parser {
    /** Deeper nesting than any real network; keeps recursion far from the thread's stack limit. */
    public static final int MAX_DEPTH = 100;
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    private final List<Token> tokens;
    private final boolean script;
    private int next;
    private int depth;

    private Parser(List<Token> tokens) {
        this(tokens, false);
    }

    private Parser(List<Token> tokens, boolean script) {
        this.tokens = tokens;
        this.script = script;
    }

    /**
     * Parses one logical line's {@code tokens} of a script as an expression list: one expression, or a tuple
     * when there are commas ({@code a, b}). {@code end} is where the slice ends, for messages.
     */
    public static Expr parseScript(List<Token> tokens, Position end) throws PythonSyntaxException {
        Parser p = scriptParser(tokens, end);
        Expr e = p.expressionList(false);
        p.expectEnd();
        return e;
    }

    /** Parses the targets of a script's {@code for} (names, attributes, subscripts, tuples of them). */
    public static Expr parseTargets(List<Token> tokens, Position end) throws PythonSyntaxException {
        Parser p = scriptParser(tokens, end);
        Expr e = p.expressionList(true);
        p.expectEnd();
        return e;
    }

    private static Parser scriptParser(List<Token> tokens, Position end) {
        List<Token> all = new ArrayList<>(tokens);
        all.add(new Token(Token.Kind.END, "", end));
        return new Parser(all, true);
    }

    private void expectEnd() throws PythonSyntaxException {
        Token after = peek();
        if (after.kind() != Token.Kind.END) {
            throw new PythonSyntaxException(after.position(), "expected the end of the line after a complete "
                    + "expression, found " + after.describe());
        }
    }

    /** {@code a}, or {@code a, b, ...} as a tuple; targets stop below comparisons (for the {@code in} of a for). */
    private Expr expressionList(boolean targets) throws PythonSyntaxException {
        Position at = peek().position();
        Expr first = targets ? arithmetic() : expression();
        if (!peek().isOp(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (peek().isOp(",")) {
            advance();
            if (atExpressionEnd()) {
                break;
            }
            items.add(targets ? arithmetic() : expression());
        }
        return new Expr.Sequence(false, items, at);
    }

    private boolean atExpressionEnd() {
        Token t = peek();
        return t.kind() == Token.Kind.END || t.isOp(")") || t.isOp("]") || t.isOp("}") || t.isOp("=")
                || t.is(Token.Kind.NAME, "in");
    }

    /** True when the next tokens are the one-character operators spelling {@code op}, written without spaces. */
    private boolean peekOps(String op) {
        for (int i = 0; i < op.length(); i++) {
            if (next + i >= tokens.size()) {
                return false;
            }
            Token t = tokens.get(next + i);
            if (!t.isOp(String.valueOf(op.charAt(i)))) {
                return false;
            }
            if (i > 0) {
                Position before = tokens.get(next + i - 1).position();
                if (t.position().line() != before.line() || t.position().column() != before.column() + 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private Token takeOps(String op) {
        Token first = peek();
        for (int i = 0; i < op.length(); i++) {
            advance();
        }
        return first;
    }

    private boolean peekKeyword(String word) {
        return peek().is(Token.Kind.NAME, word);
    }

    private void enter(Token t) throws PythonSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw new PythonSyntaxException(t.position(), "nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    /** {@code disjunction ['if' disjunction 'else' expression]}. */
    private Expr conditional() throws PythonSyntaxException {
        Token t = peek();
        enter(t);
        try {
            if (peekKeyword("lambda")) {
                throw new PythonSyntaxException(t.position(), "'lambda' is not supported: define a function with def");
            }
            Expr body = disjunction();
            if (!peekKeyword("if")) {
                return body;
            }
            Token ifToken = advance();
            Expr test = disjunction();
            if (!peekKeyword("else")) {
                throw new PythonSyntaxException(peek().position(), "expected 'else' after 'if' expression, found "
                        + peek().describe());
            }
            advance();
            return new Expr.IfExp(test, body, conditional(), ifToken.position());
        } finally {
            depth--;
        }
    }

    private Expr disjunction() throws PythonSyntaxException {
        Expr first = conjunction();
        if (!peekKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (peekKeyword("or")) {
            tooMany(values.size(), advance());
            values.add(conjunction());
        }
        return new Expr.BoolOp("or", values, first.position());
    }

    private Expr conjunction() throws PythonSyntaxException {
        Expr first = inversion();
        if (!peekKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (peekKeyword("and")) {
            tooMany(values.size(), advance());
            values.add(inversion());
        }
        return new Expr.BoolOp("and", values, first.position());
    }

    private Expr inversion() throws PythonSyntaxException {
        if (peekKeyword("not")) {
            Token t = advance();
            enter(t);
            try {
                return new Expr.Not(inversion(), t.position());
            } finally {
                depth--;
            }
        }
        return comparison();
    }

    private Expr comparison() throws PythonSyntaxException {
        Expr left = arithmetic();
        List<String> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            String op = null;
            for (String two : List.of("==", "!=", "<=", ">=")) {
                if (peekOps(two)) {
                    takeOps(two);
                    op = two;
                    break;
                }
            }
            if (op == null) {
                if (peek().isOp("<") || peek().isOp(">")) {
                    op = advance().text();
                } else if (peekKeyword("in")) {
                    advance();
                    op = "in";
                } else if (peekKeyword("not") && tokens.get(next + 1).is(Token.Kind.NAME, "in")) {
                    advance();
                    advance();
                    op = "not in";
                } else if (peekKeyword("is")) {
                    advance();
                    op = "is";
                    if (peekKeyword("not")) {
                        advance();
                        op = "is not";
                    }
                } else if (peek().isOp("!") || peek().isOp("=")) {
                    throw new PythonSyntaxException(peek().position(), "invalid syntax: '" + peek().text() + "' here "
                            + "(a comparison is written == or !=)");
                }
            }
            if (op == null) {
                break;
            }
            tooMany(ops.size() + 1, peek());
            ops.add(op);
            comparators.add(arithmetic());
        }
        return ops.isEmpty() ? left : new Expr.Compare(left, ops, comparators, left.position());
    }

    /** The class-file grammar's expression: {@code term (('+' | '-') term)*}. */
    private Expr arithmetic() throws PythonSyntaxException {
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

    /** A script's term: {@code factor (('*' | '/' | '//' | '%' | '@') factor)*}. */
    private Expr scriptTerm() throws PythonSyntaxException {
        Expr e = factor();
        int operators = 0;
        while (true) {
            if (peekOps("**") || peekOps("*=") || peekOps("/=") || peekOps("%=") || peekOps("@=")) {
                return e;
            }
            if (peekOps("//")) {
                if (peekOps("//=")) {
                    return e;
                }
                Token op = takeOps("//");
                tooMany(++operators, op);
                e = new Expr.FloorDiv(e, factor(), op.position());
            } else if (peek().isOp("*") || peek().isOp("/") || peek().isOp("@") || peek().isOp("%")) {
                Token op = advance();
                tooMany(++operators, op);
                e = new Expr.BinOp(e, op.text().charAt(0), factor(), op.position());
            } else {
                return e;
            }
        }
    }

    /** A script's power: {@code postfix ['**' factor]}. */
    private Expr power() throws PythonSyntaxException {
        Expr base = postfix();
        if (peekOps("**") && !peekOps("**=")) {
            Token op = takeOps("**");
            return new Expr.Power(base, factor(), op.position());
        }
        return base;
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
        return script ? conditional() : arithmetic();
    }

    private Expr term() throws PythonSyntaxException {
        if (script) {
            return scriptTerm();
        }
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
        if (t.isOp("-") || t.isOp("+") || script && t.isOp("~")) {
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
        return script ? power() : postfix();
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
            } else if (script && t.isOp("[")) {
                advance();
                e = new Expr.Subscript(e, subscript(t), t.position());
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
            if (start.kind() == Token.Kind.NAME && tokens.get(next + 1).isOp("=")
                    && !(script && tokens.get(next + 2).isOp("="))) {
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
                if (script && start.isOp("*")) {
                    throw new PythonSyntaxException(start.position(), "'*' and '**' arguments are not supported");
                }
                Expr arg = expression();
                if (script && peekKeyword("for")) {
                    arg = comprehension(false, arg, start);
                    if (!args.isEmpty() || !peek().isOp(")")) {
                        throw new PythonSyntaxException(arg.position(), "generator expression must be parenthesized");
                    }
                }
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
        if (script && t.kind() == Token.Kind.NAME && (t.text().equals("f") || t.text().equals("F"))
                && peek().kind() == Token.Kind.STRING && peek().position().line() == t.position().line()
                && peek().position().column() == t.position().column() + 1) {
            return fString(advance(), t.position());
        }
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
                if (script && t.isOp("{")) {
                    return dict(t);
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
            if (script && items.size() == 1 && !comma && peekKeyword("for")) {
                Expr c = comprehension(list, items.get(0), open);
                Token after = peek();
                if (!after.isOp(close)) {
                    throw new PythonSyntaxException(after.position(), "expected '" + close + "' after the "
                            + "comprehension, found " + after.describe());
                }
                advance();
                return c;
            }
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

    /** The clauses after {@code element}: {@code for targets in iter [if condition]...}, one or more. */
    private Expr comprehension(boolean list, Expr element, Token open) throws PythonSyntaxException {
        List<Expr.ForClause> clauses = new ArrayList<>();
        while (peekKeyword("for")) {
            Token f = advance();
            Expr target = expressionList(true);
            if (!peekKeyword("in")) {
                throw new PythonSyntaxException(peek().position(), "expected 'in' after the comprehension's "
                        + "target, found " + peek().describe());
            }
            advance();
            Expr iter = disjunction();
            List<Expr> conditions = new ArrayList<>();
            while (peekKeyword("if")) {
                advance();
                conditions.add(disjunction());
            }
            clauses.add(new Expr.ForClause(target, iter, conditions, f.position()));
        }
        return new Expr.Comprehension(list, element, clauses, open.position());
    }

    /** After {@code value[}: one index or slice, or several as a tuple, up to the closing bracket. */
    private Expr subscript(Token open) throws PythonSyntaxException {
        List<Expr> items = new ArrayList<>();
        boolean comma = false;
        while (!peek().isOp("]")) {
            items.add(sliceOrExpression());
            Token after = peek();
            if (after.isOp(",")) {
                advance();
                comma = true;
            } else if (!after.isOp("]")) {
                throw new PythonSyntaxException(after.position(), "expected ']' or ',', found " + after.describe());
            }
        }
        advance();
        if (items.isEmpty()) {
            throw new PythonSyntaxException(open.position(), "expected an index inside '[]'");
        }
        return items.size() == 1 && !comma ? items.get(0) : new Expr.Sequence(false, items, open.position());
    }

    private Expr sliceOrExpression() throws PythonSyntaxException {
        Position at = peek().position();
        Expr lower = peek().isOp(":") ? null : expression();
        if (!peek().isOp(":")) {
            return lower;
        }
        advance();
        Expr upper = peek().isOp(":") || peek().isOp(",") || peek().isOp("]") ? null : expression();
        Expr step = null;
        if (peek().isOp(":")) {
            advance();
            step = peek().isOp(",") || peek().isOp("]") ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, at);
    }

    /** After {@code '{'}: a dict display; sets are not supported. */
    private Expr dict(Token open) throws PythonSyntaxException {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!peek().isOp("}")) {
            Expr key = expression();
            if (!peek().isOp(":")) {
                throw new PythonSyntaxException(peek().position(), "expected ':' after a dict key, found "
                        + peek().describe() + " (sets are not supported)");
            }
            advance();
            keys.add(key);
            values.add(expression());
            Token after = peek();
            if (after.isOp(",")) {
                advance();
            } else if (!after.isOp("}")) {
                throw new PythonSyntaxException(after.position(), "expected '}' or ',', found " + after.describe());
            }
        }
        advance();
        return new Expr.Dict(keys, values, open.position());
    }

    /** {@code f"text {expr!r:spec} more"}: the literal parts and the parsed expressions, in order. */
    private Expr fString(Token literal, Position at) throws PythonSyntaxException {
        String text = Tokenizer.decode(literal.text(), literal.position());
        List<Expr> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{' || c == '}' && i + 1 < text.length()
                    && text.charAt(i + 1) == '}') {
                plain.append(c);
                i += 2;
                continue;
            }
            if (c == '}') {
                throw new PythonSyntaxException(literal.position(), "f-string: single '}' is not allowed");
            }
            if (c != '{') {
                plain.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = -1;
            int colon = -1;
            int bang = -1;
            for (int j = i + 1; j < text.length(); j++) {
                char d = text.charAt(j);
                if (d == '(' || d == '[' || d == '{') {
                    depth++;
                } else if ((d == ')' || d == ']') && depth > 0) {
                    depth--;
                } else if (d == '}' && depth > 0) {
                    depth--;
                } else if (d == '}') {
                    end = j;
                    break;
                } else if (depth == 0 && d == ':' && colon < 0) {
                    colon = j;
                } else if (depth == 0 && d == '!' && colon < 0 && j + 1 < text.length() && text.charAt(j + 1) != '=') {
                    bang = j;
                }
            }
            if (end < 0) {
                throw new PythonSyntaxException(literal.position(), "f-string: expecting '}'");
            }
            if (!plain.isEmpty()) {
                parts.add(new Expr.StringLiteral(plain.toString(), literal.position()));
                plain.setLength(0);
            }
            int exprEnd = bang >= 0 ? bang : colon >= 0 ? colon : end;
            String source = text.substring(i + 1, exprEnd);
            if (source.isBlank()) {
                throw new PythonSyntaxException(literal.position(), "f-string: empty expression not allowed");
            }
            if (source.strip().endsWith("=")) {
                throw new PythonSyntaxException(literal.position(), "f-string: '=' (self-documenting) is not supported");
            }
            char conversion = 0;
            if (bang >= 0) {
                String conv = text.substring(bang + 1, colon >= 0 ? colon : end);
                if (!conv.equals("r") && !conv.equals("s") && !conv.equals("a")) {
                    throw new PythonSyntaxException(literal.position(), "f-string: invalid conversion character '"
                            + conv + "': expected 's', 'r', or 'a'");
                }
                conversion = conv.charAt(0);
            }
            String spec = colon >= 0 ? text.substring(colon + 1, end) : "";
            if (spec.contains("{")) {
                throw new PythonSyntaxException(literal.position(), "f-string: nested replacement fields are not "
                        + "supported");
            }
            List<Token> tokens = new ArrayList<>(Tokenizer.tokenize(source));
            tokens.remove(tokens.size() - 1);
            Expr value = parseScript(tokens, literal.position());
            parts.add(new Expr.FormattedValue(value, conversion, spec, literal.position()));
            i = end + 1;
        }
        if (!plain.isEmpty() || parts.isEmpty()) {
            parts.add(new Expr.StringLiteral(plain.toString(), literal.position()));
        }
        return new Expr.JoinedStr(parts, at);
    }
}
