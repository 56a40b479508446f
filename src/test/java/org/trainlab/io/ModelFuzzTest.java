package org.trainlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trainlab.spec.LossKind;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.OptimizerKind;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * Hostile whole-model files and training CSVs, thousands of them, mutated from valid ones with fixed seeds:
 * broken spec text, wrong JSON in the training settings, metadata keys changed, tensors that do not fit the
 * architecture, raw bytes flipped; CSV fields, separators, lines and labels garbled. Each one either loads
 * consistently or fails with the format's own one-line exception ({@link ModelFormatException},
 * {@link CsvFormatException}); anything else fails the test with the case that produced it.
 */
public class ModelFuzzTest {
    static final String NAME = "fuzz.safetensors";
    public static final String[] SPECS = {
        "Sequential(Linear(2, 4), ReLU(), Linear(4, 1))",
        "Sequential(Linear(3, 5), BatchNorm1d(5), Tanh(), Dropout(p=0.2), Linear(5, 2), Softmax(dim=1))",
        "Sequential(Linear(2, 3, bias=False), LeakyReLU(negative_slope=0.1), ELU(alpha=0.5), GELU(approximate='tanh'), "
            + "Softplus(beta=2, threshold=10), Sigmoid(), BatchNorm1d(3, momentum=None, affine=False))",
        "RNN(2, 3, num_layers=2, nonlinearity='relu', batch_first=True)",
        "Linear(4, 2)",
    };
    public static final String[] SPEC_PIECES = {"(", ")", ",", "=", ".", "'", "\"", "-", "1", "0", "e", "_", " ", "\n",
        "\u0000", "é", "🚀", "nn.", "torch.", "Linear", "Sequential(", "ReLU()", "True", "None", "bias=", "p=", "dim=",
        "99999999999", "1e999", "2147483647", "-1", "0.5", "'tanh'", "Sequential(" .repeat(150), "#", "\\", "[", "]"};
    public static final String[] JSON_VALUES = {"null", "true", "false", "\"x\"", "\"SGD\"", "\"MSELoss\"", "-1", "0",
        "1", "1.5", "1e999", "-1e999", "2147483648", "9223372036854775808", "[]", "[0.9]", "[0.9, 0.999, 1]",
        "[\"a\", 1]", "{}", "{\"lr\": 1}", "\"\\u0000\"", "NaN"};
    private static final String[] JSON_KEYS = {"loss", "optimizer", "options", "steps", "batch_size", "shuffle", "seed",
        "inputs", "lr", "momentum", "betas", "eps", "amsgrad", "nesterov", "epochs", ""};

    static List<byte[]> seeds;
    private final Map<String, Integer> outcomes = new TreeMap<>();

    @BeforeAll
    static void validFiles() throws Exception {
        seeds = new ArrayList<>();
        TrainingSettings[] settings = {
            new TrainingSettings(LossKind.MSE, OptimizerKind.ADAM, Map.of("lr", 0.01), 10, null, false, 0, 2),
            new TrainingSettings(LossKind.CROSS_ENTROPY, OptimizerKind.SGD, Map.of("lr", 0.1, "momentum", 0.9,
                    "nesterov", true), 5, 4, true, 7, 3),
            null,
        };
        for (int i = 0; i < SPECS.length; i++) {
            NetworkSpec spec = NetworkSpec.parse(SPECS[i]);
            var module = spec.build(new Generator(i));
            var metadata = new LinkedHashMap<String, String>();
            metadata.put("format", "pt");
            metadata.put(ModelFile.FORMAT_KEY, "1");
            metadata.put(ModelFile.ARCHITECTURE_KEY, spec.text());
            metadata.put(ModelFile.REPR_KEY, module.toString());
            TrainingSettings s = settings[i % settings.length];
            if (s != null) {
                metadata.put(ModelFile.TRAINING_KEY, s.toJson());
            }
            byte[] file = SafeTensors.toBytes(module.stateDict(), metadata);
            ModelFile.load(file, "seed"); // every seed is valid to begin with
            seeds.add(file);
        }
    }

    // ---------------------------------------------------------------- the oracle

