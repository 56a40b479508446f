package org.trainlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.nn.Module;
import org.trainlab.spec.NetworkFile;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/** A net built from a network file's class, saved by a lesson (the Build lesson's net1 chosen in Regression). */
class ClassNetFileTest {
    private static final String NET1 = """
            import torch
            import torch.nn.functional as F

            class Net(torch.nn.Module):
                def __init__(self, n_feature, n_hidden, n_output):
                    super(Net, self).__init__()
                    self.hidden = torch.nn.Linear(n_feature, n_hidden)
                    self.predict = torch.nn.Linear(n_hidden, n_output)

                def forward(self, x):
                    x = F.relu(self.hidden(x))
                    x = self.predict(x)
                    return x

            net = Net(1, 7, 1)
            """;

    @TempDir
    Path dir;

    @Test
    void aLoneClassNetKeepsItsSourceAndComesBackWithItsWeights() throws Exception {
        NetworkFile file = NetworkFile.parse(NET1);
        Module net = file.build(Generator.pytorch(1));
        Path path = dir.resolve("net1.safetensors");
        ModelFile.save(path, List.of(new NamedModule("", net, ModelFileTest.ADAM, file)),
                Map.of(ModelFile.LESSON_KEY, "regression"));

        LoadedNets loaded = ModelFile.loadNets(SafeTensors.read(path), "net1");
        LoadedModel one = loaded.single();
        assertNotNull(one.networkFile(), "the class's source is in the file");
        assertEquals(NET1, one.networkFile().source());
        assertEquals(net.toString(), one.module().toString());
        assertEquals(ModelFileTest.ADAM, one.settings());
        assertSameWeights(net, one.module());
        assertEquals(List.of("hidden.weight", "hidden.bias", "predict.weight", "predict.bias"),
                List.copyOf(SafeTensors.read(path).tensors().keySet()));
    }

    @Test
    void aClassNetBesideAnotherKeepsItsSourceUnderItsName() throws Exception {
        NetworkFile file = NetworkFile.parse(NET1);
        Module a = file.build(Generator.pytorch(1));
        Module b = file.build(Generator.pytorch(2));
        Path path = dir.resolve("two.safetensors");
        ModelFile.save(path, List.of(new NamedModule("sgd", a, null, file), new NamedModule("adam", b, null, file)),
                Map.of());

        LoadedNets loaded = ModelFile.loadNets(SafeTensors.read(path), "two");
        assertEquals(List.of("sgd", "adam"), List.copyOf(loaded.nets().keySet()));
        assertNotNull(loaded.nets().get("adam").networkFile());
        assertSameWeights(a, loaded.nets().get("sgd").module());
        assertSameWeights(b, loaded.nets().get("adam").module());
    }

    private static void assertSameWeights(Module expected, Module actual) {
        Map<String, Tensor> e = expected.stateDict();
        Map<String, Tensor> a = actual.stateDict();
        assertEquals(e.keySet(), a.keySet());
        e.forEach((k, v) -> assertArrayEquals(v.toArray(), a.get(k).toArray(), 0f, k));
    }
}
