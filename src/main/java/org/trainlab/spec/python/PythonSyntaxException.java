package org.trainlab.spec.python;

/**
 * Python source that does not parse: where, what was expected there and what was found, e.g.
 * {@code expected ')' or ',' after argument, found 'ReLU'} at column 18.
 */
public final class PythonSyntaxException extends Exception {
    private final Position position;
    private final String reason;

    public PythonSyntaxException(Position position, String reason) {
        super(position.describe(position.line() > 1) + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    public Position position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}
