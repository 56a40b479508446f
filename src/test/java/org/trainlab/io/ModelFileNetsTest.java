package org.trainlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.PythonPrograms;
import org.trainlab.nn.Linear;
import org.trainlab.nn.Module;
import org.trainlab.nn.RNN;
import org.trainlab.nn.ReLU;
import org.trainlab.nn.Sequential;
import org.trainlab.nn.Sigmoid;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/** Several nets in one whole-model file (a lesson's G and D, the dynamic graph's RNN and Linear). */
@SuppressWarnings("try") // try (var ignored = NoGrad.enter()) is how a block runs without a graph
class ModelFileNetsTest {
    @TempDir
    Path dir;

    private static final Map<String, String> LESSON = Map.of(ModelFile.LESSON_KEY, "gan",
            ModelFile.LESSON_SETTINGS_KEY, "{\"hidden\": 8}");

    private static List<NamedModule> gan() {
        Generator gen = new Generator(3);
        Sequential g = new Sequential(new Linear(5, 8, true, gen), new ReLU(), new Linear(8, 15, true, gen));
        Sequential d = new Sequential(new Linear(15, 8, true, gen), new ReLU(), new Linear(8, 1, true, gen), new Sigmoid());
        return List.of(new NamedModule("G", g, ModelFileTest.ADAM), new NamedModule("D", d, null));
    }

