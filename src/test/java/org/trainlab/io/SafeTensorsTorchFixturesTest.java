package org.trainlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Tensor;

/**
 * Files written by PyTorch's safetensors (tools/make_io_fixtures.py), next to the values PyTorch itself
 * gets when it converts each tensor to float32 or int64.
 */
class SafeTensorsTorchFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SafeTensorsTorchFixturesTest.class.getResourceAsStream("/io/" + name)) {
            assertNotNull(in, "missing fixture " + name + " (run tools/make_io_fixtures.py)");
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"torch_mlp", "torch_ranks", "torch_conversions", "torch_metadata"})
    void readsWhatPyTorchWrote(String fixture) throws IOException {
        JsonNode expected = JSON.readTree(resource(fixture + ".json"));
        SafeTensorsFile file = SafeTensors.read(resource(fixture + ".safetensors"), fixture + ".safetensors");

        List<String> order = new ArrayList<>();
        for (JsonNode t : expected.get("tensors")) {
            String name = t.get("name").asText();
            order.add(name);
            Tensor actual = file.tensors().get(name);
            assertNotNull(actual, name);
            int[] shape = JSON.convertValue(t.get("shape"), int[].class);
            assertArrayEquals(shape, actual.shape(), name + " shape");
            if (t.has("bits")) {
                assertEquals(DType.FLOAT32, actual.dtype(), name + " dtype");
                int[] bits = JSON.convertValue(t.get("bits"), int[].class);
                float[] values = new float[bits.length];
                for (int i = 0; i < bits.length; i++) {
                    values[i] = Float.intBitsToFloat(bits[i]);
                }
                assertArrayEquals(values, actual.data(), name + " (" + t.get("dtype").asText() + ") as float32");
            } else {
                assertEquals(DType.INT64, actual.dtype(), name + " dtype");
                long[] longs = JSON.convertValue(t.get("values"), long[].class);
                float[] values = new float[longs.length];
                for (int i = 0; i < longs.length; i++) {
                    values[i] = longs[i];
                }
                assertArrayEquals(values, actual.data(), name + " (" + t.get("dtype").asText() + ") as int64");
            }
        }
        assertEquals(order, List.copyOf(file.tensors().keySet()), "header order");
        Map<String, String> metadata = JSON.convertValue(expected.get("metadata"),
                JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, String.class));
        assertEquals(metadata, file.metadata());
    }

    @ParameterizedTest
    @ValueSource(strings = {"torch_mlp", "torch_ranks", "torch_metadata"})
    void rewritingAPyTorchFileKeepsEveryValue(String fixture) throws IOException {
        SafeTensorsFile original = SafeTensors.read(resource(fixture + ".safetensors"), fixture);
        byte[] rewritten = SafeTensors.toBytes(original.tensors(), original.metadata());
        SafeTensorsFile again = SafeTensors.read(rewritten, "rewritten");
        SafeTensorsTest.assertSameTensors(original.tensors(), again.tensors());
        assertEquals(original.metadata(), again.metadata());
    }
}
