package org.trainlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trainlab.Golden;
import org.trainlab.io.Csv;
import org.trainlab.io.ModelFile;
import org.trainlab.io.SafeTensors;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * {@code trainlab train} from PyTorch's initial weights, full batch, against PyTorch's loss trajectory for every
 * optimizer case of golden/optim.json: x and y become a CSV, initial_state a safetensors file, the case's kwargs
 * command-line options. Cases that change the learning rate mid-run are left out: the command line has no
 * learning-rate schedule.
 */
class TrainGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode FIXTURE = Golden.load("optim.json");
    private static final String NET = "Sequential(Linear(3, 4), Tanh(), Linear(4, 2))";
    /**
     * Centered RMSprop with momentum nearly cancels in sqrt(square_avg - grad_avg²): PyTorch's own trajectory
     * moves by 6e-4 (relative) around step 40 when one weight moves by 3e-8 (see OptimGoldenTest), so this case
     * is held to that conditioning.
     */
    private static final Map<String, Double> LOSS_RTOL = Map.of("rmsprop_full_centered", 2e-3);

    @TempDir
    Path dir;


    static Stream<JsonNode> cases() {
        List<JsonNode> cases = new ArrayList<>();
        FIXTURE.get("cases").forEach(c -> {
            if (c.get("lr_changes").isEmpty()) {
                cases.add(c);
            }
        });
        return cases.stream();
    }


    /** PyTorch's kwargs as command-line options. */
    static List<String> options(JsonNode kwargs) {
        List<String> args = new ArrayList<>();
        kwargs.properties().forEach(e -> {
            String flag = "--" + e.getKey().replace('_', '-');
            JsonNode v = e.getValue();
            if (v.isBoolean()) {
                args.add(v.asBoolean() ? flag : "--no-" + flag.substring(2));
            } else if (v.isArray()) {
                args.add(flag);
                args.add(PythonRepr.number(v.get(0).asDouble()) + "," + PythonRepr.number(v.get(1).asDouble()));
            } else {
                args.add(flag);
                args.add(PythonRepr.number(v.asDouble()));
            }
        });
        return args;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void followsPyTorchsLossTrajectory(JsonNode c) throws IOException {
        Tensor x = Golden.tensor(FIXTURE.get("x"));
        Tensor y = Golden.tensor(FIXTURE.get("y"));
        float[][] rows = new float[x.size(0)][5];
        for (int r = 0; r < rows.length; r++) {
            for (int k = 0; k < 3; k++) {
                rows[r][k] = x.get(r, k);
            }
            rows[r][3] = y.get(r, 0);
            rows[r][4] = y.get(r, 1);
        }
        Path data = dir.resolve("data.csv");
        Csv.write(data, List.of("x0", "x1", "x2", "y0", "y1"), rows);
        Map<String, Tensor> initial = Golden.state(FIXTURE.get("initial_state"));
        Path init = dir.resolve("init.safetensors");
        SafeTensors.write(init, initial);

        List<String> args = new ArrayList<>(List.of("train", "--net", NET, "--init", init.toString(), "--data",
                data.toString(), "--inputs", "3", "--loss", "mse", "--optimizer", c.get("optimizer").asText()
                .toLowerCase(java.util.Locale.ROOT), "--steps", "50", "--log", dir.resolve("loss.jsonl").toString(),
                "--out", dir.resolve("out.safetensors").toString()));
        args.addAll(options(c.get("kwargs")));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.exit(), result.err());

        List<String> lines = Files.readAllLines(dir.resolve("loss.jsonl"));
        assertEquals(50, lines.size());
        double rtol = LOSS_RTOL.getOrDefault(c.get("name").asText(), 1e-4);
        double worst = 0;
        for (int step = 1; step <= 50; step++) {
            JsonNode line = JSON.readTree(lines.get(step - 1));
            assertEquals(step, line.get("step").asInt());
            double got = line.get("loss").asDouble();
            double want = c.get("losses").get(step - 1).asDouble();
            double rel = Math.abs(got - want) / Math.abs(want);
            worst = Math.max(worst, rel);
            assertTrue(rel <= rtol, c.get("name").asText() + " step " + step + ": loss " + got + " but PyTorch has "
                    + want);
        }
        // The saved model holds the weights after step 50 and the settings of the run.
        var saved = ModelFile.load(dir.resolve("out.safetensors"));
        assertEquals(NET, saved.spec().text());
        assertEquals(50, saved.settings().steps());
        double atol = LOSS_RTOL.containsKey(c.get("name").asText()) ? 5e-4 : 1e-5;
        double worstParam = 0;
        for (var e : c.get("state_after_50").properties()) {
            Tensor want = Golden.tensor(e.getValue());
            Tensor got = saved.module().stateDict().get(e.getKey());
            for (int i = 0; i < want.numel(); i++) {
                double diff = Math.abs(got.data()[i] - want.data()[i]);
                worstParam = Math.max(worstParam, diff);
                assertTrue(diff <= atol + 1e-4 * Math.abs(want.data()[i]), e.getKey() + "[" + i + "]");
            }
        }
        System.out.printf("train golden %-26s loss max rel %.2e, params@50 max abs %.2e%n", c.get("name").asText(),
                worst, worstParam);
    }
}
