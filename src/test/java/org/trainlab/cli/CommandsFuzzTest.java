package org.trainlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.io.ModelFile;
import org.trainlab.io.ModelFuzzTest;
import org.trainlab.io.SafeTensors;
import org.trainlab.io.SafeTensorsFile;
import org.trainlab.spec.LossKind;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.OptimizerKind;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.Generator;

/**
 * Hostile model files and CSVs through Main.execute (inspect, train, export-pytorch): every run either succeeds
 * or exits with status 1 and one {@code error:} line without a stack trace, and a failed train leaves the
 * --out file as it was.
 */
class CommandsFuzzTest {
    @TempDir
    Path dir;
    private final Map<String, Integer> outcomes = new TreeMap<>();

    private void check(Cli.Result r, String what) {
        if (r.exit() == 0) {
            outcomes.merge("ok", 1, Integer::sum);
            return;
        }
        assertTrue(r.exit() == 1, what + ": exit " + r.exit() + "\n" + r.err());
        String line;
        try {
            line = r.error();
        } catch (AssertionError e) {
            throw new AssertionError(what + ": " + e.getMessage(), e);
        }
        outcomes.merge(line.replaceAll(".*?(safetensors|csv)[,:]? ?", "").replaceAll("[0-9]+", "N")
                .replaceAll("'.*?'", "'…'").replaceAll("^(.{0,70}).*", "$1"), 1, Integer::sum);
    }

    @Test
    void hostileModelFilesGiveOneErrorLine() throws Exception {
        long start = System.nanoTime();
        Path data = Files.writeString(dir.resolve("data.csv"), "a,b,y\n0,1,2\n1,0,1\n0.5,0.5,0\n");
        Path out = dir.resolve("out.safetensors");
        Files.writeString(out, "previous");
        List<SafeTensorsFile> seeds = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            String spec = ModelFuzzTest.SPECS[s == 2 ? 4 : s].replace("Linear(3, 5)", "Linear(2, 5)")
                    .replace("Linear(4, 2)", "Linear(2, 1)").replace("Linear(5, 2)", "Linear(5, 1)");
            spec = spec.replace(", Softmax(dim=1)", "");
            var module = NetworkSpec.parse(spec).build(new Generator(s));
            Path seed = dir.resolve("seed" + s + ".safetensors");
            ModelFile.save(seed, module, new TrainingSettings(LossKind.MSE, OptimizerKind.values()[s],
                    Map.of("lr", 0.01), 2, null, false, s, 2));
            assertTrue(Cli.run("train", "--model", seed.toString(), "--data", data.toString(), "--out",
                    dir.resolve("check.safetensors").toString()).exit() == 0, "seed " + s + " trains");
            seeds.add(SafeTensors.read(seed));
        }
        int cases = 0;
        for (int i = 0; i < 600; i++) {
            Random r = new Random(i);
            SafeTensorsFile seed = seeds.get(i % seeds.size());
            Map<String, String> metadata = new LinkedHashMap<>(seed.metadata());
            byte[] bytes;
            switch (r.nextInt(4)) {
                case 0 -> metadata.put(ModelFile.ARCHITECTURE_KEY, ModelFuzzTest.mutateText(
                        metadata.get(ModelFile.ARCHITECTURE_KEY), r, ModelFuzzTest.SPEC_PIECES));
                case 1 -> metadata.put(ModelFile.TRAINING_KEY, r.nextBoolean()
                        ? ModelFuzzTest.mutateJson(metadata.get(ModelFile.TRAINING_KEY), r)
                        : ModelFuzzTest.mutateText(metadata.get(ModelFile.TRAINING_KEY), r, ModelFuzzTest.JSON_VALUES));
                case 2 -> metadata.put(ModelFile.ARCHITECTURE_KEY, ModelFuzzTest.SPECS[r.nextInt(5)]);
                default -> metadata.remove(r.nextBoolean() ? ModelFile.FORMAT_KEY : ModelFile.ARCHITECTURE_KEY);
            }
            bytes = SafeTensors.toBytes(seed.tensors(), metadata);
            if (r.nextInt(5) == 0) {
                bytes = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length));
            }
            Path file = Files.write(dir.resolve("m.safetensors"), bytes);
            String what = "case " + i + " " + metadata;
            Cli.Result result = switch (i % 3) {
                case 0 -> Cli.run("inspect", file.toString());
                case 1 -> Cli.run("export-pytorch", file.toString(), "-o", dir.resolve("m.py").toString());
                default -> Cli.run("train", "--model", file.toString(), "--data", data.toString(), "--out", out.toString());
            };
            check(result, what);
            if (result.exit() != 0) {
                assertArrayEquals("previous".getBytes(), Files.readAllBytes(out), what + ": --out was damaged");
            } else if (i % 3 == 2) {
                Files.writeString(out, "previous");
            }
            cases++;
        }
        System.out.printf("command fuzz, model files: %d runs in %.2f s: %d ok, %d one-line errors of %d kinds%n",
                cases, (System.nanoTime() - start) / 1e9, outcomes.getOrDefault("ok", 0),
                cases - outcomes.getOrDefault("ok", 0), outcomes.size() - 1);
    }

    @Test
    void hostileCsvsGiveOneErrorLine() throws Exception {
        long start = System.nanoTime();
        Path out = dir.resolve("out.safetensors");
        Files.writeString(out, "previous");
        int cases = 0;
        for (int i = 0; i < 400; i++) {
            Random r = new Random(1000 + i);
            boolean classes = i % 2 == 1;
            String text = ModelFuzzTest.mutateText(classes ? ModelFuzzTest.classificationCsv()
                    : ModelFuzzTest.regressionCsv(), r, ModelFuzzTest.CSV_PIECES);
            Path data = Files.writeString(dir.resolve("data.csv"), text);
            Cli.Result result = classes
                    ? Cli.run("train", "--net", "Sequential(Linear(2, 4), ReLU(), Linear(4, 3))", "--data", data.toString(),
                            "--inputs", "2", "--loss", "cross-entropy", "--optimizer", "adam", "--steps", "2", "--out",
                            out.toString())
                    : Cli.run("train", "--net", "Linear(1, 2)", "--data", data.toString(), "--inputs", "1", "--loss",
                            "mse", "--optimizer", "sgd", "--lr", "0.01", "--steps", "2", "--out", out.toString());
            check(result, "csv case " + i + ":\n" + text);
            if (result.exit() != 0) {
                assertArrayEquals("previous".getBytes(), Files.readAllBytes(out), "case " + i + ": --out was damaged");
            } else {
                Files.writeString(out, "previous");
            }
            cases++;
        }
        System.out.printf("command fuzz, CSVs: %d runs in %.2f s: %d ok, %d one-line errors of %d kinds%n", cases,
                (System.nanoTime() - start) / 1e9, outcomes.getOrDefault("ok", 0), cases - outcomes.getOrDefault("ok", 0),
                outcomes.size() - 1);
    }
}
