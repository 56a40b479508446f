package org.trainlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.tensor.Tensor;

class CsvTest {
    @TempDir
    Path dir;

    private static String error(String text) {
        return assertThrows(CsvFormatException.class, () -> Csv.parse(text, "data.csv")).getMessage();
    }

    @Test
    void readsAHeaderAndRowsOfNumbers() throws Exception {
        CsvTable t = Csv.parse("x,y,label\n0.5,-1,1\n2e-3,.25,0\n", "data.csv");
        assertEquals(List.of("x", "y", "label"), t.columns());
        assertEquals(2, t.rowCount());
        assertArrayEquals(new float[] {0.5f, -1f, 1f}, t.rows()[0]);
        assertArrayEquals(new float[] {0.002f, 0.25f, 0f}, t.rows()[1]);
        Tensor tensor = t.tensor();
        assertArrayEquals(new int[] {2, 3}, tensor.shape());
        assertArrayEquals(new float[] {0.5f, -1f, 1f, 0.002f, 0.25f, 0f}, tensor.data());
        assertArrayEquals(new float[] {1f, 0f}, t.column("label"));
    }

    @Test
    void handlesBomCrlfQuotedNamesSpacesAndTrailingBlankLines() throws Exception {
        byte[] bytes = "\uFEFF\"height, cm\", \"say \"\"hi\"\"\" ,w\r\n 1.5 , 2 ,3\r\n4,5,6\r\n\r\n  \n"
                .getBytes(StandardCharsets.UTF_8);
        CsvTable t = Csv.read(bytes, "data.csv");
        assertEquals(List.of("height, cm", "say \"hi\"", "w"), t.columns());
        assertArrayEquals(new float[] {1.5f, 2f, 3f, 4f, 5f, 6f}, t.tensor().data());
    }

    @Test
    void readsNanAndInfinityAsPythonAndJavaWriteThem() throws Exception {
        CsvTable t = Csv.parse("a,b,c,d,e,f\nnan,NaN,inf,-inf,Infinity,-Infinity\n", "data.csv");
        assertArrayEquals(new float[] {Float.NaN, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}, t.rows()[0]);
    }

    @Test
    void errorsNameTheFileLineColumnAndReason() {
        String rows = "a,b,c\n" + "1,2,3\n".repeat(15);
        assertEquals("data.csv line 17, column 3: 'abc' is not a number", error(rows + "1,2,abc\n"));
        assertEquals("data.csv line 17: expected 3 fields as in the header but found 2", error(rows + "1,2\n"));
        assertEquals("data.csv line 17, column 2: empty field, expected a number", error(rows + "1, ,3\n"));
        assertEquals("data.csv line 2, column 1: '0x10' is not a number", error("a\n0x10\n"));
        assertEquals("data.csv line 2, column 1: '1f' is not a number", error("a\n1f\n"));
        assertEquals("data.csv: empty file (no header row)", error(""));
        assertEquals("data.csv: empty file (no header row)", error("\uFEFF\r\n\n"));
        assertEquals("data.csv line 1: no header row: the first line holds numbers where column names should be",
                error("1,2\n3,4\n"));
        assertEquals("data.csv line 1: blank line where the header row of column names should be", error("\na,b\n1,2\n"));
        assertEquals("data.csv line 3: blank line inside the data", error("a\n1\n\n2\n"));
        assertEquals("data.csv line 1, column 2: unterminated quoted field", error("a,\"b\n1,2\n"));
        assertEquals("data.csv line 1, column 1: unexpected text after the closing quote", error("\"a\"b,c\n1,2\n"));
        assertEquals("data.csv line 1, column 3: duplicate column name 'a'", error("a,b,a\n1,2,3\n"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
        byte[] bytes = {'a', '\n', '1', '\n', (byte) 0xFF, '\n'};
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> Csv.read(bytes, "data.csv"));
        assertEquals("data.csv line 3: not UTF-8 text (byte 4)", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void writesWhatItReadsBackExactly() throws Exception {
        float[][] rows = {{0.1f, -0f, Float.MIN_VALUE}, {Float.NaN, Float.NEGATIVE_INFINITY, 16777217f},
            {1e-5f, 3.4028235e38f, -123.456f}};
        List<String> columns = List.of("plain", "with, comma", "1.5");
        Path file = dir.resolve("out.csv");
        Csv.write(file, columns, rows);

        assertEquals("plain,\"with, comma\",\"1.5\"\n0.1,-0.0,1.4E-45\nNaN,-Infinity,1.6777216E7\n"
                + "1.0E-5,3.4028235E38,-123.456\n", Files.readString(file));
        CsvTable back = Csv.read(file);
        assertEquals(columns, back.columns());
        for (int r = 0; r < rows.length; r++) {
            assertArrayEquals(rows[r], back.rows()[r]);
        }
    }

    @Test
    void writesATensorAsATable() throws Exception {
        String text = Csv.format(CsvTable.of(List.of("x", " padded "), Tensor.of(new float[][] {{1f, 2f}, {3f, 4f}})));
        assertEquals("x,\" padded \"\n1.0,2.0\n3.0,4.0\n", text);
        assertEquals(List.of("x", " padded "), Csv.parse(text, "t").columns());
        assertThrows(IllegalArgumentException.class, () -> Csv.format(new CsvTable(List.of("a\nb"), new float[0][])));
        assertThrows(IllegalArgumentException.class, () -> new CsvTable(List.of("a", "b"), new float[][] {{1f}}));
    }
}
