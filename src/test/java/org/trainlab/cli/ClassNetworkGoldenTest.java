package org.trainlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.trainlab.io.LoadedModel;
import org.trainlab.io.ModelFile;
import org.trainlab.io.SafeTensors;
import org.trainlab.spec.NetworkFile;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * Network files ({@code class Net(nn.Module)}) train with {@code trainlab train --net FILE.py --init STATE} step for
 * step as PyTorch trained them (tools/make_class_fixtures.py wrote golden/classes.json): the tutorial's Net(1, 10, 1),
 * a class with two hidden layers and a Sequential head, and one with a nested class, cat and arithmetic in forward.
 * The network prints as PyTorch printed it, with its state_dict keys; the whole model saved keeps the source and
 * loads back without the file.
 */
class ClassNetworkGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode FIXTURE = Golden.load("classes.json");

    @TempDir
    Path dir;

    static Stream<JsonNode> cases() {
        List<JsonNode> cases = new ArrayList<>();
        FIXTURE.get("cases").forEach(cases::add);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsAsPyTorchWithTheClasssKeys(JsonNode c) throws Exception {
        NetworkFile file = NetworkFile.parse(c.get("source").asText());
        var module = file.build(new Generator(0));
        assertEquals(c.get("repr").asText(), module.toString());
        assertEquals(JSON.convertValue(c.get("keys"), List.class), List.copyOf(module.stateDict().keySet()));
        assertEquals(List.copyOf(module.stateDict().keySet()), List.copyOf(file.stateShapes().keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void trainsStepForStepWithPyTorch(JsonNode c) throws IOException {
        Tensor x = Golden.tensor(c.get("x"));
        Tensor y = Golden.tensor(c.get("y"));
        int inputs = x.size(1);
        int targets = y.size(1);
        float[][] rows = new float[x.size(0)][inputs + targets];
        List<String> header = new ArrayList<>();
        for (int k = 0; k < inputs; k++) {
            header.add("x" + k);
        }
        for (int k = 0; k < targets; k++) {
            header.add("y" + k);
        }
        for (int r = 0; r < rows.length; r++) {
            for (int k = 0; k < inputs; k++) {
                rows[r][k] = x.get(r, k);
            }
            for (int k = 0; k < targets; k++) {
                rows[r][inputs + k] = y.get(r, k);
            }
        }
        Path data = dir.resolve("data.csv");
        Csv.write(data, header, rows);
        Path init = dir.resolve("init.safetensors");
        SafeTensors.write(init, Golden.state(c.get("initial_state")));
        Path net = dir.resolve("net.py");
        Files.writeString(net, c.get("source").asText(), StandardCharsets.UTF_8);
        int steps = c.get("steps").asInt();

        List<String> args = new ArrayList<>(List.of("train", "--net", net.toString(), "--init", init.toString(),
                "--data", data.toString(), "--inputs", Integer.toString(inputs), "--loss", "mse", "--optimizer",
                c.get("optimizer").asText(), "--steps", Integer.toString(steps), "--log",
                dir.resolve("loss.jsonl").toString(), "--out", dir.resolve("out.safetensors").toString()));
        args.addAll(TrainGoldenTest.options(c.get("kwargs")));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.exit(), result.err());

        List<String> lines = Files.readAllLines(dir.resolve("loss.jsonl"));
        assertEquals(steps, lines.size());
        double worst = 0;
        for (int step = 1; step <= steps; step++) {
            double got = JSON.readTree(lines.get(step - 1)).get("loss").asDouble();
            double want = c.get("losses").get(step - 1).asDouble();
            double rel = Math.abs(got - want) / Math.abs(want);
            worst = Math.max(worst, rel);
            assertTrue(rel <= 1e-4, c.get("name").asText() + " step " + step + ": loss " + got + " but PyTorch has "
                    + want);
        }
        LoadedModel saved = ModelFile.load(dir.resolve("out.safetensors"));
        assertNull(saved.spec());
        assertNotNull(saved.networkFile());
        assertEquals(c.get("source").asText(), saved.metadata().get(ModelFile.SOURCE_KEY));
        assertEquals(c.get("repr").asText(), saved.module().toString());
        double worstParam = 0;
        Map<String, Tensor> state = saved.module().stateDict();
        for (var e : c.get("final_state").properties()) {
            Tensor want = Golden.tensor(e.getValue());
            Tensor got = state.get(e.getKey());
            for (int i = 0; i < want.numel(); i++) {
                double diff = Math.abs(got.data()[i] - want.data()[i]);
                worstParam = Math.max(worstParam, diff);
                assertTrue(diff <= 1e-5 + 1e-4 * Math.abs(want.data()[i]), e.getKey() + "[" + i + "]: " + got.data()[i]
                        + " but PyTorch has " + want.data()[i]);
            }
        }
        System.out.printf("class golden %-16s loss max rel %.2e, final params max abs %.2e%n", c.get("name").asText(),
                worst, worstParam);
    }

    @org.junit.jupiter.api.Test
    void aNetworkFileTheCommandCannotReadIsNamedWithLineAndColumn() throws IOException {
        Path net = Files.writeString(dir.resolve("bad.py"), "import torch.nn as nn\n\nclass Net(nn.Module):\n"
                + "    def forward(self, x):\n        return nn.functional.swish(x)\n");
        Path data = Files.writeString(dir.resolve("d.csv"), "x,y\n1,2\n");
        Cli.Result result = Cli.run("train", "--net", net.toString(), "--data", data.toString(), "--inputs", "1",
                "--loss", "mse", "--optimizer", "sgd", "--lr", "0.1", "--steps", "1", "--out",
                dir.resolve("o.safetensors").toString());
        assertTrue(result.exit() != 0, result.err());
        assertTrue(result.err().contains(net + " line 5, column 16: nn.functional.swish is not supported in a network "
                + "file"), result.err());
        assertTrue(Files.notExists(dir.resolve("o.safetensors")));
    }
}
