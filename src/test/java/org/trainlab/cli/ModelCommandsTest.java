package org.trainlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.io.LoadedModel;
import org.trainlab.io.ModelFile;
import org.trainlab.io.SafeTensors;
import org.trainlab.nn.Linear;
import org.trainlab.nn.MSELoss;
import org.trainlab.nn.Module;
import org.trainlab.nn.Sequential;
import org.trainlab.spec.LossKind;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.OptimizerKind;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/** inspect, train and export-pytorch through Main.execute: their output, and every kind of bad input. */
@SuppressWarnings("try") // try (var ignored = NoGrad.enter()) is how a block runs without a graph
class ModelCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NET = "Sequential(Linear(1, 8), Tanh(), Linear(8, 1))";

    @TempDir
    Path dir;
    Path squares;
    Path classes;

    @BeforeEach
    void data() throws IOException {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 40; i++) {
            double x = -1 + 2.0 * i / 39;
            csv.append((float) x).append(',').append((float) (x * x)).append('\n');
        }
        squares = Files.writeString(dir.resolve("squares.csv"), csv);
        StringBuilder labelled = new StringBuilder("x0,x1,label\n");
        Generator g = new Generator(3);
        for (int i = 0; i < 60; i++) {
            int label = i % 3;
            labelled.append((float) (label - 1 + 0.3 * g.nextGaussian())).append(',')
                    .append((float) (label == 1 ? 1 : 0.3 * g.nextGaussian())).append(',').append(label).append('\n');
        }
        classes = Files.writeString(dir.resolve("classes.csv"), labelled);
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    private Cli.Result train(String... extra) {
        List<String> args = new ArrayList<>(List.of("train", "--data", squares.toString(), "--inputs", "1", "--loss",
                "mse", "--out", path("out.safetensors")));
        if (!Arrays.asList(extra).contains("--steps")) {
            args.addAll(List.of("--steps", "20"));
        }
        args.addAll(Arrays.asList(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private static float[] losses(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        float[] losses = new float[lines.size()];
        for (int i = 0; i < losses.length; i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            assertEquals(i + 1, line.get("step").asInt());
            losses[i] = line.get("loss").floatValue();
        }
        return losses;
    }

    // ---------------------------------------------------------------- train

    @Test
    void trainSavesTheWholeModelWithItsSettingsAndLogsEveryStep() throws IOException {
        Cli.Result r = train("--net", NET, "--optimizer", "adam", "--lr", "0.05", "--log", path("loss.jsonl"));
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("trained " + NET + " on " + squares + " (40 rows) with MSELoss, Adam(lr=0.05, "
                + "betas=(0.9, 0.999), eps=1e-08, weight_decay=0.0, amsgrad=False): 20 steps in "), r.out());
        assertTrue(r.out().endsWith("wrote " + path("out.safetensors") + " and " + path("loss.jsonl") + "\n"), r.out());
        float[] losses = losses(dir.resolve("loss.jsonl"));
        assertEquals(20, losses.length);
        assertTrue(losses[19] < losses[0] / 2, Arrays.toString(losses));
        assertTrue(Files.readString(dir.resolve("loss.jsonl")).startsWith("{\"step\": 1, \"loss\": "));

        LoadedModel model = ModelFile.load(dir.resolve("out.safetensors"));
        assertEquals(NET, model.spec().text());
        assertEquals(new TrainingSettings(LossKind.MSE, OptimizerKind.ADAM, Map.of("lr", 0.05), 20, null, false, 0, 1),
                model.settings());
        // The logged loss of step 20 was computed before the last update; the saved weights come after it.
        Tensor x = Tensor.of(new float[] {-1, 0, 1}, new int[] {3, 1}, org.trainlab.tensor.DType.FLOAT32);
        try (var ignored = NoGrad.enter()) {
            assertEquals(3, model.module().eval().forward(x).numel());
        }
    }

    @Test
    void theSeedMakesRunsRepeatable() throws IOException {
        String net = "Sequential(Linear(1, 16), ReLU(), Dropout(p=0.2), Linear(16, 1))";
        String[] options = {"--net", net, "--optimizer", "sgd", "--lr", "0.1", "--batch-size", "7", "--shuffle"};
        List<String> a = new ArrayList<>(List.of(options));
        a.addAll(List.of("--seed", "5", "--log", path("a.jsonl")));
        assertEquals(0, train(a.toArray(String[]::new)).exit());
        byte[] first = Files.readAllBytes(dir.resolve("out.safetensors"));
        assertEquals(0, train(a.toArray(String[]::new)).exit());
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("out.safetensors")), "same seed, same file");
        List<String> b = new ArrayList<>(List.of(options));
        b.addAll(List.of("--seed", "6", "--log", path("b.jsonl")));
        assertEquals(0, train(b.toArray(String[]::new)).exit());
        assertFalse(Arrays.equals(losses(dir.resolve("a.jsonl")), losses(dir.resolve("b.jsonl"))));
        TrainingSettings s = ModelFile.load(dir.resolve("out.safetensors")).settings();
        assertEquals(7, s.batchSize());
        assertTrue(s.shuffle());
        assertEquals(6, s.seed());
    }

    @Test
    void aStepIsOneBatch() throws IOException {
        // 40 rows in batches of 16: steps 1-3 are one epoch (16, 16, 8 rows), step 4 starts the next, in file order.
        Module net = new Sequential(new Linear(1, 1, true, new Generator(0)));
        Path init = dir.resolve("init.safetensors");
        ModelFile.saveStateDict(init, net);
        assertEquals(0, train("--net", "Sequential(Linear(1, 1))", "--init", init.toString(), "--optimizer", "sgd",
                "--lr", "0", "--batch-size", "16", "--steps", "4", "--log", path("l.jsonl")).exit());
        float[] losses = losses(dir.resolve("l.jsonl"));
        Tensor all = org.trainlab.io.TrainingData.read(squares, 1, false).x();
        Tensor y = org.trainlab.io.TrainingData.read(squares, 1, false).y();
        try (var ignored = NoGrad.enter()) {
            assertEquals(new MSELoss().forward(net.forward(all.slice(0, 0, 16, 1)), y.slice(0, 0, 16, 1)).item(),
                    losses[0]);
            assertEquals(new MSELoss().forward(net.forward(all.slice(0, 32, 40, 1)), y.slice(0, 32, 40, 1)).item(),
                    losses[2]);
            assertEquals(losses[0], losses[3], "lr 0: the second epoch repeats the first batch's loss");
        }
    }

    @Test
    void crossEntropyTrainsOnAColumnOfClassIndices() throws IOException {
        Cli.Result r = Cli.run("train", "--net", "Sequential(Linear(2, 16), ReLU(), Linear(16, 3))", "--data",
                classes.toString(), "--inputs", "2", "--loss", "cross-entropy", "--optimizer", "adam", "--lr", "0.05",
                "--steps", "60", "--log", path("ce.jsonl"), "--out", path("ce.safetensors"));
        assertEquals(0, r.exit(), r.err());
        float[] losses = losses(dir.resolve("ce.jsonl"));
        assertTrue(losses[0] > 0.9 && losses[59] < 0.3, Arrays.toString(losses));
        assertEquals(LossKind.CROSS_ENTROPY, ModelFile.load(dir.resolve("ce.safetensors")).settings().loss());
    }

    @Test
    void everyLossAndOptimizerRuns() {
        for (String loss : List.of("mse", "l1", "bce", "bce-logits")) {
            String net = loss.equals("bce") ? "Sequential(Linear(1, 4), Tanh(), Linear(4, 1), Sigmoid())"
                    : "Sequential(Linear(1, 4), Tanh(), Linear(4, 1))";
            for (String optimizer : List.of("sgd", "adagrad", "rmsprop", "adam", "adamw")) {
                Cli.Result r = Cli.run("train", "--net", net, "--data", squares.toString(), "--inputs", "1", "--loss",
                        loss, "--optimizer", optimizer, "--lr", "0.01", "--steps", "3", "--out", path("o.safetensors"));
                assertEquals(0, r.exit(), loss + " " + optimizer + ": " + r.err());
            }
        }
    }

    @Test
    void continuesFromAModelFileWithItsSettings() throws IOException {
        assertEquals(0, train("--net", NET, "--optimizer", "rmsprop", "--lr", "0.01", "--alpha", "0.9", "--batch-size",
                "10", "--log", path("first.jsonl")).exit());
        Cli.Result r = Cli.run("train", "--model", path("out.safetensors"), "--data", squares.toString(), "--steps", "5",
                "--log", path("again.jsonl"), "--out", path("again.safetensors"));
        assertEquals(0, r.exit(), r.err());
        TrainingSettings s = ModelFile.load(dir.resolve("again.safetensors")).settings();
        assertEquals(OptimizerKind.RMSPROP, s.optimizer());
        assertEquals(0.9, s.options().get("alpha"));
        assertEquals(10, s.batchSize());
        assertEquals(5, s.steps());
        Module trained = ModelFile.load(dir.resolve("out.safetensors")).module();
        var data = org.trainlab.io.TrainingData.read(squares, 1, false);
        try (var ignored = NoGrad.enter()) {
            float firstBatch = new MSELoss().forward(trained.forward(data.x().slice(0, 0, 10, 1)),
                    data.y().slice(0, 0, 10, 1)).item();
            assertEquals(firstBatch, losses(dir.resolve("again.jsonl"))[0], "starts from the trained weights");
        }

        Cli.Result switched = Cli.run("train", "--model", path("out.safetensors"), "--data", squares.toString(),
                "--optimizer", "sgd", "--out", path("again.safetensors"));
        assertEquals(2, switched.exit());
        assertEquals("error: --lr is required for sgd (PyTorch's SGD has no default learning rate)", switched.error());
        Cli.Result alpha = Cli.run("train", "--model", path("out.safetensors"), "--data", squares.toString(),
                "--optimizer", "adam", "--alpha", "0.5", "--out", path("again.safetensors"));
        assertEquals(2, alpha.exit());
        assertEquals("error: --alpha does not apply to adam (it takes --lr, --betas, --eps, --weight-decay, --amsgrad)",
                alpha.error());
    }

    @Test
    void initStartsFromTheGivenWeights() throws Exception {
        Module net = NetworkSpec.parse(NET).build(new Generator(42));
        Path init = dir.resolve("init.safetensors");
        ModelFile.saveStateDict(init, net);
        assertEquals(0, train("--net", NET, "--init", init.toString(), "--optimizer", "sgd", "--lr", "0.1", "--log",
                path("l.jsonl")).exit());
        var data = org.trainlab.io.TrainingData.read(squares, 1, false);
        try (var ignored = NoGrad.enter()) {
            assertEquals(new MSELoss().forward(net.forward(data.x()), data.y()).item(), losses(dir.resolve("l.jsonl"))[0]);
        }
    }

    // ---------------------------------------------------------------- inspect and export-pytorch

    @Test
    void inspectShowsTheArchitectureTheTensorsAndTheMetadata() throws IOException {
        Linear linear = new Linear(2, 1);
        try (var ignored = NoGrad.enter()) {
            linear.weight().copy_(Tensor.of(new float[][] {{1, 3}}));
            linear.bias().fill_(-2);
        }
        Path file = dir.resolve("tiny.safetensors");
        ModelFile.save(file, new Sequential(linear), new TrainingSettings(LossKind.L1, OptimizerKind.SGD,
                Map.of("lr", 0.5, "momentum", 0.9), 7, 4, true, 3, 2));
        Cli.Result r = Cli.run("inspect", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(file + ": a whole TrainLab model (trainlab.format 1)\n"
                + "\n"
                + "architecture: Sequential(Linear(2, 1))\n"
                + "Sequential(\n"
                + "  (0): Linear(in_features=2, out_features=1, bias=True)\n"
                + ")\n"
                + "\n"
                + "training: L1Loss, SGD(lr=0.5, momentum=0.9, dampening=0.0, weight_decay=0.0, nesterov=False), 7 "
                + "steps, batch size 4, shuffle True, seed 3, 2 input columns\n"
                + "\n"
                + "  tensor    dtype    shape   count  mean    std\n"
                + "  0.weight  float32  [1, 2]      2     2  1.414\n"
                + "  0.bias    float32  [1]         1    -2    nan\n"
                + "total: 3 parameters in 2 tensors\n"
                + "\n"
                + "metadata:\n"
                + "  format: pt\n"
                + "  trainlab.format: 1\n"
                + "  trainlab.architecture: Sequential(Linear(2, 1))\n"
                + "  trainlab.repr: Sequential(\n"
                + "      (0): Linear(in_features=2, out_features=1, bias=True)\n"
                + "    )\n"
                + "  trainlab.training: {\"loss\":\"L1Loss\",\"optimizer\":\"SGD\",\"options\":{\"lr\":0.5,\"momentum\":0.9,"
                + "\"dampening\":0.0,\"weight_decay\":0.0,\"nesterov\":false},\"steps\":7,\"batch_size\":4,\"shuffle\":true,"
                + "\"seed\":3,\"inputs\":2}\n", r.out());
    }

    @Test
    void inspectReadsParametersOnlyFilesWrittenByPyTorch() throws IOException {
        Path file = dir.resolve("torch.safetensors");
        try (var in = getClass().getResourceAsStream("/io/model_mlp.safetensors")) {
            Files.write(file, in.readAllBytes());
        }
        Cli.Result r = Cli.run("inspect", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith(file + ": parameters only (a state_dict of 9 tensors, no architecture)\n"), r.out());
        assertTrue(r.out().contains("  2.num_batches_tracked  int64    []          1        3      nan\n"), r.out());
        assertTrue(r.out().contains("total: 53 values in 9 tensors\n"), r.out());
        assertTrue(r.out().endsWith("metadata:\n  format: pt\n"), r.out());
    }

    @Test
    void inspectSeparatesParametersFromBuffers() {
        assertEquals(0, train("--net", "Sequential(Linear(1, 4), BatchNorm1d(4), Linear(4, 1))", "--optimizer", "sgd",
                "--lr", "0.1", "--steps", "2").exit());
        Cli.Result r = Cli.run("inspect", path("out.safetensors"));
        assertTrue(r.out().contains("total: 21 parameters and 9 buffer values in 9 tensors\n"), r.out());
    }

    @Test
    void exportWritesAPyTorchScript() throws IOException {
        assertEquals(0, train("--net", NET, "--optimizer", "adam", "--lr", "0.05").exit());
        Cli.Result r = Cli.run("export-pytorch", path("out.safetensors"), "-o", path("model.py"));
        assertEquals(0, r.exit(), r.err());
        assertEquals("wrote " + path("model.py") + ": PyTorch code for " + NET + " with the weights in "
                + path("out.safetensors") + "\n", r.out());
        String script = Files.readString(dir.resolve("model.py"));
        assertTrue(script.contains("""
                def make_network():
                    \"\"\"Sequential(Linear(1, 8), Tanh(), Linear(8, 1)), with PyTorch's initial weights.\"\"\"
                    return torch.nn.Sequential(
                        torch.nn.Linear(1, 8),
                        torch.nn.Tanh(),
                        torch.nn.Linear(8, 1),
                    )
                """), script);
        assertTrue(script.contains("WEIGHTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "
                + "'out.safetensors')"), script);
        assertTrue(script.contains("    loss_fn = torch.nn.MSELoss()\n    optimizer = torch.optim.Adam("
                + "model.parameters(), lr=0.05, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.0, amsgrad=False)\n"),
                script);
        assertTrue(script.contains("def build_model(weights=WEIGHTS):"));
        assertTrue(script.contains("if __name__ == \"__main__\":\n    main()\n"));
    }

    @Test
    void exportWithoutSettingsStillBuildsTheModel() throws IOException {
        ModelFile.save(dir.resolve("bare.safetensors"), new Sequential(new Linear(2, 1)), null);
        Cli.Result r = Cli.run("export-pytorch", path("bare.safetensors"), "-o", path("bare.py"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("(no training settings saved)\n"));
        String script = Files.readString(dir.resolve("bare.py"));
        assertTrue(script.contains("SETTINGS = None\n"));
        assertTrue(script.contains("raise SystemExit('error: bare.safetensors was saved without training settings')"));
    }

    // ---------------------------------------------------------------- errors

    @Test
    void malformedInputIsOneErrorLineWithExitStatusOneAndTheOutFileUntouched() throws Exception {
        Path out = dir.resolve("out.safetensors");
        Files.writeString(out, "the previous model");
        Path truncated = dir.resolve("truncated.safetensors");
        Files.write(truncated, new byte[] {1, 2, 3, 4, 5});
        Path hostile = dir.resolve("hostile.safetensors");
        Files.write(hostile, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0, '{', '}'});
        Path state = dir.resolve("state.safetensors");
        ModelFile.saveStateDict(state, NetworkSpec.parse("Sequential(Linear(1, 4), Linear(4, 1))").build(new Generator(0)));
        Path badRow = Files.writeString(dir.resolve("bad.csv"), "x,y\n1,2\n3,abc\n");
        Path badLabel = Files.writeString(dir.resolve("label.csv"), "x0,x1,label\n0,1,0\n1,0,1.5\n");
        Path negative = Files.writeString(dir.resolve("negative.csv"), "x0,x1,label\n0,1,0\n1,0,-1\n");
        Path tooBig = Files.writeString(dir.resolve("big.csv"), "x0,x1,label\n0,1,0\n1,0,5\n");
        Path nan = Files.writeString(dir.resolve("nan.csv"), "x,y\n0,1\nnan,2\n");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "x,y\n");
        String e = "error: ";
        String[][] cases = {
            {"error: " + truncated + ", byte 0: the file has 5 bytes, too few for the 8-byte header length",
                "inspect", truncated.toString()},
            {e + truncated + ", byte 0: the file has 5 bytes, too few for the 8-byte header length",
                "train", "--model", truncated.toString(), "--data", squares.toString(), "--out", out.toString()},
            {e + truncated + ", byte 0: the file has 5 bytes, too few for the 8-byte header length",
                "export-pytorch", truncated.toString(), "-o", path("x.py")},
            {e + hostile + ", byte 0: header length 4294967295 is more than the limit of 100000000 bytes",
                "inspect", hostile.toString()},
            {e + state + ", __metadata__: no 'trainlab.architecture' entry: this is a parameters-only file (a "
                + "state_dict), not a whole TrainLab model; build the network and load the parameters into it (train "
                + "--net SPEC --init FILE)", "export-pytorch", state.toString(), "-o", path("x.py")},
            {e + badRow + " line 3, column 2: 'abc' is not a number", "train", "--net", NET, "--data", badRow.toString(),
                "--inputs", "1", "--loss", "mse", "--optimizer", "adam", "--steps", "2", "--out", out.toString()},
            {e + nan + " line 3, column 1: NaN is not a finite number (training data must be finite)", "train", "--net",
                NET, "--data", nan.toString(), "--inputs", "1", "--loss", "mse", "--optimizer", "adam", "--steps", "2",
                "--out", out.toString()},
            {e + empty + ": no data rows after the header", "train", "--net", NET, "--data", empty.toString(), "--inputs",
                "1", "--loss", "mse", "--optimizer", "adam", "--steps", "2", "--out", out.toString()},
            {e + squares + " line 1: the header has 2 columns, so 2 input columns leave none for the targets", "train",
                "--net", NET, "--data", squares.toString(), "--inputs", "2", "--loss", "mse", "--optimizer", "adam",
                "--steps", "2", "--out", out.toString()},
            {e + badLabel + " line 3, column 3: 1.5 is not a class index (cross-entropy targets are whole numbers 0, 1, "
                + "2, ...)", "train", "--net", "Linear(2, 3)", "--data", badLabel.toString(), "--inputs", "2", "--loss",
                "cross-entropy", "--optimizer", "adam", "--steps", "2", "--out", out.toString()},
            {e + negative + " line 3, column 3: -1.0 is not a class index (cross-entropy targets are whole numbers 0, "
                + "1, 2, ...)", "train", "--net", "Linear(2, 3)", "--data", negative.toString(), "--inputs", "2",
                "--loss", "cross-entropy", "--optimizer", "adam", "--steps", "2", "--out", out.toString()},
            {e + tooBig + " line 3, column 3: class 5 is out of range for the network's 3 class scores (classes are 0 to "
                + "2)", "train", "--net", "Linear(2, 3)", "--data", tooBig.toString(), "--inputs", "2", "--loss",
                "cross-entropy", "--optimizer", "adam", "--steps", "2", "--out", out.toString()},
            {e + classes + " line 1, column 2: cross-entropy takes one target column of class indices, but after 1 input "
                + "column there are 2 (x1, label)", "train", "--net", "Linear(1, 3)", "--data", classes.toString(),
                "--inputs", "1", "--loss", "cross-entropy", "--optimizer", "adam", "--steps", "2", "--out",
                out.toString()},
            {e + "--net spec column 26: expected ')' or ',' after argument, found 'ReLU'", "train", "--net",
                "Sequential(Linear(1, 10) ReLU(), Linear(10, 1))", "--data", squares.toString(), "--inputs", "1",
                "--loss", "mse", "--optimizer", "adam", "--steps", "2", "--out", out.toString()},
            {e + "--net spec column 1: unknown layer 'Conv1d' (TrainLab has Sequential, Linear, ReLU, Sigmoid, Tanh, "
                + "LeakyReLU, ELU, GELU, Softplus, Softmax, Dropout, BatchNorm1d, RNN)", "train", "--net", "Conv1d(1, 1, 3)",
                "--data", squares.toString(), "--inputs", "1", "--loss", "mse", "--optimizer", "adam", "--steps", "2",
                "--out", out.toString()},
            {e + state + ", state_dict: Error(s) in loading state_dict for Sequential: Missing key(s) in state_dict: "
                + "\"2.weight\", \"2.bias\". Unexpected key(s) in state_dict: \"1.weight\", \"1.bias\". size mismatch for "
                + "0.weight: copying a param with shape torch.Size([4, 1]) from checkpoint, the shape in current model "
                + "is torch.Size([8, 1]). size mismatch for 0.bias: copying a param with shape torch.Size([4]) from "
                + "checkpoint, the shape in current model is torch.Size([8]).", "train", "--net", NET, "--init",
                state.toString(), "--data", squares.toString(), "--inputs", "1", "--loss", "mse", "--optimizer", "adam",
                "--steps", "2", "--out", out.toString()},
            {e + squares + ": the network Sequential(Linear(2, 8), Tanh()) cannot take 1 input column: linear: mat1 and "
                + "mat2 shapes cannot be multiplied (16x1 and 2x8): the input has 1 features but the layer expects "
                + "in_features=2", "train", "--net", "Sequential(Linear(2, 8), Tanh())", "--data", squares.toString(),
                "--inputs", "1", "--loss", "mse", "--optimizer", "adam", "--steps", "2", "--out", out.toString()},
            {e + squares + ": the network's output for 16 rows has shape [16, 3] but the data has 1 target column (y), "
                + "so it should be [16, 1]", "train", "--net", "Linear(1, 3)", "--data", squares.toString(), "--inputs",
                "1", "--loss", "mse", "--optimizer", "adam", "--steps", "2", "--out", out.toString()},
            {e + squares + ": training Sequential(Linear(1, 8), Tanh(), Linear(8, 1)) stopped: loss became infinite at "
                + "step 2; try a smaller learning rate; " + out + " was not written", "train", "--net", NET, "--data",
                squares.toString(), "--inputs", "1", "--loss", "mse", "--optimizer", "sgd", "--lr", "1e30", "--steps",
                "5", "--log", path("diverged.jsonl"), "--out", out.toString()},
            {e + path("nothere.csv") + ": no such file or directory", "train", "--net", NET, "--data", path("nothere.csv"),
                "--inputs", "1", "--loss", "mse", "--optimizer", "adam", "--steps", "2", "--out", out.toString()},
            {e + dir + ": is a directory, not a file", "inspect", dir.toString()},
            {e + "--out " + path("no/such/out.safetensors") + ": the folder " + path("no/such") + " does not exist",
                "train", "--net", NET, "--data", squares.toString(), "--inputs", "1", "--loss", "mse", "--optimizer",
                "adam", "--steps", "2", "--out", path("no/such/out.safetensors")},
            {e + "--out " + dir + ": is a directory, not a file", "train", "--net", NET, "--data", squares.toString(),
                "--inputs", "1", "--loss", "mse", "--optimizer", "adam", "--steps", "2", "--out", dir.toString()},
        };
        for (String[] c : cases) {
            Cli.Result r = Cli.run(Arrays.copyOfRange(c, 1, c.length));
            assertEquals(1, r.exit(), String.join(" ", c) + "\n" + r.err());
            assertEquals(c[0], r.error(), String.join(" ", c));
            assertEquals("the previous model", Files.readString(out), "the --out file is only replaced by a whole one");
        }
        assertEquals(2, losses(dir.resolve("diverged.jsonl")).length, "the log of a failed run is still written");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void usageErrorsExitWithStatusTwo() {
        String[][] cases = {
            {"error: --momentum does not apply to adam (it takes --lr, --betas, --eps, --weight-decay, --amsgrad)",
                "--net", NET, "--optimizer", "adam", "--momentum", "0.9"},
            {"error: --nesterov does not apply to rmsprop (it takes --lr, --alpha, --eps, --weight-decay, --momentum, "
                + "--centered)", "--net", NET, "--optimizer", "rmsprop", "--nesterov"},
            {"error: --lr is required for sgd (PyTorch's SGD has no default learning rate)", "--net", NET,
                "--optimizer", "sgd"},
            {"error: unknown --optimizer 'lion' (choose sgd, adagrad, rmsprop, adam, adamw)", "--net", NET,
                "--optimizer", "lion"},
            {"error: --betas takes two numbers, B1,B2 (got 1)", "--net", NET, "--optimizer", "adam", "--betas", "0.9"},
            {"error: Invalid beta parameter at index 0: 1.5", "--net", NET, "--optimizer", "adam", "--betas", "1.5,0.9"},
            {"error: Invalid momentum value: -1.0", "--net", NET, "--optimizer", "sgd", "--lr", "0.1", "--momentum",
                "-1"},
            {"error: --batch-size must be at least 1, got 0", "--net", NET, "--optimizer", "adam", "--batch-size", "0"},
            {"error: give the network with exactly one of --net SPEC and --model FILE", "--optimizer", "adam"},
            {"error: give the network with exactly one of --net SPEC and --model FILE", "--net", NET, "--model", "m",
                "--optimizer", "adam"},
        };
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of("train", "--data", squares.toString(), "--inputs", "1", "--loss",
                    "mse", "--steps", "2", "--out", path("out.safetensors")));
            args.addAll(Arrays.asList(c).subList(1, c.length));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), String.join(" ", c));
            assertEquals(c[0], r.error());
        }
        Cli.Result hinge = Cli.run("train", "--data", squares.toString(), "--inputs", "1", "--loss", "hinge", "--steps",
                "2", "--net", NET, "--optimizer", "adam", "--out", path("out.safetensors"));
        assertEquals(2, hinge.exit());
        assertEquals("error: unknown --loss 'hinge' (choose mse, l1, cross-entropy, bce, bce-logits)", hinge.error());
        Cli.Result missing = Cli.run("train", "--net", NET);
        assertEquals(2, missing.exit());
        assertTrue(missing.error().startsWith("error: Missing required options: '--data=DATA.csv', "), missing.err());
        assertFalse(Files.exists(dir.resolve("out.safetensors")));
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        Path truncated = Files.write(dir.resolve("t.safetensors"), new byte[3]);
        Cli.Result r = Cli.run("inspect", "--debug", truncated.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("error: " + truncated + ", byte 0:"), r.err());
        assertTrue(r.err().contains("org.trainlab.io.ModelFormatException") && r.err().contains("\tat "), r.err());
        Cli.Result before = Cli.run("--debug", "inspect", truncated.toString());
        assertTrue(before.err().contains("\tat "), before.err());
    }

    @Test
    void controlCharactersFromAFileCannotBreakTheErrorLine() throws IOException {
        Path file = dir.resolve("evil.safetensors");
        SafeTensors.write(file, Map.of("weight", Tensor.zeros(1)), Map.of(ModelFile.FORMAT_KEY, "1",
                ModelFile.ARCHITECTURE_KEY, "Linear(1,\n1)\u001b[2J"));
        Cli.Result r = Cli.run("inspect", file.toString());
        assertEquals(1, r.exit());
        assertEquals("error: " + file + ", __metadata__ 'trainlab.architecture': spec line 2, column 3: unexpected "
                + "character '\\u001b'", r.error());
    }

    @Test
    void aModelWithoutSettingsNeedsThemOnTheCommandLine() throws IOException {
        ModelFile.save(dir.resolve("bare.safetensors"), new Sequential(new Linear(1, 1)), null);
        Cli.Result r = Cli.run("train", "--model", path("bare.safetensors"), "--data", squares.toString(), "--out",
                path("o.safetensors"));
        assertEquals(2, r.exit());
        assertEquals("error: --loss is required (" + path("bare.safetensors") + " has no training settings)", r.error());
        Cli.Result ok = Cli.run("train", "--model", path("bare.safetensors"), "--data", squares.toString(), "--inputs",
                "1", "--loss", "mse", "--optimizer", "adagrad", "--steps", "3", "--out", path("o.safetensors"));
        assertEquals(0, ok.exit(), ok.err());
    }
}
