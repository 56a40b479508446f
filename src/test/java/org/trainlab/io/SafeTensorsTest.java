package org.trainlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

class SafeTensorsTest {
    @TempDir
    Path dir;

    static LinkedHashMap<String, Tensor> ranksZeroToThree() {
        Generator g = new Generator(7);
        LinkedHashMap<String, Tensor> t = new LinkedHashMap<>();
        t.put("scalar", Tensor.scalar(3.5));
        t.put("vector", Tensor.of(-0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.MIN_VALUE,
                Float.MAX_VALUE, 1f / 3f));
        t.put("matrix", Tensor.randn(g, 2, 3));
        t.put("cube", Tensor.randn(g, 2, 3, 4));
        t.put("empty", Tensor.zeros(0, 3));
        t.put("steps", Tensor.ofLongs(new long[] {7}));
        t.put("labels", Tensor.ofLongs(new long[] {-3, 0, 1 << 24, -(1 << 24)}, 4));
        t.put("pairs", Tensor.ofLongs(new long[] {1, 2, 3, 4}, 2, 2));
        t.put("blocks", Tensor.ofLongs(new long[] {0, 1, 2, 3, 4, 5}, 2, 1, 3));
        return t;
    }

    static void assertSameTensors(Map<String, Tensor> expected, Map<String, Tensor> actual) {
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "tensor names in order");
        for (String name : expected.keySet()) {
            Tensor e = expected.get(name);
            Tensor a = actual.get(name);
            assertArrayEquals(e.shape(), a.shape(), name + " shape");
            assertEquals(e.dtype(), a.dtype(), name + " dtype");
            assertArrayEquals(e.data(), a.data(), name + " values");
        }
    }

    @Test
    void roundTripsFloatAndInt64TensorsOfRanksZeroToThreeWithMetadata() throws Exception {
        LinkedHashMap<String, Tensor> tensors = ranksZeroToThree();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "pt");
        metadata.put("architecture", "Sequential(\n  (0): Linear(in_features=2, out_features=1, bias=True)\n)");
        metadata.put("note", "naïve – 模型 🚀 \"quoted\" \\");
        Path file = dir.resolve("model.safetensors");

        SafeTensors.write(file, tensors, metadata);
        SafeTensorsFile read = SafeTensors.read(file);

        assertSameTensors(tensors, read.tensors());
        assertEquals(metadata, read.metadata());
        assertEquals(List.copyOf(metadata.keySet()), List.copyOf(read.metadata().keySet()));
        assertEquals(DType.INT64, read.tensors().get("steps").dtype());
        assertEquals(0, read.tensors().get("steps").dim());
    }

    @Test
    void writesTheReferenceLayout() throws Exception {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("w", Tensor.of(1f, 2f));
        tensors.put("n", Tensor.ofLongs(new long[] {5}));
        byte[] bytes = SafeTensors.toBytes(tensors, Map.of("k", "v"));

        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long n = b.getLong();
        assertEquals(0, (8 + n) % 8, "data starts 8-byte aligned");
        String header = new String(bytes, 8, (int) n, StandardCharsets.UTF_8);
        assertEquals("{\"__metadata__\":{\"k\":\"v\"},\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"n\":{\"dtype\":\"I64\",\"shape\":[],\"data_offsets\":[8,16]}}", header.stripTrailing());
        assertTrue(header.substring(header.stripTrailing().length()).chars().allMatch(c -> c == ' '), "space padding");
        b.position(8 + (int) n);
        assertEquals(1f, b.getFloat());
        assertEquals(2f, b.getFloat());
        assertEquals(5L, b.getLong());
        assertFalse(b.hasRemaining());
    }

    @Test
    void readsBytesAndStreamsLikeFiles() throws Exception {
        byte[] bytes = SafeTensors.toBytes(ranksZeroToThree(), Map.of());
        assertSameTensors(ranksZeroToThree(), SafeTensors.read(bytes, "mem").tensors());
        assertSameTensors(ranksZeroToThree(),
                SafeTensors.read(new ByteArrayInputStream(bytes), "stream").tensors());
        assertEquals(Map.of(), SafeTensors.read(bytes, "mem").metadata());
    }

    @Test
    void acceptsWhatTheFormatAllows() throws Exception {
        // Header order differs from data order; metadata last; a zero-size tensor shares an offset; tab padding.
        String header = "{\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]},"
                + "\"none\":{\"dtype\":\"F32\",\"shape\":[0,5],\"data_offsets\":[4,4]},"
                + "\"a\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]},\"__metadata__\":{}}\t\n  ";
        SafeTensorsFile f = SafeTensors.read(RawSafeTensors.file(header, RawSafeTensors.floats(1.5f, 2.5f)), "ok");
        assertEquals(List.of("b", "none", "a"), List.copyOf(f.tensors().keySet()));
        assertEquals(2.5f, f.tensors().get("b").item());
        assertEquals(1.5f, f.tensors().get("a").item());
        assertArrayEquals(new int[] {0, 5}, f.tensors().get("none").shape());

        SafeTensorsFile empty = SafeTensors.read(RawSafeTensors.file("{}      ", new byte[0]), "empty");
        assertTrue(empty.tensors().isEmpty());
    }

    @Test
    void refusesAnUnsupportedDtypeByName() {
        byte[] file = RawSafeTensors.file("{\"x\":{\"dtype\":\"F8_E4M3\",\"shape\":[2],\"data_offsets\":[0,2]}}",
                new byte[2]);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> SafeTensors.read(file, "m.safetensors"));
        assertEquals("m.safetensors, tensor 'x': unsupported dtype F8_E4M3", e.getMessage());
        assertEquals("tensor 'x'", e.place());
    }

    private static String error(byte[] file) {
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> SafeTensors.read(file, "bad.safetensors"));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.safetensors, "), e.getMessage());
        return e.getMessage();
    }

    private static String error(String header, byte[] data) {
        return error(RawSafeTensors.file(header, data));
    }

    private static String entry(String name, String dtype, String shape, long begin, long end) {
        return "\"" + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape + ",\"data_offsets\":[" + begin + ","
                + end + "]}";
    }

    @Test
    void namesTheFileThePlaceAndTheReason() {
        byte[] eight = new byte[8];
        assertEquals("bad.safetensors, byte 0: the file has 3 bytes, too few for the 8-byte header length",
                error(new byte[3]));
        byte[] tooLong = RawSafeTensors.file("{}", eight);
        tooLong[0] = 100;
        assertEquals("bad.safetensors, byte 0: header length 100 is more than the 10 bytes that follow it",
                error(tooLong));
        byte[] huge = RawSafeTensors.file("{}", eight);
        huge[7] = (byte) 0x80;
        assertEquals("bad.safetensors, byte 0: header length 9223372036854775810 is more than the limit of "
                + "100000000 bytes", error(huge));
        assertEquals("bad.safetensors, byte 10: the header is not valid UTF-8",
                error(RawSafeTensors.file(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}, new byte[0])));
        assertEquals("bad.safetensors, byte 13: the header is not valid JSON: Unexpected end-of-input within/between Object entries", error("{\"a\":", new byte[0]));
        assertTrue(error("{\"a\" 1}", new byte[0]).startsWith("bad.safetensors, byte 13: the header is not valid JSON: Unexpected character"));
        assertEquals("bad.safetensors, byte 8: the header is not a JSON object (it starts with a list)",
                error("[]", new byte[0]));
        assertEquals("bad.safetensors, byte 11: unexpected an object after the header's JSON object",
                error("{} {}", new byte[0]));

        String a = entry("a", "F32", "[2]", 0, 8);
        assertTrue(error("{" + a + "," + a + "}", eight).contains("Duplicate field 'a'"));
        assertTrue(error("{\"__metadata__\":{\"k\":\"1\",\"k\":\"2\"}}", new byte[0]).contains("Duplicate field 'k'"));
        assertEquals("bad.safetensors, __metadata__: the value of 'epochs' is the number 3, not a string",
                error("{\"__metadata__\":{\"epochs\":3}}", new byte[0]));
        assertEquals("bad.safetensors, __metadata__: expected an object of strings but found a list",
                error("{\"__metadata__\":[]}", new byte[0]));
        assertEquals("bad.safetensors, tensor 'a': expected an object with dtype, shape and data_offsets but found "
                + "the number 5", error("{\"a\":5}", new byte[0]));
        assertEquals("bad.safetensors, tensor 'a': unexpected field 'dtypes' (an entry has exactly dtype, shape and "
                + "data_offsets)", error("{\"a\":{\"dtypes\":\"F32\"}}", new byte[0]));
        assertEquals("bad.safetensors, tensor 'a': the entry has no shape",
                error("{\"a\":{\"dtype\":\"F32\",\"data_offsets\":[0,8]}}", eight));
        assertEquals("bad.safetensors, tensor 'a': a shape size -2 is negative", error("{" + entry("a", "F32", "[-2]", 0, 8)
                + "}", eight));
        assertEquals("bad.safetensors, tensor 'a': a shape size must be a non-negative integer but is the number 2.0",
                error("{" + entry("a", "F32", "[2.0]", 0, 8) + "}", eight));
        assertEquals("bad.safetensors, tensor 'a': shape size 4294967296 is more than a TrainLab dimension holds "
                + "(2147483647)", error("{" + entry("a", "F32", "[4294967296]", 0, 8) + "}", eight));
        assertEquals("bad.safetensors, tensor 'a': shape [2147483647, 2147483647, 2147483647] has more elements "
                + "than a 64-bit count holds",
                error("{" + entry("a", "F32", "[2147483647,2147483647,2147483647]", 0, 8) + "}", eight));
        assertEquals("bad.safetensors, tensor 'a': data_offsets [0, 8] hold 8 bytes but shape [3] of F32 needs 12",
                error("{" + entry("a", "F32", "[3]", 0, 8) + "}", eight));
        assertEquals("bad.safetensors, tensor 'a': data_offsets [0, 16] reach past the end of the 8-byte data buffer",
                error("{" + entry("a", "F32", "[4]", 0, 16) + "}", eight));
        assertEquals("bad.safetensors, tensor 'a': data_offsets [8, 4] end before they begin",
                error("{" + entry("a", "F32", "[1]", 8, 4) + "}", eight));
        assertEquals("bad.safetensors, tensor 'a': data_offsets has 1 numbers instead of two",
                error("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0]}}", eight));
        assertEquals("bad.safetensors, tensor 'b': data_offsets [4, 8] overlap those of tensor 'a' [0, 8]",
                error("{" + a + "," + entry("b", "F32", "[1]", 4, 8) + "}", eight));
        assertEquals("bad.safetensors, byte 126: the 4 data bytes before tensor 'b' belong to no tensor",
                error("{" + entry("a", "F32", "[1]", 0, 4) + "," + entry("b", "F32", "[1]", 8, 12) + "}      ",
                        new byte[12]));
        assertEquals("bad.safetensors, byte 69: the last 4 bytes of the file belong to no tensor",
                error("{" + entry("a", "F32", "[1]", 0, 4) + "}   ", eight));
        assertEquals("bad.safetensors, tensor '\\ud800': the name holds an unpaired UTF-16 surrogate escape",
                error("{\"\\ud800\":{}}", new byte[0]));
    }

    /** A sparse file costs nothing on disk but claims gigabytes: refused before allocating, not an OutOfMemoryError. */
    @Test
    void aFileWhoseTensorsCannotFitInMemoryIsRefusedBeforeAllocating() throws Exception {
        long elements = 2_000_000_000L;
        Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() < 4 * elements, "this JVM could hold 8 GB");
        String header = "{\"big\":{\"dtype\":\"U8\",\"shape\":[" + elements + "],\"data_offsets\":[0," + elements
                + "]}}";
        header += " ".repeat((8 - header.length() % 8) % 8);
        Path file = dir.resolve("sparse.safetensors");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(RawSafeTensors.file(header, new byte[0]));
            raf.setLength(8 + header.length() + elements);
        }
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> SafeTensors.read(file));
        assertTrue(e.getMessage().startsWith(file + ", tensor 'big': loading needs 8000000000 bytes of memory"),
                e.getMessage());
    }

    @Test
    void aMissingFileIsAnIoErrorNotAFormatError() {
        assertThrows(NoSuchFileException.class, () -> SafeTensors.read(dir.resolve("nope.safetensors")));
    }

    @Test
    void theWriterRefusesWhatNoReaderCouldLoad() {
        Map<String, Tensor> reserved = Map.of("__metadata__", Tensor.of(1f));
        assertThrows(IllegalArgumentException.class, () -> SafeTensors.toBytes(reserved, Map.of()));
        Map<String, Tensor> nullTensor = new LinkedHashMap<>();
        nullTensor.put("w", null);
        assertThrows(IllegalArgumentException.class, () -> SafeTensors.toBytes(nullTensor, Map.of()));
        Map<String, Tensor> badName = Map.of("w\ud800", Tensor.of(1f));
        assertThrows(IllegalArgumentException.class, () -> SafeTensors.toBytes(badName, Map.of()));
    }

    @Test
    void writingReplacesAnOlderFile() throws Exception {
        Path file = dir.resolve("m.safetensors");
        Files.writeString(file, "old");
        SafeTensors.write(file, Map.of("w", Tensor.of(1f, 2f)));
        assertArrayEquals(new float[] {1f, 2f}, SafeTensors.read(file).tensors().get("w").data());
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList());
        }
    }
}
