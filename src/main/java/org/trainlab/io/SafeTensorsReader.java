package org.trainlab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import org.trainlab.spec.Quoted;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.tensor.Tensor;

/**
 * Reads a safetensors file, checking everything the header claims against the file before allocating
 * anything for it: a hostile or damaged file ends in a {@link ModelFormatException}, never in an
 * OutOfMemoryError or an index exception. Tensors come back in header order.
 */
final class SafeTensorsReader {
    /** The reference implementation's limit on the JSON header. */
    static final long MAX_HEADER_BYTES = 100_000_000L;
    static final int MAX_RANK = 64;
    /** The largest Java array a tensor's storage can be. */
    static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;
    private static final int CHUNK_BYTES = 1 << 16;
    private static final String METADATA_KEY = "__metadata__";

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // No shared symbol table: names from hostile headers are neither kept nor able to trip its checks.
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();

    private record Entry(String name, SafeTensorsDType dtype, int[] shape, long numel, long begin, long end) {
    }

    private record Header(List<Entry> entries, Map<String, String> metadata) {
    }

    private final String file;
    private final ByteSource source;

    SafeTensorsReader(String file, ByteSource source) {
        this.file = file;
        this.source = source;
    }

    SafeTensorsFile read() throws IOException {
        long size = source.size();
        if (size < 8) {
            throw fail("byte 0", "the file has " + size + " bytes, too few for the 8-byte header length");
        }
        ByteBuffer lengthField = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        readAt(0, lengthField);
        long headerLength = lengthField.getLong(0);
        if (Long.compareUnsigned(headerLength, MAX_HEADER_BYTES) > 0) {
            throw fail("byte 0", "header length " + Long.toUnsignedString(headerLength) + " is more than the limit of "
                    + MAX_HEADER_BYTES + " bytes");
        }
        if (headerLength > size - 8) {
            throw fail("byte 0", "header length " + headerLength + " is more than the " + (size - 8)
                    + " bytes that follow it");
        }
        byte[] header = new byte[(int) headerLength];
        readAt(8, ByteBuffer.wrap(header));
        checkUtf8(header);
        long dataStart = 8 + headerLength;
        long dataSize = size - dataStart;
        Header parsed = parseHeader(header, dataSize);
        checkLayout(parsed.entries(), dataStart, dataSize);

        LinkedHashMap<String, Tensor> tensors = new LinkedHashMap<>();
        ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(CHUNK_BYTES, Math.max(dataSize, 8)))
                .order(ByteOrder.LITTLE_ENDIAN);
        for (Entry e : parsed.entries()) {
            tensors.put(e.name(), load(e, dataStart, chunk));
        }
        return new SafeTensorsFile(tensors, parsed.metadata());
    }

    // ---------------------------------------------------------------- header

    private void checkUtf8(byte[] header) throws ModelFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(header);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw fail("byte " + (8 + in.position()), "the header is not valid UTF-8");
            }
            if (!result.isOverflow()) {
                return;
            }
            out.clear();
        }
    }

    private Header parseHeader(byte[] header, long dataSize) throws ModelFormatException {
        try (JsonParser p = JSON.createParser(header)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw fail("byte 8", "the header is not a JSON object (it starts with " + describe(p, first) + ")");
            }
            List<Entry> entries = new ArrayList<>();
            Map<String, String> metadata = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals(METADATA_KEY)) {
                    metadata = parseMetadata(p);
                } else {
                    entries.add(parseEntry(p, name, dataSize));
                }
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw fail(byteAt(p.currentTokenLocation(), header), "unexpected " + describe(p, after)
                        + " after the header's JSON object");
            }
            return new Header(entries, metadata);
        } catch (JsonProcessingException e) {
            throw fail(byteAt(e.getLocation(), header), "the header is not valid JSON: " + oneLine(e.getOriginalMessage()));
        } catch (ModelFormatException e) {
            throw e;
        } catch (IOException e) {
            throw fail("byte 8", "the header could not be parsed: " + oneLine(e.getMessage()));
        }
    }

    private Map<String, String> parseMetadata(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw fail(METADATA_KEY, "expected an object of strings but found " + describe(p, p.currentToken()));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (value != JsonToken.VALUE_STRING) {
                throw fail(METADATA_KEY, "the value of " + quote(key) + " is " + describe(p, value) + ", not a string");
            }
            String text = p.getText();
            if (hasUnpairedSurrogate(key) || hasUnpairedSurrogate(text)) {
                throw fail(METADATA_KEY, "the entry " + quote(key) + " holds an unpaired UTF-16 surrogate escape");
            }
            metadata.put(key, text);
        }
        return metadata;
    }

    private Entry parseEntry(JsonParser p, String name, long dataSize) throws IOException {
        String where = "tensor " + quote(name);
        if (hasUnpairedSurrogate(name)) {
            throw fail(where, "the name holds an unpaired UTF-16 surrogate escape");
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw fail(where, "expected an object with dtype, shape and data_offsets but found "
                    + describe(p, p.currentToken()));
        }
        String dtypeName = null;
        int[] shape = null;
        long[] offsets = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "dtype" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        throw fail(where, "dtype must be a string but is " + describe(p, value));
                    }
                    dtypeName = p.getText();
                }
                case "shape" -> shape = parseShape(p, where);
                case "data_offsets" -> offsets = parseOffsets(p, where);
                default -> throw fail(where, "unexpected field " + quote(field)
                        + " (an entry has exactly dtype, shape and data_offsets)");
            }
        }
        if (dtypeName == null || shape == null || offsets == null) {
            String missing = dtypeName == null ? "dtype" : shape == null ? "shape" : "data_offsets";
            throw fail(where, "the entry has no " + missing);
        }
        SafeTensorsDType dtype = SafeTensorsDType.parse(dtypeName);
        if (dtype == null) {
            throw fail(where, "unsupported dtype " + printable(dtypeName));
        }
        long numel;
        long bytes;
        try {
            numel = 1;
            for (int d : shape) {
                numel = Math.multiplyExact(numel, d);
            }
            bytes = Math.multiplyExact(numel, dtype.size);
        } catch (ArithmeticException e) {
            throw fail(where, "shape " + Arrays.toString(shape) + " has more elements than a 64-bit count holds");
        }
        long begin = offsets[0];
        long end = offsets[1];
        String range = "data_offsets [" + begin + ", " + end + "]";
        if (end < begin) {
            throw fail(where, range + " end before they begin");
        }
        if (end > dataSize) {
            throw fail(where, range + " reach past the end of the " + dataSize + "-byte data buffer");
        }
        if (end - begin != bytes) {
            throw fail(where, range + " hold " + (end - begin) + " bytes but shape " + Arrays.toString(shape) + " of "
                    + dtype + " needs " + bytes);
        }
        return new Entry(name, dtype, shape, numel, begin, end);
    }

    private int[] parseShape(JsonParser p, String where) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail(where, "shape must be a list of sizes but is " + describe(p, p.currentToken()));
        }
        int[] dims = new int[4];
        int rank = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (rank == MAX_RANK) {
                throw fail(where, "shape has more than " + MAX_RANK + " dimensions");
            }
            long size = wholeNumber(p, t, where, "a shape size");
            if (size > Integer.MAX_VALUE) {
                throw fail(where, "shape size " + size + " is more than a TrainLab dimension holds ("
                        + Integer.MAX_VALUE + ")");
            }
            if (rank == dims.length) {
                dims = Arrays.copyOf(dims, dims.length * 2);
            }
            dims[rank++] = (int) size;
        }
        return Arrays.copyOf(dims, rank);
    }

    private long[] parseOffsets(JsonParser p, String where) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail(where, "data_offsets must be a list [begin, end] but is " + describe(p, p.currentToken()));
        }
        long[] offsets = new long[2];
        int count = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (count == 2) {
                throw fail(where, "data_offsets has more than two numbers");
            }
            offsets[count++] = wholeNumber(p, t, where, "a data offset");
        }
        if (count != 2) {
            throw fail(where, "data_offsets has " + count + " numbers instead of two");
        }
        return offsets;
    }

    /** A non-negative integer token that fits in a long. */
    private long wholeNumber(JsonParser p, JsonToken t, String where, String what) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw fail(where, what + " must be a non-negative integer but is " + describe(p, t));
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw fail(where, what + " " + clip(p.getText()) + " is too large");
        }
        long value = p.getLongValue();
        if (value < 0) {
            throw fail(where, what + " " + value + " is negative");
        }
        return value;
    }

    // ---------------------------------------------------------------- data

    /** Offsets sorted, without overlaps or holes, covering the data buffer exactly, as the reference requires. */
    private void checkLayout(List<Entry> entries, long dataStart, long dataSize) throws ModelFormatException {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
        long cursor = 0;
        Entry previous = null;
        for (Entry e : sorted) {
            if (e.begin() < cursor) {
                throw fail("tensor " + quote(e.name()), "data_offsets [" + e.begin() + ", " + e.end()
                        + "] overlap those of tensor " + quote(previous.name()) + " [" + previous.begin() + ", "
                        + previous.end() + "]");
            }
            if (e.begin() > cursor) {
                throw fail("byte " + (dataStart + cursor), "the " + (e.begin() - cursor)
                        + " data bytes before tensor " + quote(e.name()) + " belong to no tensor");
            }
            cursor = e.end();
            previous = e;
        }
        if (cursor != dataSize) {
            throw fail("byte " + (dataStart + cursor), "the last " + (dataSize - cursor)
                    + " bytes of the file belong to no tensor");
        }
        long floats = 0;
        Entry largest = null;
        for (Entry e : entries) {
            if (e.numel() > MAX_ELEMENTS) {
                throw fail("tensor " + quote(e.name()), "shape " + Arrays.toString(e.shape()) + " has " + e.numel()
                        + " elements, more than a TrainLab tensor holds (" + MAX_ELEMENTS + ")");
            }
            floats += e.numel();
            largest = largest == null || e.numel() > largest.numel() ? e : largest;
        }
        // Sparse files claim gigabytes for free: refuse what can never fit instead of dying of OutOfMemoryError.
        long bytes = floats * Float.BYTES;
        long heap = Runtime.getRuntime().maxMemory();
        if (largest != null && bytes > heap) {
            throw fail("tensor " + quote(largest.name()), "loading needs " + bytes + " bytes of memory but this JVM "
                    + "has at most " + heap + " (see -Xmx)");
        }
    }

    private Tensor load(Entry e, long dataStart, ByteBuffer chunk) throws IOException {
        float[] values;
        try {
            values = new float[(int) e.numel()];
        } catch (OutOfMemoryError full) { // one failed array allocation leaves the heap as it was
            throw fail("tensor " + quote(e.name()), "not enough free memory to load its " + e.numel()
                    + " elements (see -Xmx)");
        }
        int perChunk = chunk.capacity() / e.dtype().size;
        long position = dataStart + e.begin();
        int i = 0;
        while (i < values.length) {
            int count = Math.min(values.length - i, perChunk);
            chunk.clear().limit(count * e.dtype().size);
            readAt(position, chunk);
            chunk.flip();
            if (e.dtype() == SafeTensorsDType.F32) {
                chunk.asFloatBuffer().get(values, i, count);
                i += count;
            } else {
                for (int k = 0; k < count; k++) {
                    values[i++] = e.dtype().decode(chunk);
                }
            }
            position += (long) count * e.dtype().size;
        }
        return Tensor.of(values, e.shape(), e.dtype().loadsAs);
    }

    private void readAt(long position, ByteBuffer dst) throws IOException {
        if (!source.readFully(position, dst)) {
            throw fail("byte " + position, "the file ended early (did it change while being read?)");
        }
    }

    // ---------------------------------------------------------------- messages

    private ModelFormatException fail(String place, String reason) {
        return new ModelFormatException(file, place, reason);
    }

    /** The file offset of a place in the header (the parser counts chars, since field names are not interned). */
    private static String byteAt(JsonLocation location, byte[] header) {
        if (location == null) {
            return "byte 8";
        }
        if (location.getByteOffset() >= 0) {
            return "byte " + (8 + location.getByteOffset());
        }
        long chars = 0;
        int i = 0;
        while (i < header.length && chars < location.getCharOffset()) {
            int lead = header[i] & 0xFF;
            int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            chars += length == 4 ? 2 : 1;
            i += length;
        }
        return "byte " + (8 + Math.min(i, header.length));
    }

    private static String describe(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "the string " + quote(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + clip(p.getText());
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(t);
        };
    }

    /** A name as it appears in messages: single-quoted, control characters escaped, long names cut. */
    static String quote(String s) {
        return Quoted.quote(s);
    }

    static String printable(String s) {
        return Quoted.printable(s);
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "no details";
        }
        String line = s.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }

    static boolean hasUnpairedSurrogate(String s) {
        return Quoted.hasUnpairedSurrogate(s);
    }
}
