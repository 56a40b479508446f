package org.trainlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.BatchSizesExperiment;
import org.trainlab.lab.BatchesExperiment;
import org.trainlab.lab.ClassificationExperiment;
import org.trainlab.lab.DataOrigin;
import org.trainlab.lab.DynamicExperiment;
import org.trainlab.lab.GanCode;
import org.trainlab.lab.GanExperiment;
import org.trainlab.lab.RegressionExperiment;

/**
 * The code pane's program is the run's twin: {@code trainlab run LESSON --pytorch-code} prints the lesson's
 * program, and PyTorch running it ends where {@code trainlab run LESSON --json} ends. The check reads the
 * tutorial's own variables after the program (its plots go to matplotlib's Agg backend). Skipped where
 * /usr/bin/python3 cannot import torch.
 */
class PytorchTwinTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void needsPyTorch() {
        assumeTrue(torchAvailable(), "skipped: " + PYTHON + " cannot import torch (Debian: python3-torch)");
    }

    @Test
    void regressionProgramIsTheCodePanesAndEndsAtTheRunsLoss() throws Exception {
        String program = program("regression");
        assertEquals(RegressionExperiment.pytorchCode(RegressionExperiment.defaults(),
                new DataOrigin.RegressionGenerator(RegressionData.Shape.SQUARE, 100, 0.2, 1),
                RegressionData.tutorial(1)), program, "the code pane's program");
        assertClose(json("regression").get("final_loss").asDouble(), pytorch(program, "[loss]")[0], 1e-4,
                "regression");
    }

    @Test
    void regressionWithOtherSettingsStaysATwin() throws Exception {
        String program = program("regression", "--seed", "7", "--data", "sine", "--steps", "120", "--lr", "0.1");
        assertClose(json("regression", "--seed", "7", "--data", "sine", "--steps", "120", "--lr", "0.1")
                .get("final_loss").asDouble(), pytorch(program, "[loss]")[0], 1e-4, "regression sine seed 7");
    }

    @Test
    void classificationProgramIsTheCodePanesAndEndsAtTheRunsLoss() throws Exception {
        String program = program("classification");
        assertEquals(ClassificationExperiment.pytorchCode(ClassificationExperiment.defaults(),
                new DataOrigin.ClassificationGenerator(ClassificationData.Shape.CLUSTERS, 2, 100, 1.0, 1),
                ClassificationData.tutorial(1), 0), program, "the code pane's program");
        assertClose(json("classification").get("final_loss").asDouble(), pytorch(program, "[loss]")[0], 1e-4,
                "classification");
    }

    @Test
    void classificationWithAHeldOutShareAndOtherShapesStaysATwin() throws Exception {
        for (String[] args : new String[][] {
            {"classification", "--data", "spiral", "--classes", "3", "--points", "40", "--noise", "0.5",
                "--test-fraction", "0.25", "--seed", "4", "--steps", "60"},
            {"classification", "--data", "moons", "--points", "30", "--noise", "0.3", "--steps", "60"},
            {"classification", "--data", "xor", "--points", "30", "--noise", "0.3", "--steps", "60"},
            {"classification", "--data", "circles", "--points", "30", "--noise", "0.3", "--steps", "60"},
            {"classification", "--data", "clusters", "--classes", "4", "--points", "30", "--steps", "60"}}) {
            JsonNode run = json(args);
            assertClose(run.get("final_loss").asDouble(), pytorch(program(args), "[loss]")[0], 1e-4,
                    String.join(" ", args));
        }
    }

    @Test
    void aFilesPointsAreHeldOutWithTheDataSetsSeedWhateverTheRunsSeed() throws Exception {
        ClassificationData all = ClassificationData.generate(ClassificationData.Shape.MOONS, 2, 30, 0.3, 2);
        DataOrigin file = new DataOrigin.File("moons.csv");
        var s = ClassificationExperiment.defaults().withSteps(60);
        String program = ClassificationExperiment.pytorchCode(s, file, all, 0.3, 5);
        ClassificationExperiment run = ClassificationExperiment.twin(s, file, all, 0.3, 5);
        for (int i = 0; i < s.steps(); i++) {
            run.step();
        }
        double[] test = pytorch(program, "[loss, len(x_test), x_test[0, 0]]");
        var v = run.describe();
        assertEquals(18, (int) test[1], "30% of 60 points held out");
        assertEquals(v.testX()[0], test[2], 0.0, "the same first held-out point");
        assertClose(v.trainLosses().last(), test[0], 1e-4, "classification from a file, split seed 5, run seed 1");
    }

    @Test
    void optimizersRaceEndsAtTheRunsLossesAfter64Steps() throws Exception {
        for (String[] args : new String[][] {
            {"optimizers", "--epochs", "2"},
            {"optimizers", "--epochs", "2", "--no-same-start", "--seed", "3", "--batch-size", "50"}}) {
            String program = program(args);
            JsonNode finals = json(args).get("final_loss");
            double[] losses = pytorch(program, "[h[-1] for h in losses_his]");
            assertEquals(finals.size(), losses.length, "one loss history per optimizer");
            int i = 0;
            for (var e : (Iterable<java.util.Map.Entry<String, JsonNode>>) finals::fields) {
                assertClose(e.getValue().asDouble(), losses[i++], 1e-3, String.join(" ", args) + " " + e.getKey());
            }
        }
    }

    @Test
    void ganEndsAtTheRunsLossesAfter200Steps() throws Exception {
        for (String[] args : new String[][] {
            {"gan", "--steps", "200"},
            {"cgan", "--steps", "200", "--seed", "5"}}) {
            String program = program(args);
            if (args[0].equals("gan")) {
                assertEquals(GanCode.pytorchCode(GanExperiment.Settings.defaults().withSteps(200)), program,
                        "the code pane's program");
            }
            JsonNode run = json(args);
            double[] losses = pytorch(program, "[D_loss, G_loss]");
            assertClose(run.get("final_loss").asDouble(), losses[0], 1e-3, String.join(" ", args) + " D_loss");
            assertClose(run.get("final_g_loss").asDouble(), losses[1], 1e-3, String.join(" ", args) + " G_loss");
        }
    }

    @Test
    void batchesProgramPrintsTheRunsLines() throws Exception {
        for (String[] args : new String[][] {
            {"batches"},
            {"batches", "--batch-size", "8", "--epochs", "4", "--seed", "3"},
            {"batches", "--batch-size", "8", "--drop-last", "--workers", "0"},
            {"batches", "--no-shuffle", "--batch-size", "3"},
            {"batches", "--points", "40", "--batch-size", "25", "--epochs", "2", "--seed", "11"}}) {
            String program = program(args);
            if (args.length == 1) {
                assertEquals(BatchesExperiment.pytorchCode(BatchesExperiment.Settings.defaults()), program,
                        "the code pane's program");
            }
            String printed = python(program, "");
            Cli.Result run = Cli.run(prepend("run", args));
            assertEquals(0, run.exit(), run.err());
            assertTrue(printed.startsWith("Epoch:  0 | Step:  0 | batch x:  ["), printed);
            assertTrue(run.out().startsWith(printed), String.join(" ", args) + ": PyTorch prints\n" + printed
                    + "TrainLab prints\n" + run.out());
            System.out.printf("twin %s: %d lines identical%n", String.join(" ", args), printed.split("\n").length);
        }
    }

    @Test
    void dynamicEndsNearTheRunsLoss() throws Exception {
        // measured: the losses part in float32's last bit at step 1 (1e-7) and drift apart as training
        // amplifies it: 3e-5 relative at step 100, 7e-4 by step 200, 3e-2 by step 1000
        for (String[] args : new String[][] {
            {"dynamic"},
            {"dynamic", "--seed", "4", "--max-half-turns", "5", "--hidden", "16", "--steps", "60"}}) {
            String program = program(args);
            if (args.length == 1) {
                assertEquals(DynamicExperiment.pytorchCode(DynamicExperiment.Settings.defaults()), program,
                        "the code pane's program");
            }
            assertClose(json(args).get("final_loss").asDouble(), pytorch(program, "[loss]")[0], 1e-3,
                    String.join(" ", args));
        }
    }

    @Test
    void batchSizesEndAtTheRunsLosses() throws Exception {
        for (long seed : new long[] {1, 6}) {
            BatchSizesExperiment.Settings s = new BatchSizesExperiment.Settings(10, "sgd", 0.05, 12, true, seed);
            DataOrigin origin = DataOrigin.tutorialRegression(1);
            RegressionData data = RegressionData.tutorial(1);
            BatchSizesExperiment run = new BatchSizesExperiment(s, origin, data);
            for (int i = 0; i < s.epochs(); i++) {
                run.step();
            }
            double[] losses = pytorch(BatchSizesExperiment.pytorchCode(s, origin, data),
                    "[h[-1] for h in epoch_losses.values()]");
            var curves = run.describe().curves();
            assertEquals(curves.size(), losses.length, "one curve per batch size");
            for (int i = 0; i < losses.length; i++) {
                assertClose(curves.get(i).epochLosses().last(), losses[i], 1e-4,
                        "batch sizes seed " + seed + " batch " + curves.get(i).name());
            }
        }
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static void assertClose(double expected, double actual, double rtol, String what) {
        double rel = Math.abs(actual - expected) / Math.abs(expected);
        System.out.printf("twin %s: TrainLab %.9g, PyTorch %.9g, relative difference %.2g%n", what, expected,
                actual, rel);
        assertTrue(rel <= rtol, what + ": TrainLab ends at " + expected + ", PyTorch at " + actual
                + " (relative difference " + rel + " > " + rtol + ")");
    }

    private static String program(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--pytorch-code";
        Cli.Result r = Cli.run(all);
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }

    private static JsonNode json(String... args) throws IOException {
        String[] all = new String[args.length + 2];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--json";
        Cli.Result r = Cli.run(all);
        assertEquals(0, r.exit(), r.err());
        return JSON.readTree(r.out());
    }

    /**
     * Runs the program with PyTorch and returns the values {@code expression} lists, evaluated in the
     * program's namespace afterwards.
     */
    private double[] pytorch(String program, String expression) throws IOException, InterruptedException {
        String out = python(program, "import json\nprint(json.dumps([float(v) for v in eval("
                + JSON.writeValueAsString(expression) + ", ns)]))\n");
        String[] lines = out.strip().split("\n");
        JsonNode values = JSON.readTree(lines[lines.length - 1]);
        double[] result = new double[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i).asDouble();
        }
        return result;
    }

    /** Runs the program with PyTorch, then {@code after} in its namespace {@code ns}; returns what they print. */
    private String python(String program, String after) throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("program.py"), program);
        String driver = "import torch\ntorch.set_num_threads(1)\nns = {'__name__': '__main__'}\n"
                + "exec(compile(open(" + JSON.writeValueAsString(file.toString()) + ").read(), 'program.py', 'exec'), ns)\n"
                + after;
        ProcessBuilder pb = new ProcessBuilder(PYTHON, "-c", driver).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.PIPE);
        pb.environment().put("MPLBACKEND", "Agg");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "python timed out");
        assertEquals(0, p.exitValue(), "the program failed:\n" + err);
        return out;
    }

    private static boolean torchAvailable() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import torch").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
