package org.trainlab.app.lesson.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;
import org.trainlab.io.Csv;
import org.trainlab.io.CsvFormatException;
import org.trainlab.io.CsvTable;
import org.trainlab.tensor.Tensor;

/**
 * The lessons' data sets as CSV files, through org.trainlab.io.Csv: regression sets as columns
 * {@code x,y}, classification sets as {@code x1,x2,label}. Reading checks what Csv cannot know (the
 * number of columns, finite values, whole non-negative labels) and names the offending line like
 * Csv's own errors do.
 */
public final class DataFiles {
    static final List<String> REGRESSION_COLUMNS = List.of("x", "y");
    static final List<String> CLASSIFICATION_COLUMNS = List.of("x1", "x2", "label");
    /**
     * As many classes as the charts have distinct colours for; more is almost certainly a wrong column,
     * not a data set.
     */
    static final int MAX_CLASSES = org.trainlab.app.chart.Palette.CLASS_COUNT;

    private DataFiles() {
    }

    public static RegressionData readRegression(Path file) throws IOException {
        CsvTable t = Csv.read(file);
        String name = file.toString();
        requireColumns(t, 2, name, "x,y");
        float[][] rows = t.rows();
        float[] x = new float[rows.length];
        float[] y = new float[rows.length];
        for (int r = 0; r < rows.length; r++) {
            requireFinite(rows[r], t.columns(), r, name);
            x[r] = rows[r][0];
            y[r] = rows[r][1];
        }
        if (rows.length < 2) {
            throw new CsvFormatException(name, 0, 0, "a regression set needs at least 2 rows, found " + rows.length);
        }
        return new RegressionData(new Tensor(x, rows.length, 1), new Tensor(y, rows.length, 1));
    }

    public static ClassificationData readClassification(Path file) throws IOException {
        CsvTable t = Csv.read(file);
        String name = file.toString();
        requireColumns(t, 3, name, "x1,x2,label");
        float[][] rows = t.rows();
        float[] x = new float[rows.length * 2];
        long[] labels = new long[rows.length];
        int classes = 0;
        for (int r = 0; r < rows.length; r++) {
            requireFinite(rows[r], t.columns(), r, name);
            float label = rows[r][2];
            if (label != Math.rint(label) || label < 0 || label >= MAX_CLASSES) {
                throw new CsvFormatException(name, line(r), 3, "label " + rows[r][2]
                        + " is not a class index (a whole number from 0 to " + (MAX_CLASSES - 1) + ")");
            }
            x[2 * r] = rows[r][0];
            x[2 * r + 1] = rows[r][1];
            labels[r] = (long) label;
            classes = Math.max(classes, (int) label + 1);
        }
        if (classes < 2) {
            throw new CsvFormatException(name, 0, 0, "a classification set needs at least 2 classes, found "
                    + Math.max(classes, 0));
        }
        return new ClassificationData(new Tensor(x, rows.length, 2), Tensor.ofLongs(labels, rows.length), classes);
    }

    public static void write(Path file, RegressionData data) throws IOException {
        float[] x = data.x().toArray();
        float[] y = data.y().toArray();
        float[][] rows = new float[x.length][];
        for (int r = 0; r < x.length; r++) {
            rows[r] = new float[] {x[r], y[r]};
        }
        Csv.write(file, REGRESSION_COLUMNS, rows);
    }

    public static void write(Path file, ClassificationData data) throws IOException {
        float[] x = data.x().toArray();
        float[] labels = data.labels().toArray();
        float[][] rows = new float[labels.length][];
        for (int r = 0; r < labels.length; r++) {
            rows[r] = new float[] {x[2 * r], x[2 * r + 1], labels[r]};
        }
        Csv.write(file, CLASSIFICATION_COLUMNS, rows);
    }

    private static void requireColumns(CsvTable t, int n, String name, String expected) throws CsvFormatException {
        if (t.columns().size() != n) {
            throw new CsvFormatException(name, 1, 0, "expected " + n + " columns (" + expected + ") but the header has "
                    + t.columns().size());
        }
    }

    private static void requireFinite(float[] row, List<String> columns, int r, String name) throws CsvFormatException {
        for (int c = 0; c < row.length; c++) {
            if (!Float.isFinite(row[c])) {
                throw new CsvFormatException(name, line(r), c + 1, columns.get(c) + " is " + row[c]
                        + "; a data set needs finite numbers");
            }
        }
    }

    /** The file line of data row r: the header is line 1 and Csv allows no blank line before the data. */
    private static int line(int r) {
        return r + 2;
    }
}
