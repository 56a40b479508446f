package org.trainlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Random tables written and read back, then mutated: a read either gives a consistent table or a one-line
 * {@link CsvFormatException} that names a line inside the file; nothing else.
 */
class CsvFuzzTest {
    private static final String NAME = "fuzz.csv";
    private static final float[] SPECIAL = {0f, -0f, 1f, -1f, 0.1f, Float.NaN, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE, -Float.MIN_NORMAL, 16777217f, 1e-7f, 123456.78f};
    private static final String[] NAMES = {"x", "y", "label", "with, comma", "say \"hi\"", " padded ", "", "1.5",
        "模型", "nan", "a\u00e9b"};
    private static final String[] JUNK = {"abc", "1.2.3", "--1", "1e", "0x10", "1f", "∞", "+", ".", "e5", "1,5", "\"",
        "\"\"", "\u0000", "NaNa", "1 2", "٣"};

    private final Map<String, Integer> outcomes = new TreeMap<>();

    private static CsvTable randomTable(Random r) {
        int cols = 1 + r.nextInt(5);
        List<String> columns = new ArrayList<>();
        var used = new HashSet<String>();
        while (columns.size() < cols) {
            String name = r.nextInt(3) == 0 ? NAMES[r.nextInt(NAMES.length)] : "c" + r.nextInt(100);
            if (used.add(name)) {
                columns.add(name);
            }
        }
        float[][] rows = new float[r.nextInt(12)][cols];
        for (float[] row : rows) {
            for (int c = 0; c < cols; c++) {
                row[c] = switch (r.nextInt(3)) {
                    case 0 -> SPECIAL[r.nextInt(SPECIAL.length)];
                    case 1 -> (float) r.nextGaussian() * (float) Math.pow(10, r.nextInt(20) - 10);
                    default -> Float.intBitsToFloat(r.nextInt());
                };
            }
        }
        return new CsvTable(columns, rows);
    }

    /** The written text, sometimes with a BOM, CRLF line ends or trailing blank lines, as other tools write. */
    private static String variant(String text, Random r) {
        if (r.nextBoolean()) {
            text = text.replace("\n", "\r\n");
        }
        if (r.nextInt(4) == 0) {
            text = "\uFEFF" + text;
        }
        if (r.nextInt(4) == 0) {
            text += "\n \n";
        }
        return text;
    }

    private void check(byte[] bytes, String what) {
        long lines = 1;
        for (byte b : bytes) {
            lines += b == '\n' || b == '\r' ? 1 : 0;
        }
        try {
            CsvTable t = Csv.read(bytes, NAME);
            assertTrue(new HashSet<>(t.columns()).size() >= 1, what);
            for (float[] row : t.rows()) {
                assertEquals(t.columns().size(), row.length, what + ": row length");
            }
            outcomes.merge("read", 1, Integer::sum);
        } catch (CsvFormatException e) {
            String m = e.getMessage();
            assertTrue(m.startsWith(NAME) && !m.contains("\n") && !m.contains("\r"), what + ": message " + m);
            assertTrue(e.line() >= 0 && e.line() <= lines, what + ": line " + e.line() + " of " + lines);
            outcomes.merge("rejected: " + e.reason().replaceAll("'.*'", "'…'").replaceAll("[0-9]+", "N"), 1,
                    Integer::sum);
        } catch (Throwable t) {
            throw new AssertionError(what + " threw " + t + " on " + new String(bytes, StandardCharsets.UTF_8), t);
        }
    }

    @Test
    void randomTablesRoundTripExactly() throws Exception {
        for (int i = 0; i < 2000; i++) {
            Random r = new Random(i);
            CsvTable table = randomTable(r);
            String text = variant(Csv.format(table), r);
            CsvTable back = Csv.read(text.getBytes(StandardCharsets.UTF_8), NAME);
            assertEquals(table.columns(), back.columns(), "case " + i);
            assertEquals(table.rowCount(), back.rowCount(), "case " + i);
            for (int row = 0; row < table.rowCount(); row++) {
                assertArrayEquals(table.rows()[row], back.rows()[row], "case " + i + " row " + row);
            }
        }
    }

    @Test
    void mutatedFilesAreRejectedOrReadConsistently() {
        long start = System.nanoTime();
        int cases = 0;
        for (int i = 0; i < 20_000; i++) {
            Random r = new Random(-i - 1);
            String text = variant(Csv.format(randomTable(r)), r);
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            String what = "case " + i + ": ";
            switch (r.nextInt(7)) {
                case 0 -> { // bit flips
                    for (int f = 0; f < 1 + r.nextInt(4); f++) {
                        b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                    }
                    what += "bit flips";
                }
                case 1 -> { // structural bytes dropped in
                    byte[] interesting = {',', '"', '\n', '\r', ' ', '-', '.', 'e', 0, (byte) 0xFF, (byte) 0xC3};
                    for (int f = 0; f < 1 + r.nextInt(3); f++) {
                        b[r.nextInt(b.length)] = interesting[r.nextInt(interesting.length)];
                    }
                    what += "byte overwrites";
                }
                case 2 -> { // a field lost or doubled
                    int comma = text.indexOf(',', r.nextInt(text.length()));
                    text = comma < 0 ? text + "," : r.nextBoolean() ? text.substring(0, comma) + text.substring(comma + 1)
                            : text.substring(0, comma) + "," + text.substring(comma);
                    b = text.getBytes(StandardCharsets.UTF_8);
                    what += "comma removed or doubled";
                }
                case 3 -> { // a number replaced with junk
                    String[] lines = text.split("\n", -1);
                    int line = 1 + r.nextInt(Math.max(1, lines.length - 1));
                    if (line < lines.length && !lines[line].isBlank()) {
                        String[] fields = lines[line].split(",", -1);
                        fields[r.nextInt(fields.length)] = JUNK[r.nextInt(JUNK.length)];
                        lines[line] = String.join(",", fields);
                    }
                    b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                    what += "junk number";
                }
                case 4 -> { // truncated
                    b = java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
                    what += "truncated to " + b.length;
                }
                case 5 -> { // binary junk inserted
                    byte[] junk = new byte[1 + r.nextInt(16)];
                    r.nextBytes(junk);
                    int at = r.nextInt(b.length + 1);
                    byte[] joined = new byte[b.length + junk.length];
                    System.arraycopy(b, 0, joined, 0, at);
                    System.arraycopy(junk, 0, joined, at, junk.length);
                    System.arraycopy(b, at, joined, at + junk.length, b.length - at);
                    b = joined;
                    what += "binary junk";
                }
                default -> { // nothing but junk
                    b = new byte[r.nextInt(64)];
                    r.nextBytes(b);
                    what += "random bytes";
                }
            }
            check(b, what);
            cases++;
        }
        assertEquals(20_000, cases);
        assertTrue(outcomes.getOrDefault("read", 0) > 1000, outcomes.toString());
        int read = outcomes.get("read");
        System.out.printf("csv fuzz: %d cases in %.2f s: %d read, %d rejected for %d distinct reasons%n", cases,
                (System.nanoTime() - start) / 1e9, read, cases - read, outcomes.size() - 1);
    }
}
