package org.trainlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trainlab.tensor.Tensor;

/**
 * Hostile files: valid files mutated thousands of times with fixed seeds. Reading each one either succeeds
 * with consistent tensors (which then round-trip through the writer unchanged) or throws a one-line
 * {@link ModelFormatException}; any other throwable fails the test with the seed that produced it.
 */
class SafeTensorsFuzzTest {
    private static final String NAME = "fuzz.safetensors";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] INTERESTING_BYTES = {0x00, 0x01, 0x7F, 0x80, 0xFF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF8,
        '{', '}', '[', ']', '"', ',', ':', '-', '0', '9', ' ', 'e', '.', '\\', 'u', 'n'};
    private static final String[] INTERESTING_NUMBERS = {"-1", "0", "1", "2", "3", "7", "8", "2147483647", "2147483648",
        "4294967295", "4294967296", "9223372036854775807", "9223372036854775808", "18446744073709551615",
        "18446744073709551616", "99999999999999999999999999999999", "1e30", "2.5", "-0", "1E2", "0.0", "-9223372036854775808",
        "\"3\"", "null", "true", "[]", "{}", "[1]"};
    private static final String[] DTYPES = {"F32", "F64", "F16", "BF16", "I64", "I32", "I16", "I8", "U8", "BOOL",
        "F8_E4M3", "F8_E5M2", "U16", "U32", "U64", "C64", "F4", "f32", "", "F32 ", "FLOAT32", "\\u0046\\u0033\\u0032"};
    private static final String[] ODD_VALUES = {"1", "null", "true", "[]", "{}", "[\"a\"]", "{\"a\":\"b\"}", "\"s\"", "-0.5"};

    private static List<byte[]> seeds;
    private final Map<String, Integer> outcomes = new TreeMap<>();

    @BeforeAll
    static void validFiles() throws IOException {
        seeds = new ArrayList<>();
        seeds.add(SafeTensors.toBytes(SafeTensorsTest.ranksZeroToThree(),
                Map.of("format", "pt", "architecture", "Sequential(\n  (0): Linear(2, 1)\n)")));
        seeds.add(SafeTensors.toBytes(SafeTensorsInteropTest.mlpStateDict(), Map.of()));
        for (String fixture : List.of("torch_mlp", "torch_ranks", "torch_conversions", "torch_metadata")) {
            seeds.add(SafeTensorsTorchFixturesTest.resource(fixture + ".safetensors"));
        }
        for (byte[] seed : seeds) {
            SafeTensors.read(seed, "seed"); // every seed is valid to begin with
        }
    }

    // ---------------------------------------------------------------- the oracle

    /** Reads hostile bytes: success with consistent tensors, or a ModelFormatException; nothing else. */
    private void check(byte[] bytes, String what) {
        SafeTensorsFile file;
        try {
            file = SafeTensors.read(bytes, NAME);
        } catch (ModelFormatException e) {
            String message = e.getMessage();
            if (!message.startsWith(NAME + ", ") || message.contains("\n") || message.contains("\r")) {
                fail(what + ": malformed message: " + message);
            }
            String reason = e.reason().replaceAll("[0-9]+", "N").replaceAll("'.*?'", "'…'");
            outcomes.merge("rejected: " + (reason.length() > 60 ? reason.substring(0, 60) : reason), 1, Integer::sum);
            return;
        } catch (Throwable t) {
            throw new AssertionError(what + " threw " + t + "\nfile: " + HexFormat.of().formatHex(bytes, 0,
                    Math.min(bytes.length, 600)), t);
        }
        try {
            for (Map.Entry<String, Tensor> e : file.tensors().entrySet()) {
                Tensor t = e.getValue();
                long numel = 1;
                for (int d : t.shape()) {
                    assertTrue(d >= 0, what + ": negative size");
                    numel *= d;
                }
                assertEquals(numel, t.data().length, what + ": " + e.getKey() + " numel");
            }
            file.metadata().forEach((k, v) -> {
                assertTrue(k != null && v != null, what + ": null metadata");
            });
            SafeTensorsFile again = SafeTensors.read(SafeTensors.toBytes(file.tensors(), file.metadata()), "again");
            SafeTensorsTest.assertSameTensors(file.tensors(), again.tensors());
            assertEquals(file.metadata(), again.metadata(), what);
        } catch (Throwable t) {
            throw new AssertionError(what + ": read succeeded but the result is inconsistent: " + t, t);
        }
        outcomes.merge("read", 1, Integer::sum);
    }

    private void report(String test, long startNanos) {
        int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        int read = outcomes.getOrDefault("read", 0);
        System.out.printf("safetensors fuzz, %s: %d cases in %.2f s: %d read, %d rejected for %d distinct reasons%n",
                test, total, (System.nanoTime() - startNanos) / 1e9, read, total - read,
                outcomes.size() - (read > 0 ? 1 : 0));
    }

    // ---------------------------------------------------------------- byte-level mutations

    private static long headerLength(byte[] file) {
        return ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    }

    private static byte[] withHeaderLength(byte[] file, long length) {
        byte[] copy = file.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putLong(0, length);
        return copy;
    }

    @Test
    void byteLevelMutationsAreRejectedOrReadConsistently() {
        long start = System.nanoTime();
        int cases = 0;
        for (int s = 0; s < seeds.size(); s++) {
            byte[] seed = seeds.get(s);
            int headerEnd = (int) (8 + headerLength(seed));
            for (int i = 0; i < 2500; i++) {
                Random r = new Random(s * 1_000_003L + i);
                byte[] b = seed.clone();
                int kind = r.nextInt(5);
                String what = "seed " + s + " case " + i + " ";
                switch (kind) {
                    case 0 -> { // bit flips anywhere
                        int flips = 1 + r.nextInt(8);
                        for (int f = 0; f < flips; f++) {
                            int at = r.nextInt(b.length);
                            b[at] ^= (byte) (1 << r.nextInt(8));
                        }
                        what += "bit flips";
                    }
                    case 1 -> { // bit flips inside the header, where they matter most
                        int flips = 1 + r.nextInt(3);
                        for (int f = 0; f < flips; f++) {
                            b[8 + r.nextInt(headerEnd - 8)] ^= (byte) (1 << r.nextInt(8));
                        }
                        what += "header bit flips";
                    }
                    case 2 -> { // interesting bytes over header characters
                        int writes = 1 + r.nextInt(4);
                        for (int w = 0; w < writes; w++) {
                            b[8 + r.nextInt(headerEnd - 8)] = (byte) INTERESTING_BYTES[r.nextInt(INTERESTING_BYTES.length)];
                        }
                        what += "header byte overwrites";
                    }
                    case 3 -> { // random bytes over the data
                        if (b.length > headerEnd) {
                            for (int w = 0; w < 4; w++) {
                                b[headerEnd + r.nextInt(b.length - headerEnd)] = (byte) r.nextInt(256);
                            }
                        }
                        what += "data overwrites";
                    }
                    default -> { // cut or grow the file
                        int newLength = r.nextBoolean() ? r.nextInt(b.length) : b.length + 1 + r.nextInt(64);
                        byte[] resized = Arrays.copyOf(b, newLength);
                        for (int k = b.length; k < newLength; k++) {
                            resized[k] = (byte) r.nextInt(256);
                        }
                        b = resized;
                        what += "resize to " + newLength;
                    }
                }
                check(b, what);
                cases++;
            }
        }
        assertEquals(seeds.size() * 2500, cases);
        report("byte-level", start);
    }

    @Test
    void everyTruncationOfASmallFileIsRejected() {
        long start = System.nanoTime();
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("w", Tensor.of(new float[][] {{1f, 2f}, {3f, 4f}}));
        tensors.put("n", Tensor.ofLongs(new long[] {1}));
        for (byte[] file : List.of(SafeTensors.toBytes(tensors, Map.of("k", "v")),
                seeds.get(5), seeds.get(2))) {
            for (int length = 0; length < file.length; length++) {
                byte[] prefix = Arrays.copyOf(file, length);
                check(prefix, "truncated to " + length);
                assertThrows(ModelFormatException.class, () -> SafeTensors.read(prefix, NAME), "prefix " + length);
            }
            byte[] longer = Arrays.copyOf(file, file.length + 1);
            assertThrows(ModelFormatException.class, () -> SafeTensors.read(longer, NAME), "one byte too many");
        }
        report("truncation", start);
    }

    @Test
    void corruptHeaderLengthFieldsAreRejected() {
        long start = System.nanoTime();
        for (int s = 0; s < seeds.size(); s++) {
            byte[] seed = seeds.get(s);
            long n = headerLength(seed);
            long size = seed.length;
            List<Long> lengths = new ArrayList<>(List.of(0L, 1L, 2L, 7L, 8L, n - 8, n - 1, n + 1, n + 8, size - 8,
                    size - 7, size, (long) Integer.MAX_VALUE, 1L << 31, 1L << 32, (1L << 32) + n, Long.MAX_VALUE,
                    Long.MIN_VALUE, -1L, -n, 100_000_000L, 100_000_001L));
            Random r = new Random(s);
            for (int i = 0; i < 200; i++) {
                lengths.add(r.nextLong());
                lengths.add(n + r.nextInt(33) - 16);
                lengths.add(n ^ (1L << r.nextInt(64)));
            }
            for (long length : lengths) {
                check(withHeaderLength(seed, length), "seed " + s + " header length " + Long.toUnsignedString(length));
            }
        }
        report("header length", start);
    }

    // ---------------------------------------------------------------- JSON-aware mutations

    /** A header as raw members, so mutations can write anything, duplicates included. */
    private static final class Header {
        final List<String[]> members = new ArrayList<>(); // {key JSON, value JSON}
        final byte[] data;

        Header(byte[] file) throws IOException {
            int n = (int) headerLength(file);
            JsonNode root = JSON.readTree(new String(file, 8, n, StandardCharsets.UTF_8));
            root.properties().forEach(e -> members.add(new String[] {JSON.valueToTree(e.getKey()).toString(),
                e.getValue().toString()}));
            data = Arrays.copyOfRange(file, 8 + n, file.length);
        }

        byte[] toFile(String padding, byte[] data) {
            StringBuilder b = new StringBuilder("{");
            for (String[] m : members) {
                b.append(b.length() > 1 ? "," : "").append(m[0]).append(':').append(m[1]);
            }
            b.append('}').append(padding);
            return RawSafeTensors.file(b.toString(), data);
        }

        /** Indices of the tensor entries (not __metadata__). */
        List<Integer> tensors() {
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                if (!members.get(i)[0].equals("\"__metadata__\"")) {
                    list.add(i);
                }
            }
            return list;
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces one field of an entry's JSON (entries from TrainLab and PyTorch have the usual three). */
    private static String setField(String entry, String field, String valueJson) {
        JsonNode node = tree(entry);
        if (!node.isObject()) {
            return entry;
        }
        StringBuilder b = new StringBuilder("{");
        node.properties().forEach(e -> {
            b.append(b.length() > 1 ? "," : "").append('"').append(e.getKey()).append("\":")
                    .append(e.getKey().equals(field) ? valueJson : e.getValue().toString());
        });
        return b.append('}').toString();
    }

    private static String field(String entry, String field) {
        JsonNode node = tree(entry).get(field);
        return node == null ? "null" : node.toString();
    }

    private static <T> T pick(Random r, T[] options) {
        return options[r.nextInt(options.length)];
    }

    private static final List<BiFunction<Header, Random, String>> JSON_MUTATIONS = List.of(
            (h, r) -> { // swap the offsets of two tensors
                List<Integer> t = h.tensors();
                if (t.size() < 2) {
                    return "no swap";
                }
                String[] a = h.members.get(t.get(r.nextInt(t.size())));
                String[] b = h.members.get(t.get(r.nextInt(t.size())));
                String oa = field(a[1], "data_offsets");
                a[1] = setField(a[1], "data_offsets", field(b[1], "data_offsets"));
                b[1] = setField(b[1], "data_offsets", oa);
                return "swap offsets";
            },
            (h, r) -> { // one shape size becomes an interesting number
                String[] e = h.members.get(pick(h.tensors(), r));
                JsonNode shape = tree(e[1]).get("shape");
                List<String> dims = new ArrayList<>();
                shape.forEach(d -> dims.add(d.toString()));
                String value = pick(r, INTERESTING_NUMBERS);
                if (dims.isEmpty() || r.nextInt(4) == 0) {
                    dims.add(r.nextInt(dims.size() + 1), value);
                } else {
                    dims.set(r.nextInt(dims.size()), value);
                }
                e[1] = setField(e[1], "shape", "[" + String.join(",", dims) + "]");
                return "shape " + dims;
            },
            (h, r) -> { // a reshape with the same element count: still valid
                String[] e = h.members.get(pick(h.tensors(), r));
                long numel = 1;
                for (JsonNode d : tree(e[1]).get("shape")) {
                    numel *= d.asLong();
                }
                e[1] = setField(e[1], "shape", r.nextBoolean() ? "[" + numel + "]" : "[1," + numel + ",1]");
                return "reshape";
            },
            (h, r) -> { // one offset becomes an interesting number, or moves by a little
                String[] e = h.members.get(pick(h.tensors(), r));
                JsonNode offsets = tree(e[1]).get("data_offsets");
                String[] parts = {offsets.get(0).toString(), offsets.get(1).toString()};
                int which = r.nextInt(2);
                parts[which] = r.nextBoolean() ? pick(r, INTERESTING_NUMBERS)
                        : Long.toString(offsets.get(which).asLong() + r.nextInt(17) - 8);
                e[1] = setField(e[1], "data_offsets", r.nextInt(8) == 0 ? "[" + parts[0] + "]"
                        : "[" + parts[0] + "," + parts[1] + "]");
                return "offsets " + Arrays.toString(parts);
            },
            (h, r) -> { // another dtype name
                String[] e = h.members.get(pick(h.tensors(), r));
                String dtype = pick(r, DTYPES);
                e[1] = setField(e[1], "dtype", r.nextInt(10) == 0 ? pick(r, ODD_VALUES) : "\"" + dtype + "\"");
                return "dtype " + dtype;
            },
            (h, r) -> { // metadata with values that are not strings, or that is not a map
                String odd = pick(r, ODD_VALUES);
                String metadata = r.nextBoolean() ? "{\"format\":\"pt\",\"epochs\":" + odd + "}" : odd;
                h.members.add(r.nextInt(h.members.size() + 1), new String[] {"\"__metadata__\"", metadata});
                return "metadata " + metadata;
            },
            (h, r) -> { // a duplicated key: tensor, metadata or field
                int i = r.nextInt(h.members.size());
                String[] e = h.members.get(i);
                if (r.nextBoolean()) {
                    h.members.add(r.nextInt(h.members.size() + 1), e.clone());
                    return "duplicate key " + e[0];
                }
                e[1] = e[1].replaceFirst("\\{\"(\\w+)\":([^,}]+)", "{\"$1\":$2,\"$1\":$2");
                return "duplicate field in " + e[0];
            },
            (h, r) -> { // a field removed, added, or the entry replaced by something else
                String[] e = h.members.get(pick(h.tensors(), r));
                switch (r.nextInt(3)) {
                    case 0 -> e[1] = e[1].replaceFirst("\"shape\":\\[[^\\]]*\\],?", "").replace(",}", "}");
                    case 1 -> e[1] = e[1].replaceFirst("\\}$", ",\"extra\":" + pick(r, ODD_VALUES) + "}");
                    default -> e[1] = pick(r, ODD_VALUES);
                }
                return "entry fields";
            },
            (h, r) -> { // odd tensor names
                String[] e = h.members.get(pick(h.tensors(), r));
                e[0] = pick(r, new String[] {"\"__metadata__\"", "\"\"", "\"\\ud800\"", "\"\\udc00x\"", "\"a\\u0000b\"",
                    "\"模型.weight\"", "\"" + "n".repeat(5000) + "\"", "\"\\ud83d\\ude80\""});
                return "name " + e[0];
            },
            (h, r) -> { // a tensor removed (leaves a hole) or a zero-size one added
                if (r.nextBoolean()) {
                    h.members.remove((int) pick(h.tensors(), r));
                    return "tensor removed";
                }
                int at = r.nextInt(h.data.length + 1);
                h.members.add(new String[] {"\"extra\"", "{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[" + at + ","
                        + at + "]}"});
                return "zero-size tensor added";
            },
            (h, r) -> { // deep nesting where a shape belongs
                String[] e = h.members.get(pick(h.tensors(), r));
                int depth = 1 + r.nextInt(3000);
                e[1] = setField(e[1], "shape", "[".repeat(depth) + "]".repeat(depth));
                return "nesting " + depth;
            });

    private static <T> T pick(List<T> options, Random r) {
        return options.get(r.nextInt(options.size()));
    }

    private static final String[] PADDINGS = {"", " ", "       ", "\t\n", "\u0000", "  x", "}", " {}", "\r\n  "};

    @Test
    void jsonAwareMutationsAreRejectedOrReadConsistently() throws IOException {
        long start = System.nanoTime();
        int cases = 0;
        for (int s = 0; s < seeds.size(); s++) {
            for (int i = 0; i < 2500; i++) {
                Random r = new Random(-(s * 1_000_003L + i));
                Header h = new Header(seeds.get(s));
                StringBuilder what = new StringBuilder("seed " + s + " case " + i + ":");
                int mutations = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
                for (int m = 0; m < mutations && !h.tensors().isEmpty(); m++) {
                    try {
                        what.append(' ').append(pick(JSON_MUTATIONS, r).apply(h, r)).append(';');
                    } catch (RuntimeException e) { // an earlier mutation left JSON this one cannot edit
                        what.append(" (skipped: ").append(e).append(");");
                    }
                }
                byte[] data = h.data;
                if (r.nextInt(6) == 0) {
                    data = Arrays.copyOf(data, Math.max(0, data.length + r.nextInt(17) - 8));
                }
                check(h.toFile(r.nextInt(5) == 0 ? pick(r, PADDINGS) : "", data), what.toString());
                cases++;
            }
        }
        assertEquals(seeds.size() * 2500, cases);
        assertTrue(outcomes.getOrDefault("read", 0) > 100, "some mutations keep the file valid: " + outcomes);
        assertFalse(outcomes.keySet().stream().noneMatch(k -> k.contains("unsupported dtype")), outcomes.toString());
        report("json-aware", start);
    }
}
