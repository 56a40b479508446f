package org.trainlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trainlab.nn.Module;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * Writes TrainLab whole-model files into target/model-interop/ with an input and TrainLab's eval-mode output,
 * for {@code python3 tools/make_model_fixtures.py --verify target/model-interop} to rebuild in PyTorch (by
 * evaluating the spec with torch.nn's names), load with strict=True and compare. Here each file is only read back.
 */
@SuppressWarnings("try") // try (var ignored = NoGrad.enter()) is how a block runs without a graph
class ModelInteropTest {
    static final Path OUT = Path.of("target", "model-interop");

    @ParameterizedTest
    @ValueSource(strings = {
        "Sequential(Linear(1, 10), ReLU(), Linear(10, 1))",
        "Sequential(Linear(3, 6, bias=False), BatchNorm1d(6, eps=0.001, momentum=0.2), LeakyReLU(negative_slope=0.1), "
            + "Dropout(p=0.3), Linear(6, 6), ELU(alpha=0.5), GELU(approximate='tanh'), Softplus(beta=2, threshold=10), "
            + "BatchNorm1d(6, momentum=None, affine=False), Tanh(), Linear(6, 2), Sigmoid(), Softmax(dim=1))",
        "RNN(2, 4, num_layers=2, nonlinearity='relu', batch_first=True)",
    })
    void writesModelsForPyTorch(String text) throws Exception {
        Files.createDirectories(OUT);
        NetworkSpec spec = NetworkSpec.parse(text);
        Module module = ModelFileTest.trainedOnce(spec, 0);
        String name = spec.text().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^(.{0,40}).*", "$1");
        Path file = OUT.resolve(name + ".safetensors");
        ModelFile.save(file, module, ModelFileTest.ADAM);

        Tensor x = text.startsWith("RNN") ? Tensor.randn(new Generator(1), 3, 5, 2)
                : Tensor.randn(new Generator(1), 4, text.contains("Linear(1,") ? 1 : 3);
        Tensor y;
        try (var ignored = NoGrad.enter()) {
            y = ModelFile.load(file).module().eval().forward(x);
        }
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("input", Map.of("shape", x.shape(), "data", x.data()));
        expected.put("output", Map.of("shape", y.shape(), "data", y.data()));
        new ObjectMapper().writeValue(OUT.resolve(name + ".json").toFile(), expected);
        assertEquals(spec, ModelFile.load(file).spec());
    }
}