    /** Loads hostile bytes: a consistent model or a one-line ModelFormatException naming the file; nothing else. */
    private void check(byte[] bytes, String what) {
        LoadedModel model;
        try {
            model = ModelFile.load(bytes, NAME);
        } catch (ModelFormatException e) {
            String message = e.getMessage();
            if (!message.startsWith(NAME + ", ") || message.contains("\n") || message.contains("\r")) {
                fail(what + ": malformed message: " + message);
            }
            String reason = (e.place().startsWith("tensor") ? "tensor: " : e.place() + ": ")
                    + e.reason().replaceAll("[0-9]+", "N").replaceAll("'.*?'", "'…'");
            outcomes.merge("rejected: " + (reason.length() > 70 ? reason.substring(0, 70) : reason), 1, Integer::sum);
            return;
        } catch (Throwable t) {
            throw new AssertionError(what + " threw " + t + "\nmetadata: " + metadataOf(bytes), t);
        }
        try {
            assertEquals(List.copyOf(model.spec().stateShapes().keySet()),
                    List.copyOf(model.module().stateDict().keySet()), what);
            assertEquals(model.spec(), NetworkSpec.of(model.module()), what);
            byte[] again = SafeTensors.toBytes(model.module().stateDict(), model.metadata());
            LoadedModel reloaded = ModelFile.load(again, "again");
            assertEquals(model.spec(), reloaded.spec(), what);
            assertEquals(model.settings(), reloaded.settings(), what);
            assertEquals(model.module().toString(), reloaded.module().toString(), what);
        } catch (Throwable t) {
            throw new AssertionError(what + ": load succeeded but the model is inconsistent: " + t, t);
        }
        outcomes.merge("loaded", 1, Integer::sum);
    }

