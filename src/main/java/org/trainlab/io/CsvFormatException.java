package org.trainlab.io;

import java.io.IOException;

/**
 * A CSV file that is not a numeric table with a header row. The message is one line naming the file, the
 * line and column (1-based, when known) and the reason: {@code data.csv line 17, column 3: 'abc' is not a number}.
 */
public final class CsvFormatException extends IOException {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    /** {@code line} and {@code column} are 0 when the problem is not at one place (an empty file). */
    public CsvFormatException(String file, int line, int column, String reason) {
        super(file + (line > 0 ? " line " + line : "") + (column > 0 ? ", column " + column : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
