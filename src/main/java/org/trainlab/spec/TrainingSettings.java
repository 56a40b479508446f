package org.trainlab.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.optim.Optimizer;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * How a model was trained, as a whole-model file records it: the loss, the optimizer and its options
 * (PyTorch's keys, every option present), the number of steps (one step = one batch = one optimizer step),
 * the batch size (null: the whole data set), whether batches are shuffled, the seed, and how many leading
 * CSV columns are inputs. Stored as JSON:
 *
 * <pre>{"loss": "MSELoss", "optimizer": "Adam", "options": {"lr": 0.01, "betas": [0.9, 0.999], "eps": 1e-08,
 *  "weight_decay": 0.0, "amsgrad": false}, "steps": 50, "batch_size": null, "shuffle": false, "seed": 0,
 *  "inputs": 3}</pre>
 *
 * Construction checks everything, option values with PyTorch's own messages.
 */
public record TrainingSettings(LossKind loss, OptimizerKind optimizer, Map<String, Object> options, int steps,
        Integer batchSize, boolean shuffle, long seed, int inputs) {

    private static final List<String> KEYS = List.of("loss", "optimizer", "options", "steps", "batch_size", "shuffle",
            "seed", "inputs");
    /** Real settings are a few hundred characters; a hostile file's must not become a huge tree. */
    private static final int MAX_JSON_LENGTH = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    public TrainingSettings {
        if (loss == null || optimizer == null) {
            throw new IllegalArgumentException("training settings need a loss and an optimizer");
        }
        Map<String, Object> all = new LinkedHashMap<>(optimizer.defaults());
        for (Map.Entry<String, Object> e : options.entrySet()) {
            if (!all.containsKey(e.getKey())) {
                throw new IllegalArgumentException(optimizer.torchName() + " has no option '" + e.getKey()
                        + "' (its options: " + String.join(", ", optimizer.defaults().keySet()) + ")");
            }
            all.put(e.getKey(), checkOption(e.getKey(), e.getValue()));
        }
        options = Collections.unmodifiableMap(all);
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        }
        if (batchSize != null && batchSize < 1) {
            throw new IllegalArgumentException("batch_size must be at least 1, got " + batchSize);
        }
        if (inputs < 1) {
            throw new IllegalArgumentException("inputs must be at least 1, got " + inputs);
        }
        optimizer.create(List.of(Tensor.zeros(1).requiresGrad_()), options); // PyTorch's checks of the values
    }

    private static Object checkOption(String key, Object value) {
        Class<?> type = OptimizerKind.typeOf(key);
        if (type == Boolean.class) {
            if (!(value instanceof Boolean)) {
                throw new IllegalArgumentException("option " + key + " must be True or False, got " + value);
            }
            return value;
        }
        if (type == List.class) {
            if (!(value instanceof List<?> list) || list.size() != 2 || !(list.get(0) instanceof Number)
                    || !(list.get(1) instanceof Number)) {
                throw new IllegalArgumentException("option betas must be two numbers, got " + value);
            }
            return List.of(finite(key, (Number) list.get(0)), finite(key, (Number) list.get(1)));
        }
        if (value == null && key.equals("lr")) {
            return null;
        }
        if (!(value instanceof Number n)) {
            throw new IllegalArgumentException("option " + key + " must be a number, got " + value);
        }
        return finite(key, n);
    }

    private static Double finite(String key, Number n) {
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("option " + key + " must be a finite number, got " + d);
        }
        return d;
    }

    /** A new optimizer over {@code params} with these settings. */
    public Optimizer createOptimizer(List<Tensor> params) {
        return optimizer.create(params, options);
    }

    /** A copy with a different number of steps. */
    public TrainingSettings withSteps(int newSteps) {
        return new TrainingSettings(loss, optimizer, options, newSteps, batchSize, shuffle, seed, inputs);
    }

    /** The optimizer as PyTorch code: {@code torch.optim.Adam(params, lr=0.01, betas=(0.9, 0.999), ...)}. */
    public String optimizerCode(String params) {
        return optimizer.code(params, OptimizerKind.literal(options.get("lr")), options);
    }

    /** The options as Python keyword arguments: {@code lr=0.01, betas=(0.9, 0.999), amsgrad=False}. */
    public String optionsText() {
        StringBuilder sb = new StringBuilder();
        options.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append('=')
                .append(OptimizerKind.literal(v)));
        return sb.toString();
    }

    // ---------------------------------------------------------------- JSON

    /** The JSON text stored under {@code trainlab.training}; numbers as Python prints them (1e-08, 0.001). */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("loss", loss.torchName());
            g.writeStringField("optimizer", optimizer.torchName());
            g.writeObjectFieldStart("options");
            for (Map.Entry<String, Object> e : options.entrySet()) {
                g.writeFieldName(e.getKey());
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("steps", steps);
            g.writeFieldName("batch_size");
            if (batchSize == null) {
                g.writeNull();
            } else {
                g.writeNumber(batchSize);
            }
            g.writeBooleanField("shuffle", shuffle);
            g.writeNumberField("seed", seed);
            g.writeNumberField("inputs", inputs);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object item : l) {
                g.writeNumber(PythonRepr.number((Double) item));
            }
            g.writeEndArray();
        } else {
            g.writeNumber(PythonRepr.number((Double) v));
        }
    }

    /**
     * Reads {@link #toJson()}'s text. Options left out take the optimizer's defaults.
     *
     * @throws IllegalArgumentException naming the key and the reason when the text is not valid settings
     */
    public static TrainingSettings fromJson(String text) {
        if (text.length() > MAX_JSON_LENGTH) {
            throw new IllegalArgumentException("the settings have " + text.length() + " characters, more than the "
                    + MAX_JSON_LENGTH + " TrainLab reads");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("not valid JSON" + where + ": " + oneLine(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object of training settings");
        }
        List<String> unknown = new ArrayList<>();
        root.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                unknown.add(k);
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unexpected key " + quote(unknown.get(0)) + " (the keys are "
                    + String.join(", ", KEYS) + ")");
        }
        String lossName = text(root, "loss");
        LossKind lossKind = LossKind.named(lossName);
        if (lossKind == null) {
            throw new IllegalArgumentException("'loss' is " + quote(lossName) + ", not one of " + torchNames(
                    LossKind.values()));
        }
        String optimizerName = text(root, "optimizer");
        OptimizerKind optimizerKind = OptimizerKind.named(optimizerName);
        if (optimizerKind == null) {
            throw new IllegalArgumentException("'optimizer' is " + quote(optimizerName) + ", not one of "
                    + torchNames(OptimizerKind.values()));
        }
        JsonNode optionsNode = field(root, "options");
        if (!optionsNode.isObject()) {
            throw new IllegalArgumentException("'options' must be an object of optimizer options");
        }
        Map<String, Object> options = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : optionsNode.properties()) {
            options.put(e.getKey(), jsonValue(e.getValue()));
        }
        int steps = (int) whole(root, "steps", 1, Integer.MAX_VALUE);
        JsonNode batch = field(root, "batch_size");
        Integer batchSize = batch.isNull() ? null : (int) whole(root, "batch_size", 1, Integer.MAX_VALUE);
        JsonNode shuffle = field(root, "shuffle");
        if (!shuffle.isBoolean()) {
            throw new IllegalArgumentException("'shuffle' must be true or false");
        }
        long seed = whole(root, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        int inputs = (int) whole(root, "inputs", 1, Integer.MAX_VALUE);
        try {
            return new TrainingSettings(lossKind, optimizerKind, options, steps, batchSize, shuffle.booleanValue(), seed,
                    inputs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'options': " + e.getMessage(), e);
        }
    }

    private static Object jsonValue(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isArray()) {
            List<Object> items = new ArrayList<>();
            v.forEach(item -> items.add(item.isNumber() ? (Object) item.doubleValue() : item.toString()));
            return items;
        }
        return v.isNull() ? null : Quoted.printable(v.toString());
    }

    private static JsonNode field(JsonNode root, String key) {
        JsonNode v = root.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing key '" + key + "'");
        }
        return v;
    }

    private static String text(JsonNode root, String key) {
        JsonNode v = field(root, key);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("'" + key + "' must be a string");
        }
        return v.textValue();
    }

    private static long whole(JsonNode root, String key, long min, long max) {
        JsonNode v = field(root, key);
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number" + (min == 1 ? " from 1 to "
                    + max : "") + ", got " + Quoted.printable(v.toString()));
        }
        return v.longValue();
    }

    private static String torchNames(Enum<?>[] kinds) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> k : kinds) {
            String name = k instanceof LossKind l ? l.torchName() : ((OptimizerKind) k).torchName();
            sb.append(sb.isEmpty() ? "" : ", ").append(name);
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return Quoted.quote(s);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "no details";
        }
        String line = s.replaceAll("\\s*\\(start marker at \\[Source[^\\]]*\\]\\)", "")
                .replaceAll("\\s+", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
