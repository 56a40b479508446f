package org.trainlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trainlab.io.LoadedModel;
import org.trainlab.io.ModelFile;
import org.trainlab.io.TrainingData;
import org.trainlab.nn.MSELoss;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * Exported scripts run with Debian's PyTorch: build_model()'s predictions equal TrainLab's, with the
 * safetensors package and with the script's own numpy reader, and the script carries on training where
 * TrainLab would. Skipped where /usr/bin/python3 cannot import torch and numpy.
 */
@SuppressWarnings("try") // try (var ignored = NoGrad.enter()) is how a block runs without a graph
class ExportPytorchTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Loads the script as a module, then prints build_model()'s eval-mode output for the inputs in argv[2]. */
    private static final String PREDICT = """
            import importlib.util, json, sys
            if sys.argv[3] == "numpy":
                sys.modules["safetensors"] = None  # the script's own reader
            import torch
            spec = importlib.util.spec_from_file_location("exported", sys.argv[1])
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            net = module.build_model()
            net.eval()
            with torch.no_grad():
                out = net(torch.tensor(json.loads(sys.argv[2])))
            out = out[0] if isinstance(out, tuple) else out
            print(json.dumps(out.reshape(-1).tolist()))
            """;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsPyTorch() {
        assumeTrue(torchAvailable(), "skipped: " + PYTHON + " cannot import torch and numpy (Debian: python3-torch)");
    }

    private static boolean torchAvailable() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import torch, numpy").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String python(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectError(ProcessBuilder.Redirect.PIPE)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "python timed out");
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + err);
        return out;
    }

    private Path data(int inputs, int targets, int rows) throws IOException {
        Generator g = new Generator(8);
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < inputs + targets; c++) {
            csv.append(c == 0 ? "" : ",").append(c < inputs ? "x" + c : "y" + (c - inputs));
        }
        csv.append('\n');
        for (int r = 0; r < rows; r++) {
            float[] x = new float[inputs];
            for (int c = 0; c < inputs; c++) {
                x[c] = (float) g.nextGaussian();
                csv.append(c == 0 ? "" : ",").append(x[c]);
            }
            for (int t = 0; t < targets; t++) {
                csv.append(',').append((float) Math.sin(x[0] + t) + 0.5f * x[inputs - 1]);
            }
            csv.append('\n');
        }
        return Files.writeString(dir.resolve("data.csv"), csv);
    }

    private LoadedModel trainAndExport(String net, int inputs, int targets, String... extra) throws IOException {
        Path data = data(inputs, targets, 24);
        List<String> args = new ArrayList<>(List.of("train", "--net", net, "--data", data.toString(), "--inputs",
                Integer.toString(inputs), "--loss", "mse", "--optimizer", "adam", "--lr", "0.01", "--steps", "15",
                "--out", dir.resolve("model.safetensors").toString()));
        args.addAll(List.of(extra));
        Cli.Result trained = Cli.run(args.toArray(String[]::new));
        assertEquals(0, trained.exit(), trained.err());
        Cli.Result exported = Cli.run("export-pytorch", dir.resolve("model.safetensors").toString(), "-o",
                dir.resolve("model.py").toString());
        assertEquals(0, exported.exit(), exported.err());
        return ModelFile.load(dir.resolve("model.safetensors"));
    }

    /** A model trained from a network file exports the class itself; PyTorch builds it and predicts the same. */
    @Test
    void aClassFileExportsItsClass() throws Exception {
        String source = org.trainlab.Golden.load("classes.json").get("cases").get(2).get("source").asText();
        Path file = Files.writeString(dir.resolve("net.py"), source);
        LoadedModel model = trainAndExport(file.toString(), 3, 2);
        String script = Files.readString(dir.resolve("model.py"));
        assertTrue(script.contains("class Block(nn.Module):") && script.contains("return Net(n_in=3, n_out=2)"),
                script);
        Tensor x = Tensor.randn(new Generator(2), 5, 3);
        Tensor want;
        try (var ignored = NoGrad.enter()) {
            want = model.module().eval().forward(x);
        }
        String printed = python(dir, "-c", PREDICT, dir.resolve("model.py").toString(),
                JSON.writeValueAsString(x.toArray2D()), "numpy");
        float[] got = JSON.readValue(printed, float[].class);
        double worst = 0;
        for (int i = 0; i < got.length; i++) {
            worst = Math.max(worst, Math.abs(got[i] - want.data()[i]));
        }
        assertTrue(worst <= 1e-5, "PyTorch's prediction differs from TrainLab's by " + worst);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sequential(Linear(3, 16), BatchNorm1d(16), ReLU(), Dropout(p=0.3), Linear(16, 2))",
        "Sequential(Linear(3, 8, bias=False), BatchNorm1d(8, eps=0.001, momentum=None, affine=False), "
            + "LeakyReLU(negative_slope=0.1), Linear(8, 8), ELU(alpha=0.5), GELU(approximate='tanh'), "
            + "Softplus(beta=2, threshold=10), Sequential(Linear(8, 8), Tanh()), GELU(), Linear(8, 2), Sigmoid(), "
            + "Softmax(dim=1))",
        "RNN(3, 2, num_layers=2, nonlinearity='relu')",
    })
    void buildModelPredictsWhatTrainLabPredicts(String net) throws Exception {
        LoadedModel model = trainAndExport(net, 3, 2, "--batch-size", "8", "--shuffle");
        Tensor x = Tensor.randn(new Generator(2), 5, 3);
        Tensor want;
        try (var ignored = NoGrad.enter()) {
            want = model.module().eval().forward(x);
        }
        String input = JSON.writeValueAsString(x.toArray2D());
        for (String reader : List.of("numpy", "installed")) {
            String printed = python(dir, "-c", PREDICT, dir.resolve("model.py").toString(), input, reader);
            float[] got = JSON.readValue(printed, float[].class);
            assertEquals(want.numel(), got.length);
            double worst = 0;
            for (int i = 0; i < got.length; i++) {
                worst = Math.max(worst, Math.abs(got[i] - want.data()[i]));
            }
            assertTrue(worst <= 1e-5, reader + ": PyTorch's prediction differs from TrainLab's by " + worst);
            System.out.printf("export %-9s %-40.40s max |diff| %.2e%n", reader, net, worst);
        }
    }

    @Test
    void theScriptCarriesOnTrainingLikeTrainLab() throws Exception {
        String net = "Sequential(Linear(2, 8), Tanh(), Linear(8, 1))";
        LoadedModel model = trainAndExport(net, 2, 1);
        Path data = dir.resolve("data.csv");
        python(dir, dir.resolve("model.py").toString(), data.toString(), "--steps", "5", "--log", "torch.jsonl", "--out",
                "torch.safetensors");
        Cli.Result again = Cli.run("train", "--model", dir.resolve("model.safetensors").toString(), "--data",
                data.toString(), "--steps", "5", "--log", dir.resolve("trainlab.jsonl").toString(), "--out",
                dir.resolve("trainlab.safetensors").toString());
        assertEquals(0, again.exit(), again.err());

        List<String> torch = Files.readAllLines(dir.resolve("torch.jsonl"));
        List<String> ours = Files.readAllLines(dir.resolve("trainlab.jsonl"));
        assertEquals(5, torch.size());
        TrainingData table = TrainingData.read(data, 2, false);
        try (var ignored = NoGrad.enter()) {
            float start = new MSELoss().forward(model.module().forward(table.x()), table.y()).item();
            assertEquals(start, JSON.readTree(torch.get(0)).get("loss").asDouble(), 1e-6 * start,
                    "PyTorch's first loss is the saved model's");
        }
        for (int i = 0; i < 5; i++) {
            double a = JSON.readTree(torch.get(i)).get("loss").asDouble();
            double b = JSON.readTree(ours.get(i)).get("loss").asDouble();
            assertEquals(a, b, 1e-5 * a, "step " + (i + 1));
        }
        LoadedModel fromTorch = ModelFile.load(dir.resolve("torch.safetensors"));
        LoadedModel fromUs = ModelFile.load(dir.resolve("trainlab.safetensors"));
        assertEquals(net, fromTorch.spec().text(), "the script keeps TrainLab's metadata");
        fromUs.module().stateDict().forEach((k, t) -> {
            float[] theirs = fromTorch.module().stateDict().get(k).data();
            assertArrayEquals(t.data(), theirs, 1e-5f, k);
        });
    }
}
