package org.trainlab.spec.python;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Python source into tokens: names, int and float literals (with {@code _} separators, {@code 1e-3},
 * {@code .5}, {@code 5.}), strings in ' or " with backslash escapes, and one-character operators. Spaces,
 * tabs, line breaks and {@code #} comments separate tokens; as inside Python's brackets, line breaks carry no
 * meaning yet (statements, with NEWLINE and INDENT tokens, are the next step).
 */
public final class Tokenizer {
    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final String EXPONENT = "[eE][+-]?" + DIGITS;
    private static final Pattern FLOAT = Pattern.compile("(?:(?:" + DIGITS + ")?\\." + DIGITS + "(?:" + EXPONENT
            + ")?|" + DIGITS + "\\.(?:" + EXPONENT + ")?|" + DIGITS + EXPONENT + ")");
    private static final Pattern INT = Pattern.compile(DIGITS);
    private static final String OPERATORS = "()[]{},:;.=+-*/%@<>!&|^~";

    private final String source;
    private int pos;
    private int line = 1;
    private int lineStart;

    private Tokenizer(String source) {
        this.source = source;
    }

    /** All tokens of {@code source}, ending with one {@link Token.Kind#END}. */
    public static List<Token> tokenize(String source) throws PythonSyntaxException {
        return new Tokenizer(source).run();
    }

    private List<Token> run() throws PythonSyntaxException {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipBlanks();
            Position at = position(pos);
            if (pos >= source.length()) {
                tokens.add(new Token(Token.Kind.END, "", at));
                return tokens;
            }
            char c = source.charAt(pos);
            if (Character.isLetter(c) && c < 0x80 || c == '_') {
                int end = pos + 1;
                while (end < source.length() && isNameChar(source.charAt(end))) {
                    end++;
                }
                tokens.add(take(Token.Kind.NAME, end, at));
            } else if (c >= '0' && c <= '9' || c == '.' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1))) {
                tokens.add(number(at));
            } else if (c == '\'' || c == '"') {
                tokens.add(string(c, at));
            } else if (OPERATORS.indexOf(c) >= 0) {
                tokens.add(take(Token.Kind.OP, pos + 1, at));
            } else {
                String ch = new String(Character.toChars(source.codePointAt(pos)));
                throw new PythonSyntaxException(at, "unexpected character '" + Token.printable(ch) + "'");
            }
        }
    }

    private void skipBlanks() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == '#') {
                while (pos < source.length() && source.charAt(pos) != '\n' && source.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '\n' || c == '\r') {
                pos += c == '\r' && pos + 1 < source.length() && source.charAt(pos + 1) == '\n' ? 2 : 1;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else {
                return;
            }
        }
    }

    private Token take(Token.Kind kind, int end, Position at) {
        Token t = new Token(kind, source.substring(pos, end), at);
        pos = end;
        return t;
    }

    private Token number(Position at) throws PythonSyntaxException {
        int start = pos;
        Matcher f = FLOAT.matcher(source).region(pos, source.length());
        Matcher i = INT.matcher(source).region(pos, source.length());
        Token t;
        if (f.lookingAt()) {
            t = take(Token.Kind.FLOAT, f.end(), at);
        } else if (i.lookingAt()) {
            String digits = source.substring(pos, i.end()).replace("_", "");
            if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(ch -> ch == '0')) {
                throw new PythonSyntaxException(at, "leading zeros in decimal integer literals are not permitted");
            }
            t = take(Token.Kind.INT, i.end(), at);
        } else {
            throw new PythonSyntaxException(at, "invalid decimal literal");
        }
        if (pos < source.length() && (isNameChar(source.charAt(pos)) || source.charAt(pos) == '.')) {
            throw new PythonSyntaxException(at, "invalid decimal literal '"
                    + Token.printable(source.substring(start, pos + 1)) + "'");
        }
        return t;
    }

    private Token string(char quote, Position at) throws PythonSyntaxException {
        String triple = String.valueOf(quote).repeat(3);
        if (source.startsWith(triple, pos)) {
            return tripleQuoted(triple, at);
        }
        int end = pos + 1;
        while (true) {
            if (end >= source.length() || source.charAt(end) == '\n' || source.charAt(end) == '\r') {
                throw new PythonSyntaxException(at, "unterminated string literal");
            }
            char c = source.charAt(end);
            if (c == '\\') {
                end += 2;
                continue;
            }
            end++;
            if (c == quote) {
                break;
            }
        }
        Token t = take(Token.Kind.STRING, end, at);
        decode(t.text(), at); // reports bad escapes now, at the literal
        return t;
    }

    /** A {@code """docstring"""}: may span lines; its value is its text as written (escapes kept). */
    private Token tripleQuoted(String triple, Position at) throws PythonSyntaxException {
        int close = source.indexOf(triple, pos + 3);
        while (close >= 0 && isEscaped(close)) {
            close = source.indexOf(triple, close + 1);
        }
        if (close < 0) {
            throw new PythonSyntaxException(at, "unterminated triple-quoted string literal");
        }
        int end = close + 3;
        String text = source.substring(pos, end);
        for (int i = pos; i < end; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        pos = end;
        return new Token(Token.Kind.STRING, text, at);
    }

    private boolean isEscaped(int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && source.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The value of a string literal's source text (quotes included). */
    public static String decode(String literal, Position at) throws PythonSyntaxException {
        if (literal.length() >= 6 && (literal.startsWith("\"\"\"") || literal.startsWith("'''"))) {
            return literal.substring(3, literal.length() - 3);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
                case '\\', '\'', '"' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '0' -> out.append('\0');
                case 'x', 'u' -> {
                    int digits = e == 'x' ? 2 : 4;
                    if (i + digits >= literal.length() || !literal.substring(i + 1, i + 1 + digits)
                            .matches("[0-9a-fA-F]+")) {
                        throw new PythonSyntaxException(at, "truncated \\" + e + " escape in string literal");
                    }
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 1 + digits), 16));
                    i += digits;
                }
                default -> out.append('\\').append(e); // Python keeps unknown escapes as written
            }
        }
        return out.toString();
    }

    private Position position(int index) {
        return new Position(line, source.codePointCount(lineStart, index) + 1);
    }

    private static boolean isNameChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
