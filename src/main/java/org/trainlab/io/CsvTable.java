package org.trainlab.io;

import java.util.List;
import org.trainlab.tensor.Tensor;

/** A numeric table: column names from the header row and rows of equal length. */
public record CsvTable(List<String> columns, float[][] rows) {
    public CsvTable {
        columns = List.copyOf(columns);
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != columns.size()) {
                throw new IllegalArgumentException("csv: row " + r + " has " + rows[r].length + " values but there are "
                        + columns.size() + " columns");
            }
        }
    }

    /** The rows of a 2-D tensor, under the given column names. */
    public static CsvTable of(List<String> columns, Tensor table) {
        if (table.dim() != 2) {
            throw new IllegalArgumentException("csv: expected a 2-D tensor [rows, columns] but got shape "
                    + java.util.Arrays.toString(table.shape()));
        }
        return new CsvTable(columns, table.toArray2D());
    }

    public int rowCount() {
        return rows.length;
    }

    /** The table as a float32 tensor of shape [rows, columns]. */
    public Tensor tensor() {
        float[] data = new float[Math.multiplyExact(rows.length, columns.size())];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, data, r * columns.size(), columns.size());
        }
        return new Tensor(data, rows.length, columns.size());
    }

    /** One column's values, by name. */
    public float[] column(String name) {
        int c = columns.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("csv: no column named '" + name + "' (columns are " + columns + ")");
        }
        float[] values = new float[rows.length];
        for (int r = 0; r < rows.length; r++) {
            values[r] = rows[r][c];
        }
        return values;
    }
}
