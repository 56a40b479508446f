package org.trainlab.optim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Tensor;

/**
 * Reads golden/optim.json, written by tools/fixtures/optim.py: one problem (x, y, the initial state of
 * Sequential(Linear(3,4), Tanh(), Linear(4,2))) and 50 PyTorch steps per optimizer case.
 */
final class OptimFixtures {
    static final String RESOURCE = "/golden/optim.json";

    record Case(String name, String optimizer, JsonNode kwargs, Map<Integer, Double> lrChanges, float[] losses,
            Map<String, Tensor> stateAfter1, Map<String, Tensor> stateAfter50, JsonNode optimizerStateAfter1,
            JsonNode optimizerStateAfter50) {
        @Override
        public String toString() {
            return name;
        }
    }

    final String torchVersion;
    final Tensor x;
    final Tensor y;
    final Map<String, Tensor> initialState;
    final List<Case> cases;

    private OptimFixtures(JsonNode root) {
        torchVersion = root.get("torch_version").asText();
        x = tensor(root.get("x"));
        y = tensor(root.get("y"));
        initialState = tensors(root.get("initial_state"));
        cases = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            Map<Integer, Double> lrChanges = new LinkedHashMap<>();
            c.get("lr_changes").properties().forEach(e -> lrChanges.put(Integer.parseInt(e.getKey()),
                    e.getValue().asDouble()));
            cases.add(new Case(c.get("name").asText(), c.get("optimizer").asText(), c.get("kwargs"), lrChanges,
                    floats(c.get("losses")), tensors(c.get("state_after_1")), tensors(c.get("state_after_50")),
                    c.get("optimizer_state_after_1"), c.get("optimizer_state_after_50")));
        }
    }

    static OptimFixtures load() {
        try (InputStream in = OptimFixtures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE
                        + " (generate it with tools/fixtures, or copy it from main)");
            }
            return new OptimFixtures(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture tensor T = {"shape", "data"[, "dtype": "int64"]}; null stays null. */
    static Tensor tensor(JsonNode t) {
        if (t == null || t.isNull()) {
            return null;
        }
        int[] shape = new int[t.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = t.get("shape").get(i).asInt();
        }
        boolean int64 = t.has("dtype") && t.get("dtype").asText().equals("int64");
        return Tensor.of(floats(t.get("data")), shape, int64 ? DType.INT64 : DType.FLOAT32);
    }

    static Map<String, Tensor> tensors(JsonNode object) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        object.properties().forEach(e -> out.put(e.getKey(), tensor(e.getValue())));
        return out;
    }

    static float[] floats(JsonNode array) {
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) array.get(i).asDouble();
        }
        return out;
    }
}
