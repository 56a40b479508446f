package org.trainlab.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numeric CSV files with a header row: the data sets a lesson exports and the ones a user brings.
 *
 * <p>Reading accepts a UTF-8 byte order mark, CRLF or LF line ends, trailing blank lines, and fields in
 * double quotes (on one line, {@code ""} for a quote). Values are decimal numbers as Python and Java
 * print them, plus {@code nan}, {@code inf} and {@code infinity} in any case. Anything else is a
 * {@link CsvFormatException} naming the line and column.
 */
public final class Csv {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d++(?:\\.\\d*+)?|\\.\\d++)(?:[eE][+-]?\\d++)?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    /** Larger files are not data sets a desktop lab trains on; refuse them before reading. */
    private static final long MAX_BYTES = 1L << 30;

    private Csv() {
    }

    private record Field(String text, boolean quoted) {
    }

    // ---------------------------------------------------------------- reading

    public static CsvTable read(Path path) throws IOException {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new CsvFormatException(path.toString(), 0, 0, "the file has " + size
                    + " bytes, more than the " + MAX_BYTES + " TrainLab reads as a data set");
        }
        return read(Files.readAllBytes(path), path.toString());
    }

    /** Reads CSV bytes (UTF-8); {@code name} is used in error messages. */
    public static CsvTable read(byte[] bytes, String name) throws CsvFormatException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new CsvFormatException(name, line, 0, "not UTF-8 text (byte " + in.position() + ")");
        }
        return parse(out.flip().toString(), name);
    }

    /** Reads CSV text; {@code name} is used in error messages. */
    public static CsvTable parse(String text, String name) throws CsvFormatException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new CsvFormatException(name, 0, 0, "empty file (no header row)");
        }
        List<String> columns = null;
        List<float[]> rows = new ArrayList<>();
        int firstBlank = 0;
        int lineNumber = 0;
        int pos = 0;
        while (pos < text.length()) {
            int end = pos;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(pos, end);
            lineNumber++;
            pos = end + (end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);

            if (line.isBlank()) {
                if (columns == null) {
                    throw new CsvFormatException(name, lineNumber, 0,
                            "blank line where the header row of column names should be");
                }
                firstBlank = firstBlank == 0 ? lineNumber : firstBlank;
                continue;
            }
            if (firstBlank != 0) {
                throw new CsvFormatException(name, firstBlank, 0, "blank line inside the data");
            }
            List<Field> fields = split(line, lineNumber, name);
            if (columns == null) {
                columns = header(fields, name);
            } else {
                rows.add(row(fields, columns.size(), lineNumber, name));
            }
        }
        return new CsvTable(columns, rows.toArray(new float[0][]));
    }

    private static List<String> header(List<Field> fields, String name) throws CsvFormatException {
        boolean allNumbers = true;
        for (Field f : fields) {
            allNumbers &= !f.quoted() && number(f.text()) != null;
        }
        if (allNumbers) {
            throw new CsvFormatException(name, 1, 0,
                    "no header row: the first line holds numbers where column names should be");
        }
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < fields.size(); c++) {
            Field f = fields.get(c);
            String column = f.quoted() ? f.text() : f.text().strip();
            if (!column.isEmpty() && !seen.add(column)) {
                throw new CsvFormatException(name, 1, c + 1, "duplicate column name " + quote(column));
            }
            columns.add(column);
        }
        return columns;
    }

    private static float[] row(List<Field> fields, int columns, int line, String name) throws CsvFormatException {
        if (fields.size() != columns) {
            throw new CsvFormatException(name, line, 0, "expected " + columns + " fields as in the header but found "
                    + fields.size());
        }
        float[] values = new float[columns];
        for (int c = 0; c < columns; c++) {
            String text = fields.get(c).text();
            if (text.isBlank()) {
                throw new CsvFormatException(name, line, c + 1, "empty field, expected a number");
            }
            Float value = number(text);
            if (value == null) {
                throw new CsvFormatException(name, line, c + 1, quote(text) + " is not a number");
            }
            values[c] = value;
        }
        return values;
    }

    /** The value of a decimal number or nan/inf, or null if the text is not one. */
    private static Float number(String text) {
        String s = text.strip();
        if (NUMBER.matcher(s).matches()) {
            return Float.parseFloat(s);
        }
        if (SPECIAL.matcher(s).matches()) {
            char last = Character.toLowerCase(s.charAt(s.length() - 1));
            return last == 'n' ? Float.NaN : s.charAt(0) == '-' ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        }
        return null;
    }

    /** Splits a line at commas; a field in double quotes may hold commas and {@code ""} for a quote. */
    private static List<Field> split(String line, int lineNumber, String name) throws CsvFormatException {
        List<Field> fields = new ArrayList<>();
        int i = 0;
        int column = 1;
        while (true) {
            int j = i;
            while (j < line.length() && line.charAt(j) == ' ') {
                j++;
            }
            int next;
            if (j < line.length() && line.charAt(j) == '"') {
                StringBuilder text = new StringBuilder();
                int k = j + 1;
                while (true) {
                    if (k >= line.length()) {
                        throw new CsvFormatException(name, lineNumber, column, "unterminated quoted field");
                    }
                    char c = line.charAt(k++);
                    if (c != '"') {
                        text.append(c);
                    } else if (k < line.length() && line.charAt(k) == '"') {
                        text.append('"');
                        k++;
                    } else {
                        break;
                    }
                }
                while (k < line.length() && line.charAt(k) == ' ') {
                    k++;
                }
                if (k < line.length() && line.charAt(k) != ',') {
                    throw new CsvFormatException(name, lineNumber, column, "unexpected text after the closing quote");
                }
                fields.add(new Field(text.toString(), true));
                next = k;
            } else {
                int comma = line.indexOf(',', i);
                next = comma < 0 ? line.length() : comma;
                fields.add(new Field(line.substring(i, next), false));
            }
            if (next >= line.length()) {
                return fields;
            }
            i = next + 1;
            column++;
        }
    }

    private static String quote(String s) {
        return SafeTensorsReader.quote(s);
    }

    // ---------------------------------------------------------------- writing

    /** Writes a table atomically: header row, then one line per row, numbers printed so they read back exactly. */
    public static void write(Path path, CsvTable table) throws IOException {
        checkWritable(table);
        AtomicFile.write(path, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            format(table, writer);
            writer.flush();
        });
    }

    public static void write(Path path, List<String> columns, float[][] rows) throws IOException {
        write(path, new CsvTable(columns, rows));
    }

    /** The CSV text of a table. */
    public static String format(CsvTable table) {
        checkWritable(table);
        StringBuilder text = new StringBuilder();
        try {
            format(table, text);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not fail
        }
        return text.toString();
    }

    private static void format(CsvTable table, Appendable out) throws IOException {
        List<String> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            out.append(c == 0 ? "" : ",").append(headerField(columns.get(c)));
        }
        out.append('\n');
        for (float[] row : table.rows()) {
            for (int c = 0; c < row.length; c++) {
                out.append(c == 0 ? "" : ",").append(Float.toString(row[c]));
            }
            out.append('\n');
        }
    }

    private static void checkWritable(CsvTable table) {
        if (table.columns().isEmpty()) {
            throw new IllegalArgumentException("csv: a table needs at least one column");
        }
        for (String column : table.columns()) {
            if (column.indexOf('\n') >= 0 || column.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("csv: column name " + quote(column) + " contains a line break");
            }
        }
    }

    /** A column name, quoted when reading it back would otherwise change it or mistake it for data. */
    private static String headerField(String column) {
        boolean plain = !column.isEmpty() && column.strip().equals(column) && column.indexOf(',') < 0
                && column.indexOf('"') < 0 && column.charAt(0) != '\uFEFF' && number(column) == null;
        return plain ? column : '"' + column.replace("\"", "\"\"") + '"';
    }
}
