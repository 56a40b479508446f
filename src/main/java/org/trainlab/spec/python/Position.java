package org.trainlab.spec.python;

/** Where a token or expression starts in the source: 1-based line and column (counted in characters). */
public record Position(int line, int column) {
    /** {@code column 18} for one-line sources, {@code line 2, column 5} otherwise. */
    public String describe(boolean multiline) {
        return multiline ? "line " + line + ", column " + column : "column " + column;
    }
}