    @Test
    void eachNetKeepsItsTensorsUnderItsName() throws Exception {
        Path file = dir.resolve("gan.safetensors");
        List<NamedModule> nets = gan();
        ModelFile.save(file, nets, LESSON);

        SafeTensorsFile raw = SafeTensors.read(file);
        assertEquals(List.of("G.0.weight", "G.0.bias", "G.2.weight", "G.2.bias", "D.0.weight", "D.0.bias", "D.2.weight",
                "D.2.bias"), List.copyOf(raw.tensors().keySet()));
        assertEquals("G,D", raw.metadata().get(ModelFile.NETS_KEY));
        assertEquals("Sequential(Linear(5, 8), ReLU(), Linear(8, 15))", raw.metadata().get("trainlab.architecture.G"));
        assertTrue(raw.metadata().containsKey("trainlab.training.G"));
        assertTrue(!raw.metadata().containsKey("trainlab.training.D"));
        assertEquals("gan", raw.metadata().get(ModelFile.LESSON_KEY));

        LoadedNets loaded = ModelFile.loadNets(raw, "gan");
        assertEquals(List.of("G", "D"), List.copyOf(loaded.nets().keySet()));
        assertEquals("gan", loaded.lesson());
        assertEquals("{\"hidden\": 8}", loaded.lessonSettings());
        assertEquals(ModelFileTest.ADAM, loaded.nets().get("G").settings());
        for (NamedModule n : nets) {
            n.module().stateDict().forEach((k, v) -> assertArrayEquals(v.toArray(),
                    loaded.nets().get(n.name()).module().stateDict().get(k).toArray(), n.name() + "." + k));
        }
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.load(file));
        assertTrue(e.reason().contains("several nets (G,D)"), e.reason());
        assertArrayEquals(SafeTensors.toBytes(raw.tensors(), raw.metadata()), ModelFile.toBytes(nets, LESSON));
    }

    @Test
    void oneUnnamedNetIsTheFileModelFileSaveWrites() throws Exception {
        Module net = gan().get(0).module();
        byte[] one = ModelFile.toBytes(List.of(new NamedModule("", net, ModelFileTest.ADAM)), Map.of());
        assertArrayEquals(ModelFile.toBytes(net, ModelFileTest.ADAM), one);
        LoadedNets loaded = ModelFile.loadNets(SafeTensors.read(one, "one"), "one");
        assertEquals(List.of(""), List.copyOf(loaded.nets().keySet()));
        assertEquals(loaded.nets().get(""), loaded.single());
    }

    /** A file like the GAN's, with its metadata or tensors changed. */
    private ModelFormatException refused(java.util.function.Consumer<Map<String, String>> metadata,
            java.util.function.Consumer<Map<String, Tensor>> tensors) throws Exception {
        SafeTensorsFile raw = SafeTensors.read(ModelFile.toBytes(gan(), LESSON), "gan");
        Map<String, String> m = new LinkedHashMap<>(raw.metadata());
        Map<String, Tensor> t = new LinkedHashMap<>(raw.tensors());
        metadata.accept(m);
        tensors.accept(t);
        SafeTensorsFile changed = SafeTensors.read(SafeTensors.toBytes(t, m), "changed");
        return assertThrows(ModelFormatException.class, () -> ModelFile.loadNets(changed, "changed.safetensors"));
    }

    @Test
    void aFileWhoseNetsDoNotAddUpIsRefusedWithThePlaceAndTheReason() throws Exception {
        ModelFormatException e = refused(m -> { }, t -> t.put("H.0.weight", Tensor.zeros(2)));
        assertEquals("tensor 'H.0.weight'", e.place());
        assertTrue(e.reason().contains("none of the file's nets (G, D)"), e.reason());

        e = refused(m -> m.put(ModelFile.NETS_KEY, "G,D,G"), t -> { });
        assertTrue(e.reason().contains("named twice"), e.reason());

        e = refused(m -> m.put(ModelFile.NETS_KEY, "G,import os"), t -> { });
        assertTrue(e.reason().contains("not a net's name"), e.reason());

        e = refused(m -> m.remove("trainlab.architecture.D"), t -> { });
        assertTrue(e.reason().contains("trainlab.architecture.D"), e.reason());

        e = refused(m -> { }, t -> t.put("D.0.weight", Tensor.zeros(8, 14)));
        assertEquals("state_dict of the net 'D'", e.place());
        assertTrue(e.reason().contains("size mismatch for 0.weight"), e.reason());

        e = refused(m -> m.put("trainlab.architecture.G", "Sequential(Linear(5, 100000000))"), t -> { });
        assertTrue(e.reason().contains("hold only"), e.reason());

        e = refused(m -> m.put("trainlab.training.G", "{\"loss\": \"MSELoss\"}"), t -> { });
        assertEquals("__metadata__ 'trainlab.training.G'", e.place());

        e = refused(m -> m.put(ModelFile.FORMAT_KEY, "9"), t -> { });
        assertTrue(e.reason().contains("version"), e.reason());
    }

    /**
     * PyTorch reads the file as any safetensors file (here by hand: python3-torch ships without the safetensors
     * package): the GAN's G loads into torch.nn's Sequential with strict=True from the keys under "G.", and the
     * dynamic graph's nets load unchanged into the tutorial's {@code class RNN(nn.Module)} (self.rnn, self.out);
     * both give TrainLab's outputs.
     */
    @Test
    void pytorchLoadsEveryNetOfTheFile() throws Exception {
        PythonPrograms.assumeImports("torch");
        Path file = dir.resolve("nets.safetensors");
        Generator gen = new Generator(5);
        RNN rnn = new RNN(1, 6, 1, "tanh", true, true, gen);
        Linear out = new Linear(6, 1, true, gen);
        List<NamedModule> nets = new java.util.ArrayList<>(gan());
        ModelFile.save(file, nets, LESSON);
        Path dynamic = dir.resolve("dynamic.safetensors");
        ModelFile.save(dynamic, List.of(new NamedModule("rnn", rnn, null), new NamedModule("out", out, null)), Map.of());

        Tensor z = Tensor.linspace(-1, 1, 5).unsqueeze(0);
        Tensor x = Tensor.linspace(0, 1, 4).view(1, 4, 1);
        float[] g;
        float[] y;
        try (var ignored = NoGrad.enter()) {
            g = nets.get(0).module().forward(z).toArray();
            y = out.forward(rnn.forward(x, null).output()).toArray();
        }
        String printed = PythonPrograms.run(dir, "check.py", """
                import json, struct
                import torch
                from torch import nn

                def load_file(path):  # what safetensors.torch.load_file does, checked by hand
                    data = open(path, 'rb').read()
                    n = struct.unpack('<Q', data[:8])[0]
                    header = json.loads(data[8:8 + n])
                    header.pop('__metadata__')
                    body = data[8 + n:]
                    end = 0
                    state = {}
                    for key, t in sorted(header.items(), key=lambda kv: kv[1]['data_offsets']):
                        assert t['dtype'] == 'F32', t
                        begin, stop = t['data_offsets']
                        assert begin == end, (key, begin, end)  # no holes, no overlaps
                        end = stop
                        state[key] = torch.frombuffer(bytearray(body[begin:stop]), dtype=torch.float32).reshape(t['shape'])
                    assert end == len(body)
                    return state

                state = load_file('nets.safetensors')
                G = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 15))
                G.load_state_dict({k[2:]: v for k, v in state.items() if k.startswith('G.')}, strict=True)

                class RNN(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.rnn = nn.RNN(input_size=1, hidden_size=6, num_layers=1, batch_first=True)
                        self.out = nn.Linear(6, 1)

                    def forward(self, x):
                        r_out, h = self.rnn(x, None)
                        return self.out(r_out)

                net = RNN()
                net.load_state_dict(load_file('dynamic.safetensors'), strict=True)
                with torch.no_grad():
                    g = G(torch.linspace(-1, 1, 5).unsqueeze(0)).flatten().tolist()
                    y = net(torch.linspace(0, 1, 4).view(1, 4, 1)).flatten().tolist()
                print(json.dumps({'g': g, 'y': y}))
                """);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(printed);
        for (int i = 0; i < g.length; i++) {
            assertEquals(g[i], tree.get("g").get(i).asDouble(), 1e-5);
        }
        for (int i = 0; i < y.length; i++) {
            assertEquals(y[i], tree.get("y").get(i).asDouble(), 1e-5);
        }
    }
}