    private static String metadataOf(byte[] bytes) {
        try {
            return SafeTensors.read(bytes, "x").metadata().toString();
        } catch (ModelFormatException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private void report(String test, long start, int cases) {
        int loaded = outcomes.getOrDefault("loaded", 0);
        System.out.printf("model fuzz, %s: %d cases in %.2f s: %d loaded, %d rejected for %d distinct reasons%n", test,
                cases, (System.nanoTime() - start) / 1e9, loaded, cases - loaded, outcomes.size() - (loaded > 0 ? 1 : 0));
    }

    // ---------------------------------------------------------------- mutations

    public static String mutateText(String text, Random r, String[] pieces) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = s.isEmpty() ? 0 : r.nextInt(s.length());
            switch (r.nextInt(6)) {
                case 0 -> {
                    if (!s.isEmpty()) {
                        s.deleteCharAt(at);
                    }
                }
                case 1 -> s.insert(at, pieces[r.nextInt(pieces.length)]);
                case 2 -> {
                    if (!s.isEmpty()) {
                        s.replace(at, at + 1, pieces[r.nextInt(pieces.length)]);
                    }
                }
                case 3 -> s.setLength(at); // truncate
                case 4 -> { // duplicate a slice
                    int end = Math.min(s.length(), at + 1 + r.nextInt(20));
                    s.insert(end, s.substring(at, end));
                }
                default -> { // replace a number or a word with another piece
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z_]+|[0-9.e-]+").matcher(s);
                    List<int[]> spans = new ArrayList<>();
                    while (m.find()) {
                        spans.add(new int[] {m.start(), m.end()});
                    }
                    if (!spans.isEmpty()) {
                        int[] span = spans.get(r.nextInt(spans.size()));
                        s.replace(span[0], span[1], pieces[r.nextInt(pieces.length)]);
                    }
                }
            }
        }
        return s.toString();
    }

    private static Map<String, Tensor> mutateTensors(Map<String, Tensor> tensors, Random r) {
        List<String> keys = new ArrayList<>(tensors.keySet());
        LinkedHashMap<String, Tensor> out = new LinkedHashMap<>(tensors);
        if (keys.isEmpty()) {
            out.put("weight", Tensor.zeros(1));
            return out;
        }
        String key = keys.get(r.nextInt(keys.size()));
        Tensor t = out.get(key);
        switch (r.nextInt(6)) {
            case 0 -> out.remove(key);
            case 1 -> {
                out.remove(key);
                out.put(key.replaceFirst("^[0-9]+", Integer.toString(r.nextInt(9))).replace("weight", "wieght"), t);
            }
            case 2 -> out.put(key + "_extra", Tensor.zeros(2));
            case 3 -> { // another shape with the same values
                int[] shape = t.shape();
                int[] other = shape.length == 2 ? new int[] {shape[1], shape[0]} : new int[] {t.numel(), 1};
                out.put(key, Tensor.of(t.data().clone(), other, t.dtype()));
            }
            case 4 -> { // one value more or less
                int n = Math.max(0, t.numel() + (r.nextBoolean() ? 1 : -1));
                out.put(key, Tensor.of(new float[n], new int[] {n}, t.dtype()));
            }
            default -> out.put(key, Tensor.of(t.data().clone(), t.shape(),
                    t.dtype() == DType.INT64 ? DType.FLOAT32 : DType.INT64));
        }
        return out;
    }

    @Test
    void mutatedMetadataAndTensorsAreRejectedOrLoadConsistently() throws Exception {
        long start = System.nanoTime();
        int cases = 0;
        for (int s = 0; s < seeds.size(); s++) {
            SafeTensorsFile seed = SafeTensors.read(seeds.get(s), "seed");
            for (int i = 0; i < 1200; i++) {
                Random r = new Random(s * 1_000_003L + i);
                LinkedHashMap<String, String> metadata = new LinkedHashMap<>(seed.metadata());
                Map<String, Tensor> tensors = seed.tensors();
                String what = "seed " + s + " case " + i + " ";
                int kind = r.nextInt(10);
                switch (kind) {
                    case 0, 1, 2 -> {
                        metadata.put(ModelFile.ARCHITECTURE_KEY, mutateText(metadata.get(ModelFile.ARCHITECTURE_KEY), r,
                                SPEC_PIECES));
                        what += "spec " + metadata.get(ModelFile.ARCHITECTURE_KEY);
                    }
                    case 3 -> { // another valid spec over these tensors
                        metadata.put(ModelFile.ARCHITECTURE_KEY, SPECS[r.nextInt(SPECS.length)]);
                        what += "other spec";
                    }
                    case 4, 5 -> {
                        String json = metadata.getOrDefault(ModelFile.TRAINING_KEY, seeds.size() > 0
                                ? new TrainingSettings(LossKind.L1, OptimizerKind.RMSPROP, Map.of(), 3, 2, true, 1, 1)
                                .toJson() : "{}");
                        json = r.nextBoolean() ? mutateText(json, r, JSON_VALUES) : mutateJson(json, r);
                        metadata.put(ModelFile.TRAINING_KEY, json);
                        what += "training " + json;
                    }
                    case 6, 7 -> {
                        tensors = mutateTensors(tensors, r);
                        what += "tensors " + tensors.keySet();
                    }
                    case 8 -> { // metadata keys
                        String key = switch (r.nextInt(4)) {
                            case 0 -> ModelFile.FORMAT_KEY;
                            case 1 -> ModelFile.ARCHITECTURE_KEY;
                            case 2 -> ModelFile.TRAINING_KEY;
                            default -> ModelFile.REPR_KEY;
                        };
                        if (r.nextBoolean()) {
                            metadata.remove(key);
                        } else {
                            metadata.put(key, r.nextBoolean() ? "" : JSON_VALUES[r.nextInt(JSON_VALUES.length)]);
                        }
                        what += "metadata " + key;
                    }
                    default -> { // raw bytes
                        byte[] b = SafeTensors.toBytes(tensors, metadata);
                        for (int f = 0; f < 1 + r.nextInt(4); f++) {
                            b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                        }
                        check(b, what + "bit flips");
                        cases++;
                        continue;
                    }
                }
                check(SafeTensors.toBytes(tensors, metadata), what);
                cases++;
            }
        }
        report("metadata, tensors and bytes", start, cases);
        assertTrue(outcomes.getOrDefault("loaded", 0) > 100, "some mutations still load: " + outcomes);
        assertTrue(outcomes.size() > 40, "many different rejections: " + outcomes.keySet());
    }

    /** Replaces one JSON value or key, removes a key, or adds one. */
    public static String mutateJson(String json, Random r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"[a-z_]+\"(?=:)|(?<=:)(\"[^\"]*\"|[^,{}\\[\\]]+|\\[[^\\]]*\\])")
                .matcher(json);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        int[] span = spans.get(r.nextInt(spans.size()));
        boolean isKey = json.charAt(span[1]) == ':';
        return switch (r.nextInt(3)) {
            case 0 -> json.substring(0, span[0]) + (isKey ? "\"" + JSON_KEYS[r.nextInt(JSON_KEYS.length)] + "\""
                    : JSON_VALUES[r.nextInt(JSON_VALUES.length)]) + json.substring(span[1]);
            case 1 -> json.replaceFirst("\"" + JSON_KEYS[r.nextInt(8)] + "\":(\"[^\"]*\"|[^,{}\\[\\]]+|\\[[^\\]]*\\]|\\{[^}]*\\}),?",
                    "");
            default -> "{\"" + JSON_KEYS[r.nextInt(JSON_KEYS.length)] + "\":" + JSON_VALUES[r.nextInt(JSON_VALUES.length)]
                    + "," + json.substring(1);
        };
    }

    // ---------------------------------------------------------------- CSV for train

    public static final String[] CSV_PIECES = {",", "\"", "\n", "\r\n", "\r", "\uFEFF", " ", "abc", "", "nan", "-inf", "inf",
        "-1", "1.5", "1e40", "1e-50", "0x10", "\"3\"", "2.", ".5", "-0", "3", "7", "99999999", "\u0000", "é", "#", "1_0"};

    public static String classificationCsv() {
        StringBuilder csv = new StringBuilder("x0,x1,label\n");
        Generator g = new Generator(1);
        for (int i = 0; i < 12; i++) {
            csv.append((float) g.nextGaussian()).append(',').append((float) g.nextGaussian()).append(',').append(i % 3)
                    .append('\n');
        }
        return csv.toString();
    }

    public static String regressionCsv() {
        StringBuilder csv = new StringBuilder("x,y0,y1\n");
        for (int i = 0; i < 12; i++) {
            csv.append(i / 10f).append(',').append(i * i / 100f).append(',').append(-i).append('\n');
        }
        return csv.toString();
    }

    private void checkCsv(byte[] bytes, int inputs, boolean classes, String what) {
        TrainingData data;
        try {
            data = TrainingData.of(Csv.read(bytes, "data.csv"), "data.csv", inputs, classes);
        } catch (CsvFormatException e) {
            String message = e.getMessage();
            if (!message.startsWith("data.csv") || message.contains("\n") || message.contains("\r")) {
                fail(what + ": malformed message: " + message);
            }
            outcomes.merge("rejected: " + e.reason().replaceAll("[0-9]+", "N").replaceAll("'.*?'", "'…'"), 1,
                    Integer::sum);
            return;
        } catch (Throwable t) {
            throw new AssertionError(what + " threw " + t + "\n" + new String(bytes, StandardCharsets.UTF_8), t);
        }
        assertEquals(inputs, data.x().size(1), what);
        assertEquals(data.rows(), data.y().size(0), what);
        for (float v : data.x().data()) {
            assertTrue(Float.isFinite(v), what);
        }
        for (float v : data.y().data()) {
            assertTrue(Float.isFinite(v) && (!classes || v >= 0 && v == Math.rint(v)), what);
        }
        outcomes.merge("loaded", 1, Integer::sum);
    }

    @Test
    void mutatedTrainingCsvsAreRejectedWithTheirLineOrLoadConsistently() {
        long start = System.nanoTime();
        int cases = 0;
        String[] csvs = {regressionCsv(), classificationCsv()};
        for (int s = 0; s < csvs.length; s++) {
            for (int i = 0; i < 3000; i++) {
                Random r = new Random(31L * s + 7919L * i);
                String text = mutateText(csvs[s], r, CSV_PIECES);
                int inputs = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : (s == 0 ? 1 : 2);
                checkCsv(text.getBytes(StandardCharsets.UTF_8), inputs, s == 1, "csv " + s + " case " + i);
                cases++;
            }
        }
        report("training CSVs", start, cases);
        assertTrue(outcomes.getOrDefault("loaded", 0) > 500, outcomes.toString());
    }
}
