package org.trainlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.LinearAlgebra;
import org.trainlab.tensor.Tensor;

/**
 * Writes TrainLab files into target/io-interop/ with the values they should hold, for
 * {@code python3 tools/make_io_fixtures.py --verify target/io-interop} to load in PyTorch. The suite itself
 * needs no Python: here each file is only read back.
 */
class SafeTensorsInteropTest {
    static final Path OUT = Path.of("target", "io-interop");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The state_dict of nn.Sequential(nn.Linear(2, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1)). */
    static LinkedHashMap<String, Tensor> mlpStateDict() {
        Generator g = new Generator(42);
        LinkedHashMap<String, Tensor> state = new LinkedHashMap<>();
        state.put("0.weight", Tensor.randn(g, 4, 2));
        state.put("0.bias", Tensor.randn(g, 4));
        state.put("1.weight", Tensor.rand(g, 4).add(0.5));
        state.put("1.bias", Tensor.randn(g, 4));
        state.put("1.running_mean", Tensor.randn(g, 4).mul(0.1));
        state.put("1.running_var", Tensor.rand(g, 4).add(0.5));
        state.put("1.num_batches_tracked", Tensor.ofLongs(new long[] {3}));
        state.put("3.weight", Tensor.randn(g, 1, 4));
        state.put("3.bias", Tensor.randn(g, 1));
        return state;
    }

    /** The network in eval mode, spelled out with tensor ops (TrainLab's nn is not used here). */
    static Tensor mlpForward(Map<String, Tensor> s, Tensor x) {
        Tensor h = LinearAlgebra.linear(x, s.get("0.weight"), s.get("0.bias"));
        h = h.sub(s.get("1.running_mean")).div(s.get("1.running_var").add(1e-5).sqrt())
                .mul(s.get("1.weight")).add(s.get("1.bias"));
        return LinearAlgebra.linear(h.relu(), s.get("3.weight"), s.get("3.bias"));
    }

    private static List<Map<String, Object>> describe(Map<String, Tensor> tensors) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            Map<String, Object> d = new LinkedHashMap<>();
            Tensor t = e.getValue();
            d.put("name", e.getKey());
            d.put("dtype", t.dtype() == DType.INT64 ? "I64" : "F32");
            d.put("shape", t.shape());
            if (t.dtype() == DType.INT64) {
                long[] values = new long[t.numel()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (long) t.data()[i];
                }
                d.put("values", values);
            } else {
                d.put("bits", bits(t.data()));
            }
            list.add(d);
        }
        return list;
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }

    private static void writeExpectation(String name, Map<String, Object> expected) throws IOException {
        JSON.writeValue(OUT.resolve(name + ".json").toFile(), expected);
    }

    @Test
    void writesAModelStateDictPyTorchCanLoadStrictly() throws IOException {
        Files.createDirectories(OUT);
        LinkedHashMap<String, Tensor> state = mlpStateDict();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "pt");
        metadata.put("trainlab.architecture", "Sequential(\n  (0): Linear(in_features=2, out_features=4, bias=True)\n"
                + "  (1): BatchNorm1d(4, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)\n"
                + "  (2): ReLU()\n  (3): Linear(in_features=4, out_features=1, bias=True)\n)");
        metadata.put("trainlab.settings", "{\"optimizer\": \"Adam\", \"lr\": 0.001, \"epochs\": 20}");
        Path file = OUT.resolve("trainlab_mlp.safetensors");
        SafeTensors.write(file, state, metadata);

        SafeTensorsFile read = SafeTensors.read(file);
        SafeTensorsTest.assertSameTensors(state, read.tensors());
        assertEquals(metadata, read.metadata());

        float[][] input = {{0.5f, -1f}, {2f, 0.25f}, {-1.5f, 3f}};
        Tensor output = mlpForward(read.tensors(), Tensor.of(input));
        assertArrayEquals(mlpForward(state, Tensor.of(input)).data(), output.data());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("file", file.getFileName().toString());
        expected.put("module", "mlp");
        expected.put("metadata", metadata);
        expected.put("tensors", describe(state));
        expected.put("input", input);
        expected.put("output", output.data());
        writeExpectation("trainlab_mlp", expected);
    }

    @Test
    void writesTensorsOfRanksZeroToThree() throws IOException {
        Files.createDirectories(OUT);
        LinkedHashMap<String, Tensor> tensors = SafeTensorsTest.ranksZeroToThree();
        Path file = OUT.resolve("trainlab_ranks.safetensors");
        SafeTensors.write(file, tensors, Map.of());
        SafeTensorsTest.assertSameTensors(tensors, SafeTensors.read(file).tensors());

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("file", file.getFileName().toString());
        expected.put("metadata", Map.of());
        expected.put("tensors", describe(tensors));
        writeExpectation("trainlab_ranks", expected);
    }

    @Test
    void exportsACsvPythonReadsExactly() throws IOException {
        Files.createDirectories(OUT);
        Tensor values = Tensor.randn(new Generator(3), 5, 3);
        values.data()[1] = Float.NaN;
        values.data()[2] = Float.NEGATIVE_INFINITY;
        values.data()[3] = -0f;
        values.data()[4] = Float.MIN_VALUE;
        values.data()[5] = 1e-5f;
        values.data()[6] = 123456789f;
        List<String> columns = List.of("x1", "x 2, quoted \"name\"", "label");
        Path file = OUT.resolve("trainlab_export.csv");
        Csv.write(file, CsvTable.of(columns, values));

        CsvTable read = Csv.read(file);
        assertEquals(columns, read.columns());
        assertArrayEquals(values.data(), read.tensor().data());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("file", file.getFileName().toString());
        expected.put("columns", columns);
        expected.put("bits", bits(values.data()));
        writeExpectation("trainlab_export", expected);
    }
}
