package org.trainlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trainlab.Golden;
import org.trainlab.nn.Module;
import org.trainlab.nn.Net;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * State_dicts of known networks written by PyTorch (tools/make_model_fixtures.py) load strictly into the same
 * networks built from TrainLab specs, with identical values, PyTorch's printed form and PyTorch's outputs.
 */
@SuppressWarnings("try") // try (var ignored = NoGrad.enter()) is how a block runs without a graph
class ModelTorchFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode expected(String fixture) throws IOException {
        return JSON.readTree(SafeTensorsTorchFixturesTest.resource(fixture + ".json"));
    }

    private static SafeTensorsFile file(String fixture) throws IOException {
        return SafeTensors.read(SafeTensorsTorchFixturesTest.resource(fixture + ".safetensors"), fixture);
    }


    /** Loads the file into the module strictly; checks values, PyTorch's repr and its eval-mode output. */
    private static void check(String fixture, Module module) throws IOException {
        JsonNode expected = expected(fixture);
        SafeTensorsFile file = file(fixture);
        assertTrue(ModelFile.loadStateDict(file, fixture, module).allMatched());
        Map<String, Tensor> state = module.stateDict();
        assertEquals(JSON.convertValue(expected.get("keys"), List.class), List.copyOf(state.keySet()),
                "state_dict keys in PyTorch's order");
        file.tensors().forEach((key, t) -> {
            assertArrayEquals(t.shape(), state.get(key).shape(), key);
            assertArrayEquals(t.data(), state.get(key).data(), key + " values");
            assertEquals(t.dtype(), state.get(key).dtype(), key + " dtype");
        });
        assertEquals(expected.get("repr").asText(), module.toString());
        module.eval();
        Tensor out;
        try (var ignored = NoGrad.enter()) {
            out = module.forward(Golden.tensor(expected.get("input")));
        }
        Tensor want = Golden.tensor(expected.get("output"));
        assertArrayEquals(want.shape(), out.shape());
        double worst = 0;
        for (int i = 0; i < want.numel(); i++) {
            worst = Math.max(worst, Math.abs(out.data()[i] - want.data()[i]));
        }
        assertTrue(worst <= 1e-5, fixture + ": eval output differs from PyTorch's by " + worst);
        System.out.printf("model fixture %-13s loaded strictly, output max |diff| %.2e%n", fixture, worst);
    }

    @ParameterizedTest
    @ValueSource(strings = {"model_mlp", "model_layers", "model_rnn"})
    void pytorchStateDictsLoadIntoNetworksBuiltFromSpecs(String fixture) throws Exception {
        String spec = expected(fixture).get("spec").asText();
        Module module = NetworkSpec.parse(spec).build(new Generator(0));
        check(fixture, module);
        assertEquals(spec, NetworkSpec.of(module).text());
    }

    @Test
    void theTutorialsNetLoadsIntoTheSameClassWrittenInJava() throws Exception {
        check("model_net", new Net());
    }
}
