package org.trainlab.console;

import org.trainlab.spec.python.Position;

/**
 * A Python exception raised while a script runs: its type ({@code RuntimeError}, {@code NameError} ...) and
 * message, printed as the last line of Python's traceback. {@link #unsupported} is the console's own: code
 * outside its subset, said with what and where rather than guessed at.
 */
public final class PyError extends RuntimeException {
    /** The type name the console uses for code outside its subset. */
    public static final String UNSUPPORTED = "NotSupportedByTrainLab";

    private final String type;
    private final String text;
    private transient Position position;

    public PyError(String type, String text) {
        super(type + ": " + text, null, false, false);
        this.type = type;
        this.text = text;
    }

    public static PyError unsupported(String what, Position at) {
        PyError e = new PyError(UNSUPPORTED, what + " is not supported by the console");
        e.position = at;
        return e;
    }

    public static PyError type(String text) {
        return new PyError("TypeError", text);
    }

    public static PyError value(String text) {
        return new PyError("ValueError", text);
    }

    public static PyError runtime(String text) {
        return new PyError("RuntimeError", text);
    }

    public static PyError index(String text) {
        return new PyError("IndexError", text);
    }

    /** The first place the error passed through, for errors that do not know it yet. */
    PyError at(Position where) {
        if (position == null) {
            position = where;
        }
        return this;
    }

    public String type() {
        return type;
    }

    public Position position() {
        return position;
    }

    /** The last line Python prints; the console's own errors add where they happened. */
    public String lastLine() {
        if (type.equals(UNSUPPORTED) && position != null) {
            return type + ": " + text + " (line " + position.line() + ", column " + position.column() + ")";
        }
        return text.isEmpty() ? type : type + ": " + text;
    }
}
