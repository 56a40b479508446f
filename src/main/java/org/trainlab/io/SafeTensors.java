package org.trainlab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.trainlab.tensor.Tensor;

/**
 * Reads and writes safetensors files, the format {@code safetensors.torch.save_file} and {@code load_file}
 * use: an 8-byte little-endian header length, a JSON header naming each tensor's dtype, shape and byte
 * range (plus an optional {@code __metadata__} map of strings), then the raw little-endian data.
 *
 * <p>TrainLab writes float32 tensors as F32 and int64 tensors (BatchNorm's {@code num_batches_tracked})
 * as I64, in the map's order, so a PyTorch user can {@code load_state_dict(load_file(path), strict=True)}.
 */
public final class SafeTensors {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String METADATA_KEY = "__metadata__";

    private SafeTensors() {
    }

    // ---------------------------------------------------------------- writing

    /** Writes tensors and metadata to {@code path} atomically: the old file stays intact if anything fails. */
    public static void write(Path path, Map<String, Tensor> tensors, Map<String, String> metadata) throws IOException {
        AtomicFile.write(path, out -> write(out, tensors, metadata));
    }

    public static void write(Path path, Map<String, Tensor> tensors) throws IOException {
        write(path, tensors, Map.of());
    }

    /** Writes the file's bytes to a stream (not closed). */
    public static void write(OutputStream out, Map<String, Tensor> tensors, Map<String, String> metadata)
            throws IOException {
        List<Map.Entry<String, Tensor>> entries = new ArrayList<>(tensors.entrySet());
        byte[] header = header(entries, metadata == null ? Map.of() : metadata);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(header.length);
        out.write(buffer.array(), 0, buffer.position());
        out.write(header);
        buffer.clear();
        for (Map.Entry<String, Tensor> entry : entries) {
            Tensor t = entry.getValue();
            SafeTensorsDType dtype = SafeTensorsDType.writtenFor(t.dtype());
            for (float v : t.data()) {
                if (buffer.remaining() < dtype.size) {
                    out.write(buffer.array(), 0, buffer.position());
                    buffer.clear();
                }
                dtype.encode(v, buffer);
            }
        }
        out.write(buffer.array(), 0, buffer.position());
    }

    /** The bytes of a safetensors file holding these tensors and metadata. */
    public static byte[] toBytes(Map<String, Tensor> tensors, Map<String, String> metadata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, tensors, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    /** The JSON header, padded with spaces to a multiple of 8 bytes as the reference implementation does. */
    private static byte[] header(List<Map.Entry<String, Tensor>> entries, Map<String, String> metadata)
            throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(json)) {
            g.writeStartObject();
            if (!metadata.isEmpty()) {
                g.writeObjectFieldStart(METADATA_KEY);
                for (Map.Entry<String, String> m : metadata.entrySet()) {
                    g.writeStringField(checkText(m.getKey(), "metadata key"),
                            checkText(m.getValue(), "metadata value of " + SafeTensorsReader.quote(m.getKey())));
                }
                g.writeEndObject();
            }
            long offset = 0;
            for (Map.Entry<String, Tensor> entry : entries) {
                String name = checkText(entry.getKey(), "tensor name");
                if (name.equals(METADATA_KEY)) {
                    throw new IllegalArgumentException("safetensors: '__metadata__' is reserved and cannot name a tensor");
                }
                Tensor t = entry.getValue();
                if (t == null) {
                    throw new IllegalArgumentException("safetensors: tensor " + SafeTensorsReader.quote(name) + " is null");
                }
                SafeTensorsDType dtype = SafeTensorsDType.writtenFor(t.dtype());
                long end = offset + (long) t.numel() * dtype.size;
                g.writeObjectFieldStart(name);
                g.writeStringField("dtype", dtype.name());
                g.writeFieldName("shape");
                g.writeArray(t.shape(), 0, t.dim());
                g.writeFieldName("data_offsets");
                g.writeArray(new long[] {offset, end}, 0, 2);
                g.writeEndObject();
                offset = end;
            }
            g.writeEndObject();
        }
        int padding = (8 - json.size() % 8) % 8;
        byte[] header = Arrays.copyOf(json.toByteArray(), json.size() + padding);
        Arrays.fill(header, json.size(), header.length, (byte) ' ');
        return header;
    }

    private static String checkText(String s, String what) {
        if (s == null) {
            throw new IllegalArgumentException("safetensors: " + what + " is null");
        }
        if (SafeTensorsReader.hasUnpairedSurrogate(s)) {
            throw new IllegalArgumentException("safetensors: " + what + " " + SafeTensorsReader.quote(s)
                    + " is not valid Unicode (unpaired surrogate)");
        }
        return s;
    }

    // ---------------------------------------------------------------- reading

    /** Reads a safetensors file; a damaged or unsupported file is a {@link ModelFormatException}. */
    public static SafeTensorsFile read(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return new SafeTensorsReader(path.toString(), ByteSource.of(channel)).read();
        }
    }

    /** Reads a safetensors file held in memory; {@code name} is used in error messages. */
    public static SafeTensorsFile read(byte[] bytes, String name) throws ModelFormatException {
        try {
            return new SafeTensorsReader(name, ByteSource.of(bytes)).read();
        } catch (ModelFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an array source does not fail
        }
    }

    /** Reads a whole stream (not closed) as a safetensors file. */
    public static SafeTensorsFile read(InputStream in, String name) throws IOException {
        return read(in.readAllBytes(), name);
    }
}
