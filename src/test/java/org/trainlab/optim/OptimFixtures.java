package org.trainlab.optim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.Golden;
import org.trainlab.tensor.Tensor;

/**
 * Reads golden/optim.json, written by tools/fixtures/optim.py: one problem (x, y, the initial state of
 * Sequential(Linear(3,4), Tanh(), Linear(4,2))) and 50 PyTorch steps per optimizer case.
 */
final class OptimFixtures {
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
        return new OptimFixtures(Golden.load("optim.json"));
    }

    /** A fixture tensor; null stays null. */
    static Tensor tensor(JsonNode t) {
        return t == null || t.isNull() ? null : Golden.tensor(t);
    }

    static Map<String, Tensor> tensors(JsonNode object) {
        return Golden.state(object);
    }

    static float[] floats(JsonNode array) {
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) array.get(i).asDouble();
        }
        return out;
    }
}
