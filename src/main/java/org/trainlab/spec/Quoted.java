package org.trainlab.spec;

/**
 * Names from files (tensor names, metadata keys, option names) as error messages show them: single-quoted,
 * control characters and lone surrogates escaped, cut at 80 characters, so a hostile name stays one
 * readable line. The one place io's readers and spec's settings quote a name.
 */
public final class Quoted {
    private static final int MAX = 80;

    private Quoted() {
    }

    public static String quote(String s) {
        return "'" + printable(s) + "'";
    }

    /** The text with control characters and unpaired surrogates escaped ({@code \\u0007}), cut with "...". */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < MAX; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !isPaired(s, i)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (b.length() >= MAX) {
            b.setLength(Character.isHighSurrogate(b.charAt(76)) ? 76 : 77);
            b.append("...");
        }
        return b.toString();
    }

    /** Whether the text holds a UTF-16 surrogate without its partner (text no file format can write). */
    public static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i)) && !isPaired(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
