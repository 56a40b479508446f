package org.trainlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trainlab.nn.Linear;
import org.trainlab.nn.Module;
import org.trainlab.nn.ReLU;
import org.trainlab.nn.Sequential;
import org.trainlab.spec.LossKind;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.NetworkSpecTest;
import org.trainlab.spec.OptimizerKind;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/** Whole models and state_dicts through files: every layer type round-trips; bad files say what is wrong. */
@SuppressWarnings("try") // try (var ignored = NoGrad.enter()) is how a block runs without a graph
class ModelFileTest {
    @TempDir
    Path dir;

    static final TrainingSettings ADAM = new TrainingSettings(LossKind.MSE, OptimizerKind.ADAM,
            Map.of("lr", 0.01, "betas", List.of(0.8, 0.95), "amsgrad", true), 50, 8, true, 42, 3);

    static List<String> everyLayer() {
        return NetworkSpecTest.EVERY_LAYER;
    }

    /** A module of the spec whose state has moved away from its initial values (BatchNorm statistics too). */
    static Module trainedOnce(NetworkSpec spec, int inputs) {
        Module m = spec.build(new Generator(3));
        Generator g = new Generator(11);
        try (var ignored = NoGrad.enter()) {
            for (Tensor t : m.stateDict().values()) {
                if (t.dtype() == org.trainlab.tensor.DType.INT64) {
                    t.fill_(5);
                } else {
                    t.add_(Tensor.randn(g, t.shape()).mul(0.1));
                }
            }
        }
        return m;
    }

    @ParameterizedTest
    @MethodSource("everyLayer")
    void everyLayerTypeRoundTripsWithValuesSpecPrintedFormAndSettings(String text) throws Exception {
        NetworkSpec spec = NetworkSpec.parse(text);
        Module module = trainedOnce(spec, 3);
        Path file = dir.resolve("model.safetensors");
        ModelFile.save(file, module, ADAM);

        LoadedModel loaded = ModelFile.load(file);
        assertEquals(spec, loaded.spec());
        assertEquals(module.toString(), loaded.module().toString());
        assertEquals(ADAM, loaded.settings());
        SafeTensorsTest.assertSameTensors(module.stateDict(), loaded.module().stateDict());
        assertEquals(text, loaded.metadata().get(ModelFile.ARCHITECTURE_KEY));
        assertEquals(module.toString(), loaded.metadata().get(ModelFile.REPR_KEY));
        assertEquals("1", loaded.metadata().get(ModelFile.FORMAT_KEY));
        assertEquals("pt", loaded.metadata().get("format"));
        assertTrue(loaded.module().isTraining(), "a rebuilt module starts in training mode, as in PyTorch");

        // The same file is a plain state_dict: the keys and shapes PyTorch's network has.
        SafeTensorsFile plain = SafeTensors.read(file);
        assertEquals(List.copyOf(spec.stateShapes().keySet()), List.copyOf(plain.tensors().keySet()));
    }

    @Test
    void settingsAreOptional() throws Exception {
        Path file = dir.resolve("m.safetensors");
        Module net = new Sequential(new Linear(2, 3), new ReLU(), new Linear(3, 1));
        ModelFile.save(file, net, null);
        LoadedModel loaded = ModelFile.load(file);
        assertNull(loaded.settings());
        assertEquals(net.toString(), loaded.module().toString());
        assertTrue(!loaded.metadata().containsKey(ModelFile.TRAINING_KEY));
    }

    @Test
    void theSameModuleGivesTheSameBytes() throws Exception {
        Module net = NetworkSpec.parse("Sequential(Linear(2, 3), BatchNorm1d(3))").build(new Generator(1));
        ModelFile.save(dir.resolve("a"), net, ADAM);
        ModelFile.save(dir.resolve("b"), net, ADAM);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a")), Files.readAllBytes(dir.resolve("b")));
    }

