package org.trainlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line: every experiment headless with JSON, usage errors, help, and no JavaFX. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one command printed and returned. */
    record Result(int status, String out, String err) {
        JsonNode json() throws IOException {
            String[] lines = out.strip().split("\n");
            assertEquals(1, lines.length, "exactly one line of JSON on stdout: " + out);
            return JSON.readTree(lines[0]);
        }
    }

    static Result execute(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.execute(args);
            System.out.flush();
            System.err.flush();
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static void assertCommon(JsonNode j, String experiment, int steps) {
        assertEquals(experiment, j.get("experiment").asText());
        assertEquals(steps, j.get("steps").asInt());
        assertTrue(j.get("seconds").asDouble() > 0);
        assertTrue(j.get("steps_per_s").asDouble() > 0);
        assertEquals("finished", j.get("state").asText());
    }

    @Test
    void regressionJson() throws IOException {
        Result r = execute("run", "regression", "--steps", "50", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode j = r.json();
        assertCommon(j, "regression", 50);
        assertTrue(j.get("final_loss").asDouble() < 0.1, j.toString());
    }

    @Test
    void classificationJsonHasAccuracy() throws IOException {
        JsonNode j = execute("run", "classification", "--json").json();
        assertCommon(j, "classification", 100);
        assertTrue(j.get("accuracy").asDouble() > 0.9, j.toString());
        assertTrue(j.get("final_loss").isNumber());
    }

    @Test
    void batchesJsonListsEveryBatch() throws IOException {
        JsonNode j = execute("run", "batches", "--json").json();
        assertCommon(j, "batches", 6);
        assertEquals(6, j.get("batches").size());
        assertEquals(5, j.get("batches").get(0).get("x").size());
    }

    @Test
    void optimizersJsonHasALossPerOptimizer() throws IOException {
        JsonNode j = execute("run", "optimizers", "--epochs", "1", "--json").json();
        assertCommon(j, "optimizers", 32);
        List<String> names = new ArrayList<>();
        j.get("final_loss").fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("sgd", "momentum", "rmsprop", "adam", "adagrad"), names);
    }

    @Test
    void optimizersTakeEachOnesLearningRateAndTheTutorialsStart() throws IOException {
        Result r = execute("run", "optimizers", "--epochs", "1", "--no-same-start", "--lr-of", "adam=0.02",
                "--lr-of", "sgd=0.05", "--adamw", "--target-loss", "0.05", "--optimizers", "adam,sgd", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode j = r.json();
        assertCommon(j, "optimizers", 32);
        assertEquals(false, j.get("same_start").asBoolean());
        assertEquals(0.05, j.get("target_loss").asDouble());
        for (String key : List.of("final_loss", "best_loss", "reached_target_at")) {
            List<String> names = new ArrayList<>();
            j.get(key).fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("adam", "sgd"), names, key);
        }
        assertTrue(j.get("best_loss").get("adam").asDouble() <= j.get("final_loss").get("adam").asDouble());
        assertTrue(j.get("reached_target_at").get("adam").asLong() >= 1, j.toString());
        assertTrue(execute("run", "optimizers", "--lr-of", "lbfgs=0.1").err().contains("unknown optimizer 'lbfgs'"));
        assertTrue(execute("run", "optimizers", "--weight-decay-of", "adam=-1").err()
                .contains("Invalid weight_decay value: -1.0"));
    }

    @Test
    void pathsJsonMatchesPyTorch() throws IOException {
        JsonNode cases = org.trainlab.Golden.load("paths.json").get("cases");
        for (int i : new int[] {0, 4}) { // rosenbrock; beale from (-2, -2), where momentum diverges at step 26
            JsonNode c = cases.get(i);
            JsonNode start = c.get("start");
            Result r = execute("run", "paths", "--surface", c.get("surface").asText(),
                    "--start=" + start.get(0).asDouble() + "," + start.get(1).asDouble(), "--lr",
                    c.get("lr").asText(), "--steps", c.get("steps").asText(), "--json");
            assertEquals(0, r.status(), r.err());
            JsonNode j = r.json();
            assertCommon(j, "paths", c.get("steps").asInt());
            List<String> names = new ArrayList<>();
            j.get("final").fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("sgd", "momentum", "rmsprop", "adam", "adagrad"), names);
            for (String name : names) {
                JsonNode golden = c.get("optimizers").get(name);
                for (int k = 0; k < 2; k++) {
                    double expected = golden.get("final").get(k).asDouble();
                    double actual = j.get("final").get(name).get(k).asDouble();
                    assertTrue(Math.abs(actual - expected) <= 2e-3 * (1 + Math.abs(expected)),
                            name + " final[" + k + "] " + actual + " vs PyTorch's " + expected);
                }
                double loss = golden.get("loss").asDouble();
                assertTrue(Math.abs(j.get("loss").get(name).asDouble() - loss) <= 2e-3 * (1 + Math.abs(loss)), name);
                assertEquals(golden.get("diverged_at").asLong() >= 0, j.get("diverged").has(name), name);
            }
        }
    }

    @Test
    void pathsBadNamesAreOneLineErrors() {
        for (String[] args : List.of(new String[] {"run", "paths", "--surface", "himmelblau"},
                new String[] {"run", "paths", "--start=1"}, new String[] {"run", "paths", "--start=a,b"},
                new String[] {"run", "paths", "--optimizers", "adam,lbfgs"})) {
            Result r = execute(args);
            assertEquals(2, r.status(), String.join(" ", args) + " -> " + r.err());
            String[] lines = r.err().strip().split("\n");
            assertEquals(1, lines.length, "one line: " + r.err());
            assertTrue(lines[0].startsWith("error: "), r.err());
        }
        assertTrue(execute("run", "paths", "--surface", "himmelblau").err().contains("unknown surface 'himmelblau'"));
        assertTrue(execute("run", "paths", "--start=1").err().contains("--start"));
        assertTrue(execute("run", "paths", "--optimizers", "lbfgs").err().contains("unknown optimizer 'lbfgs'"));
    }

    @Test
    void ganJsonHasTheDiscriminatorsNumbers() throws IOException {
        JsonNode j = execute("run", "gan", "--steps", "200", "--json").json();
        assertCommon(j, "gan", 200);
        for (String key : List.of("final_loss", "d_accuracy", "d_score", "in_bounds")) {
            assertTrue(j.get(key).isNumber(), key + " in " + j);
        }
    }

    @Test
    void ganInTheTutorialsOrderFailsWithPyTorchsError() throws IOException {
        Result r = execute("run", "gan", "--tutorial-order", "--json");
        assertEquals(1, r.status());
        JsonNode j = r.json();
        assertEquals("failed", j.get("state").asText());
        assertTrue(j.get("reason").asText().contains("modified by an inplace operation"), j.toString());
    }

    @Test
    void ganInTheTutorialsOrderWithoutJsonIsOneErrorLine() {
        for (String kind : List.of("gan", "cgan")) {
            Result r = execute("run", kind, "--tutorial-order");
            assertEquals(1, r.status());
            String[] lines = r.err().strip().split("\n");
            assertEquals(1, lines.length, "one line: " + r.err());
            assertTrue(lines[0].startsWith("error: step 1 failed: one of the variables needed for gradient computation "
                    + "has been modified by an inplace operation"), lines[0]);
            assertEquals("", r.out());
        }
    }

    @Test
    void cganJsonHasTheShareOfEachLabelInItsHalf() throws IOException {
        JsonNode j = execute("run", "cgan", "--steps", "200", "--json").json();
        assertCommon(j, "cgan", 200);
        for (String key : List.of("final_loss", "d_accuracy", "d_score", "in_band_label0", "in_band_label1")) {
            assertTrue(j.get(key).isNumber(), key + " in " + j);
        }
        assertEquals(2, execute("run", "cgan", "--batch", "0").status());
    }

    @Test
    void dynamicJson() throws IOException {
        JsonNode j = execute("run", "dynamic", "--steps", "30", "--json").json();
        assertCommon(j, "dynamic", 30);
    }

    @Test
    void summaryWithoutJson() {
        Result r = execute("run", "regression", "--steps", "20");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("regression: 20 steps in "), r.out());
        assertTrue(r.out().contains("final loss: "), r.out());
    }

    @Test
    void usageErrorsAreOneLineWithStatus2() {
        for (String[] args : List.of(new String[] {"nosuch"}, new String[] {"run", "nosuch"},
                new String[] {"run", "regression", "--steps", "abc"}, new String[] {"run", "regression", "--wat"},
                new String[] {"run", "regression", "--activation", "swish"},
                new String[] {"run", "regression", "--steps", "0"}, new String[] {"run"},
                new String[] {"run", "regression", "--lr", "-1"})) {
            Result r = execute(args);
            assertEquals(2, r.status(), String.join(" ", args) + " -> " + r.err());
            String[] lines = r.err().strip().split("\n");
            assertEquals(1, lines.length, "one line: " + r.err());
            assertTrue(lines[0].startsWith("error: "), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void helpAtEveryLevel() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"run", "--help"},
                new String[] {"run", "gan", "--help"}, new String[] {"bench", "--help"})) {
            Result r = execute(args);
            assertEquals(0, r.status());
            assertTrue(r.out().startsWith("Usage: trainlab"), r.out());
        }
    }

    @Test
    void benchJsonHasTheFourWorkloads() throws IOException {
        JsonNode j = execute("bench", "--json", "--seconds", "0.2", "--warmup", "0.1").json();
        assertTrue(j.get("regression").get("steps_per_s").asDouble() > 0);
        assertTrue(j.get("classification").get("steps_per_s").asDouble() > 0);
        assertTrue(j.get("optimizers").get("batches_per_s").asDouble() > 0);
        assertTrue(j.get("gan").get("steps_per_s").asDouble() > 0);
    }

    @Test
    void commandLineRunsLoadNoJavaFx() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", "regression", "--steps", "5",
                "--json");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.contains("org.trainlab.cli.Main"), "the class-load log is there");
        assertFalse(output.contains("javafx."), "no JavaFX class was loaded");
    }

    /**
     * A seeded run gives the same numbers in any JVM, whether the vector kernels run compiled by C2 or
     * as the Vector API's plain Java fallback (C1 only): no kernel uses an operation whose last bits
     * the API leaves open (lane sums in unspecified order, its own exp and log).
     */
    @Test
    void aSeededRunGivesTheSameNumbersCompiledOrNot() throws IOException, InterruptedException {
        for (String[] run : new String[][] {
            {"run", "gan", "--seed", "2", "--steps", "200", "--json"},
            {"run", "classification", "--seed", "2", "--steps", "200", "--json"},
            {"run", "regression", "--seed", "2", "--steps", "200", "--json"}}) {
            JsonNode compiled = childRun(run);
            JsonNode fallback = childRun(run, "-XX:TieredStopAtLevel=1");
            for (String field : new String[] {"final_loss", "accuracy", "d_accuracy", "d_score", "in_bounds"}) {
                if (compiled.has(field)) {
                    assertEquals(compiled.get(field).asDouble(), fallback.get(field).asDouble(), 0.0,
                            field + " of " + String.join(" ", run));
                }
            }
        }
    }

    private static JsonNode childRun(String[] args, String... jvmOptions) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--add-modules");
        command.add("jdk.incubator.vector");
        command.addAll(java.util.List.of(jvmOptions));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(output);
    }
}
