package org.trainlab.spec;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.nn.RNN;
import org.trainlab.tensor.PythonRepr;

/**
 * "Convert to class": a Sequential written as the equivalent {@code class Net(nn.Module)}, as tutorial 303 writes
 * it. Layers with parameters or state (Linear, BatchNorm1d, Dropout, nested Sequentials) become attributes
 * ({@code fc1}, {@code bn1}, {@code drop1}, {@code seq1}); activations become functions in forward
 * ({@code F.relu(x)}, {@code torch.tanh(x)}), so the class prints differently (F.relu is not a module) but
 * computes the same, and built from the same generator it has the same initial weights.
 */
public final class ClassConversion {
    /** The class's source and which of its state_dict keys is which of the Sequential's. */
    public record Result(String source, Map<String, String> sequentialKeyToClassKey) {
        public Result {
            sequentialKeyToClassKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sequentialKeyToClassKey));
        }
    }

    private static final Map<String, String> PREFIXES = Map.of("Linear", "fc", "BatchNorm1d", "bn", "Dropout", "drop");

    private ClassConversion() {
    }

    /**
     * The class for {@code spec}; {@code className} names it (a Python identifier).
     *
     * @throws IllegalArgumentException for an RNN, whose (output, h_n) tuple a network file's forward cannot take
     */
    public static Result toClass(NetworkSpec spec, String className) {
        if (!className.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("a class name is a Python identifier, not '" + className + "'");
        }
        StringBuilder init = new StringBuilder();
        StringBuilder forward = new StringBuilder();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        List<NetworkSpec> layers = spec.layers();
        boolean sequential = spec.type() == null;
        boolean functional = false;
        for (int i = 0; i < layers.size(); i++) {
            NetworkSpec layer = layers.get(i);
            LayerType type = layer.type();
            if (type != null && type.moduleClass() == RNN.class) {
                throw new IllegalArgumentException("an RNN returns (output, h_n), which a network file's forward "
                        + "cannot unpack; keep it as a spec");
            }
            String call = activation(layer);
            if (call != null) {
                forward.append("        x = ").append(call).append('\n');
                functional |= call.startsWith("F.");
                continue;
            }
            String prefix = type == null ? "seq" : PREFIXES.getOrDefault(type.name(), type.name().toLowerCase());
            int n = counts.merge(prefix, 1, Integer::sum);
            String name = prefix + n;
            init.append("        self.").append(name).append(" = ").append(layer.code("nn.")).append('\n');
            forward.append("        x = self.").append(name).append("(x)\n");
            for (String key : layer.stateShapes().keySet()) {
                keys.put(sequential ? i + "." + key : key, name + "." + key);
            }
        }
        StringBuilder src = new StringBuilder("import torch\nimport torch.nn as nn\n");
        if (functional) {
            src.append("import torch.nn.functional as F\n");
        }
        src.append("\n\nclass ").append(className).append("(nn.Module):\n")
                .append("    def __init__(self):\n        super().__init__()\n").append(init)
                .append("\n    def forward(self, x):\n").append(forward).append("        return x\n\n\n")
                .append("net = ").append(className).append("()\n");
        return new Result(src.toString(), keys);
    }

    /** The function call an activation layer becomes in forward, or null for a layer that stays a module. */
    private static String activation(NetworkSpec layer) {
        LayerType type = layer.type();
        if (type == null) {
            return null;
        }
        Map<String, Object> a = layer.args();
        return switch (type.name()) {
            case "ReLU" -> "F.relu(x)";
            case "Sigmoid" -> "torch.sigmoid(x)";
            case "Tanh" -> "torch.tanh(x)";
            case "LeakyReLU" -> "F.leaky_relu(x" + keyword("negative_slope", a, 0.01) + ")";
            case "ELU" -> "F.elu(x" + keyword("alpha", a, 1.0) + ")";
            case "GELU" -> "F.gelu(x" + ("none".equals(a.get("approximate")) ? ""
                    : ", approximate=" + PythonRepr.string((String) a.get("approximate"))) + ")";
            case "Softplus" -> "F.softplus(x" + keyword("beta", a, 1.0) + keyword("threshold", a, 20.0) + ")";
            case "Softmax" -> "F.softmax(x, dim=" + a.get("dim") + ")";
            default -> null;
        };
    }

    private static String keyword(String name, Map<String, Object> args, double defaultValue) {
        double v = (Double) args.get(name);
        return v == defaultValue ? "" : ", " + name + "=" + PythonRepr.intOrFloat(v);
    }
}