    @Test
    void stateDictFilesRoundTripAndLoadStrictly() throws Exception {
        Module net = trainedOnce(NetworkSpec.parse("Sequential(Linear(2, 3), BatchNorm1d(3), Linear(3, 1))"), 2);
        Path file = dir.resolve("state.safetensors");
        ModelFile.saveStateDict(file, net);
        SafeTensorsFile read = SafeTensors.read(file);
        assertEquals(Map.of("format", "pt"), read.metadata());
        Module other = NetworkSpec.parse("Sequential(Linear(2, 3), BatchNorm1d(3), Linear(3, 1))").build(new Generator(9));
        assertTrue(ModelFile.loadStateDict(file, other).allMatched());
        SafeTensorsTest.assertSameTensors(net.stateDict(), other.stateDict());

        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelFile.loadStateDict(file, NetworkSpec.parse("Sequential(Linear(2, 4), BatchNorm1d(4))")
                        .build(new Generator(0))));
        assertEquals(file + ", state_dict: Error(s) in loading state_dict for Sequential: Unexpected key(s) in "
                + "state_dict: \"2.weight\", \"2.bias\". size mismatch for 0.weight: copying a param with shape "
                + "torch.Size([3, 2]) from checkpoint, the shape in current model is torch.Size([4, 2]). size mismatch "
                + "for 0.bias: copying a param with shape torch.Size([3]) from checkpoint, the shape in current model is "
                + "torch.Size([4]). size mismatch for 1.weight: copying a param with shape torch.Size([3]) from "
                + "checkpoint, the shape in current model is torch.Size([4]). size mismatch for 1.bias: copying a param "
                + "with shape torch.Size([3]) from checkpoint, the shape in current model is torch.Size([4]). size "
                + "mismatch for 1.running_mean: copying a param with shape torch.Size([3]) from checkpoint, the shape "
                + "in current model is torch.Size([4]). size mismatch for 1.running_var: copying a param with shape "
                + "torch.Size([3]) from checkpoint, the shape in current model is torch.Size([4]).", e.getMessage());
        assertEquals("state_dict", e.place());
    }

    @Test
    void aWholeModelFileIsAlsoAStateDict() throws Exception {
        Module net = trainedOnce(NetworkSpec.parse("Sequential(Linear(2, 3), Tanh())"), 2);
        Path file = dir.resolve("whole.safetensors");
        ModelFile.save(file, net, ADAM);
        Module other = NetworkSpec.parse("Sequential(Linear(2, 3), Tanh())").build(new Generator(4));
        ModelFile.loadStateDict(file, other);
        SafeTensorsTest.assertSameTensors(net.stateDict(), other.stateDict());
    }

    @Test
    void saveRefusesASpecThatDoesNotDescribeTheModuleAndLeavesTheOldFile() throws Exception {
        Path file = dir.resolve("keep.safetensors");
        Files.writeString(file, "old");
        Module net = new Sequential(new Linear(2, 3));
        assertThrows(IllegalArgumentException.class,
                () -> ModelFile.save(file, net, NetworkSpec.parse("Sequential(Linear(2, 4))"), null));
        assertThrows(IllegalArgumentException.class, () -> ModelFile.save(file, new Module() {
            @Override
            public Tensor forward(Tensor x) {
                return x;
            }
        }, null));
        assertEquals("old", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    // ---------------------------------------------------------------- bad whole-model files

    private static byte[] file(Map<String, Tensor> tensors, Map<String, String> metadata) {
        return SafeTensors.toBytes(tensors, metadata);
    }

    private static Map<String, String> metadata(String spec, String training) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", "pt");
        m.put(ModelFile.FORMAT_KEY, "1");
        m.put(ModelFile.ARCHITECTURE_KEY, spec);
        if (training != null) {
            m.put(ModelFile.TRAINING_KEY, training);
        }
        return m;
    }

    private static Map<String, Tensor> linear23() {
        Map<String, Tensor> t = new LinkedHashMap<>();
        t.put("weight", Tensor.zeros(3, 2));
        t.put("bias", Tensor.zeros(3));
        return t;
    }

    private static String loadError(Map<String, Tensor> tensors, Map<String, String> metadata) {
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelFile.load(file(tensors, metadata), "m.safetensors"));
        assertTrue(e.getMessage().startsWith("m.safetensors, "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void wholeModelErrorsNameTheFileThePlaceAndTheReason() {
        assertEquals("m.safetensors, __metadata__: no 'trainlab.architecture' entry: this is a parameters-only file "
                + "(a state_dict), not a whole TrainLab model; build the network and load the parameters into it "
                + "(train --net SPEC --init FILE)", loadError(linear23(), Map.of("format", "pt")));

        Map<String, String> noVersion = metadata("Linear(2, 3)", null);
        noVersion.remove(ModelFile.FORMAT_KEY);
        assertEquals("m.safetensors, __metadata__ 'trainlab.format': missing (a whole model says which version of "
                + "TrainLab's keys it uses)", loadError(linear23(), noVersion));
        Map<String, String> future = metadata("Linear(2, 3)", null);
        future.put(ModelFile.FORMAT_KEY, "2");
        assertEquals("m.safetensors, __metadata__ 'trainlab.format': version '2' is not one this TrainLab reads (1)",
                loadError(linear23(), future));

        assertEquals("m.safetensors, __metadata__ 'trainlab.architecture': spec column 10: expected ')' or ',' after "
                + "argument, found '3'", loadError(linear23(), metadata("Linear(2 3)", null)));
        assertEquals("m.safetensors, __metadata__ 'trainlab.training': not valid JSON at line 1, column 9: "
                + "Unexpected character ('}' (code 125)): expected a valid value (JSON String, Number, Array, Object or "
                + "token 'null', 'true' or 'false')",
                loadError(linear23(), metadata("Linear(2, 3)", "{\"loss\":}")));
        assertEquals("m.safetensors, __metadata__ 'trainlab.training': 'loss' is 'MSE', not one of MSELoss, L1Loss, "
                + "CrossEntropyLoss, BCELoss, BCEWithLogitsLoss",
                loadError(linear23(), metadata("Linear(2, 3)", ADAM.toJson().replace("MSELoss", "MSE"))));

        assertEquals("m.safetensors, state_dict: Error(s) in loading state_dict for Linear: Missing key(s) in "
                + "state_dict: \"bias\". Unexpected key(s) in state_dict: \"extra\". size mismatch for weight: copying a "
                + "param with shape torch.Size([3, 2]) from checkpoint, the shape in current model is "
                + "torch.Size([2, 3]).", loadError(Map.of("weight", Tensor.zeros(3, 2), "extra", Tensor.zeros(1)),
                metadata("Linear(3, 2)", null)));
        assertEquals("m.safetensors, state_dict: the architecture Linear(2000, 2000) has 4002000 parameter and "
                + "buffer values but the file's tensors hold only 9", loadError(linear23(),
                metadata("Linear(2000, 2000)", null)));
    }

    @Test
    void aPyTorchStateDictWithTrainLabsMetadataIsAWholeModel() throws IOException {
        SafeTensorsFile torch = SafeTensors.read(SafeTensorsTorchFixturesTest.resource("model_mlp.safetensors"),
                "model_mlp.safetensors");
        byte[] whole = SafeTensors.toBytes(torch.tensors(), metadata(
                "nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.BatchNorm1d(5), nn.Dropout(0.2), nn.Linear(5, 2))", null));
        LoadedModel model = ModelFile.load(whole, "whole");
        Map<String, Tensor> state = model.module().stateDict();
        assertEquals(torch.tensors().keySet(), state.keySet());
        torch.tensors().forEach((k, t) -> assertArrayEquals(t.data(), state.get(k).data(), k));
        assertEquals("Sequential(Linear(3, 5), ReLU(), BatchNorm1d(5), Dropout(p=0.2), Linear(5, 2))",
                model.spec().text());
    }
}
