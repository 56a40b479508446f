package org.trainlab.spec;

import org.trainlab.spec.python.Position;

/**
 * A network spec that does not describe a network TrainLab can build: a syntax error, an unknown layer or
 * a bad argument. The message is one line with the place (1-based) and the reason, e.g.
 * {@code spec column 18: expected ')' or ',' after argument, found 'ReLU'}.
 */
public final class NetworkSpecException extends Exception {
    private final int line;
    private final int column;
    private final String reason;

    /** {@code position} may be null when the problem is not at one place (the whole network is too large). */
    public NetworkSpecException(Position position, boolean multiline, String reason) {
        super("spec" + (position == null ? "" : " " + position.describe(multiline)) + ": " + reason);
        this.line = position == null ? 0 : position.line();
        this.column = position == null ? 0 : position.column();
        this.reason = reason;
    }

    /** 1-based; 0 when not at one place. */
    public int line() {
        return line;
    }

    /** 1-based; 0 when not at one place. */
    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
