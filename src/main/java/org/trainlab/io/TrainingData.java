package org.trainlab.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Tensor;

/**
 * A CSV data set split for training: after the header row, the first {@code inputs} columns of each row are
 * the inputs and the rest the targets. For class targets (cross-entropy) there must be exactly one target
 * column of whole, non-negative class indices, which become an int64 tensor of shape [rows]; otherwise the
 * targets are a float tensor [rows, targets]. Every value must be finite. Problems are
 * {@link CsvFormatException}s naming the line and column.
 */
public record TrainingData(Tensor x, Tensor y, List<String> inputColumns, List<String> targetColumns) {
    /** Float storage holds whole numbers exactly up to 2^24; larger class indices would not survive. */
    private static final float MAX_CLASS = 1 << 24;

    public static TrainingData read(Path csv, int inputs, boolean classTargets) throws IOException {
        return of(Csv.read(csv), csv.toString(), inputs, classTargets);
    }

    /** Splits a table read from {@code name} (used in error messages). */
    public static TrainingData of(CsvTable table, String name, int inputs, boolean classTargets)
            throws CsvFormatException {
        List<String> columns = table.columns();
        if (inputs < 1) {
            throw new IllegalArgumentException("inputs must be at least 1, got " + inputs);
        }
        if (inputs >= columns.size()) {
            throw new CsvFormatException(name, 1, 0, "the header has " + columns.size() + " column"
                    + (columns.size() == 1 ? "" : "s") + ", so " + inputs + " input column" + (inputs == 1 ? "" : "s")
                    + " leave" + (inputs == 1 ? "s" : "") + " none for the targets");
        }
        int targets = columns.size() - inputs;
        if (classTargets && targets != 1) {
            throw new CsvFormatException(name, 1, inputs + 1, "cross-entropy takes one target column of class "
                    + "indices, but after " + inputs + " input column" + (inputs == 1 ? "" : "s") + " there are "
                    + targets + " (" + String.join(", ", columns.subList(inputs, columns.size())) + ")");
        }
        float[][] rows = table.rows();
        if (rows.length == 0) {
            throw new CsvFormatException(name, 0, 0, "no data rows after the header");
        }
        float[] xs = new float[Math.multiplyExact(rows.length, inputs)];
        float[] ys = new float[Math.multiplyExact(rows.length, targets)];
        for (int r = 0; r < rows.length; r++) {
            int line = r + 2; // the header is line 1 and the reader allows no blank line before the last row
            float[] row = rows[r];
            for (int c = 0; c < row.length; c++) {
                if (!Float.isFinite(row[c])) {
                    throw new CsvFormatException(name, line, c + 1, Float.toString(row[c])
                            + " is not a finite number (training data must be finite)");
                }
            }
            if (classTargets) {
                float label = row[inputs];
                if (label < 0 || label != Math.rint(label) || label >= MAX_CLASS) {
                    throw new CsvFormatException(name, line, inputs + 1, Float.toString(label) + " is not a "
                            + "class index (cross-entropy targets are whole numbers 0, 1, 2, ...)");
                }
            }
            System.arraycopy(row, 0, xs, r * inputs, inputs);
            System.arraycopy(row, inputs, ys, r * targets, targets);
        }
        Tensor x = new Tensor(xs, rows.length, inputs);
        Tensor y = classTargets ? Tensor.of(ys, new int[] {rows.length}, DType.INT64)
                : new Tensor(ys, rows.length, targets);
        return new TrainingData(x, y, columns.subList(0, inputs), columns.subList(inputs, columns.size()));
    }

    public int rows() {
        return x.size(0);
    }
}
