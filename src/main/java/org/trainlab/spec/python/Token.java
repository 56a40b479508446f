package org.trainlab.spec.python;

/** One token of Python source: its kind, its exact text and where it starts. */
public record Token(Kind kind, String text, Position position) {
    public enum Kind {
        NAME,
        INT,
        FLOAT,
        /** A string literal; {@link #text()} is the source spelling, quotes included. */
        STRING,
        /** An operator or delimiter, one character: {@code ( ) [ ] , = . - + ...}. */
        OP,
        END
    }

    public boolean is(Kind k, String s) {
        return kind == k && text.equals(s);
    }

    public boolean isOp(String s) {
        return is(Kind.OP, s);
    }

    /** How an error message names this token: {@code 'ReLU'}, {@code ','}, {@code the end of the text}. */
    public String describe() {
        if (kind == Kind.END) {
            return "the end of the text";
        }
        return "'" + printable(text) + "'";
    }

    /** Control characters escaped and long text cut, so a message stays one readable line. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 60; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (b.length() >= 60) {
            b.setLength(57);
            b.append("...");
        }
        return b.toString();
    }
}
