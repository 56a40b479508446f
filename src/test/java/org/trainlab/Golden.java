package org.trainlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Tensor;

/**
 * Reads the golden fixtures that {@code tools/make_fixtures.py} wrote with PyTorch, and compares
 * tensors against them with float32 tolerances, keeping the largest error seen per group.
 */
public final class Golden {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, double[]> WORST = new ConcurrentHashMap<>();

    private Golden() {
    }

    /** A fixture file under src/test/resources/golden/. */
    public static JsonNode load(String file) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture golden/" + file + "; run tools/make_fixtures.py");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tensor encoded as {"shape": [..], "data": [..]} (with "dtype": "int64" for whole numbers). */
    public static Tensor tensor(JsonNode node) {
        JsonNode shapeNode = node.get("shape");
        int[] shape = new int[shapeNode.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shapeNode.get(i).asInt();
        }
        JsonNode dataNode = node.get("data");
        float[] data = new float[dataNode.size()];
        for (int i = 0; i < data.length; i++) {
            JsonNode v = dataNode.get(i);
            data[i] = v.isTextual() ? (float) Double.parseDouble(v.asText()) : (float) v.asDouble();
        }
        boolean int64 = node.has("dtype") && "int64".equals(node.get("dtype").asText());
        return Tensor.of(data, shape, int64 ? DType.INT64 : DType.FLOAT32);
    }

    /** A state_dict encoded as {name: tensor}, in file order. */
    public static LinkedHashMap<String, Tensor> state(JsonNode node) {
        LinkedHashMap<String, Tensor> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), tensor(e.getValue())));
        return out;
    }

    /**
     * Asserts same shape and |a − e| ≤ atol + rtol·|e| element-wise, recording the largest relative and
     * absolute error under {@code group}.
     */
    public static void assertClose(Tensor expected, Tensor actual, double rtol, double atol, String group,
            String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        float[] e = expected.data();
        float[] a = actual.data();
        double maxAbs = 0;
        double maxRel = 0;
        for (int i = 0; i < e.length; i++) {
            if (Float.isNaN(e[i]) && Float.isNaN(a[i])) {
                continue;
            }
            double diff = Math.abs((double) a[i] - e[i]);
            maxAbs = Math.max(maxAbs, diff);
            if (e[i] != 0) {
                maxRel = Math.max(maxRel, diff / Math.abs(e[i]));
            }
            if (!(diff <= atol + rtol * Math.abs(e[i]))) {
                fail(what + ": element " + i + " is " + a[i] + ", PyTorch has " + e[i] + " (|diff| " + diff + ")");
            }
        }
        double[] worst = WORST.computeIfAbsent(group, k -> new double[2]);
        synchronized (worst) {
            worst[0] = Math.max(worst[0], maxRel);
            worst[1] = Math.max(worst[1], maxAbs);
        }
    }

    /** Largest {relative, absolute} error seen so far per group, for the closing report. */
    public static Map<String, double[]> worstErrors() {
        return WORST;
    }
}
