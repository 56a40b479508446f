package org.trainlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.trainlab.Golden;
import org.trainlab.tensor.Tensor;

/**
 * Every layer case PyTorch wrote into layers.json: build the module from its kwargs, load PyTorch's
 * state, run forward in the case's mode and backward with its grad_output, and compare the output,
 * the gradients, the state afterwards and the printed form.
 */
class LayersGoldenTest {
    private static final double RTOL = 1e-5;
    private static final double ATOL = 1e-6;
    private static final String GROUP = "layers";
    private static final JsonNode FILE = Golden.load("layers.json");
    /** What tools/make_fixtures.py writes into layers.json: fewer means a truncated or half-regenerated file. */
    private static final int CASES = 21;
    private static final int REPRS = 17;

    @TestFactory
    Stream<DynamicTest> layersMatchPyTorch() {
        assertEquals(CASES, FILE.get("cases").size(), "cases in layers.json");
        return cases(FILE.get("cases")).map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> check(c)));
    }

    @TestFactory
    Stream<DynamicTest> reprsMatchPyTorch() {
        assertEquals(REPRS, FILE.get("reprs").size(), "reprs in layers.json");
        Map<String, Module> modules = new LinkedHashMap<>();
        modules.put("sequential_1_10_1", new Sequential(new Linear(1, 10), new ReLU(), new Linear(10, 1)));
        modules.put("net_hidden_predict", new Net());
        modules.put("custom_with_nested_sequential", new Classifier());
        modules.put("dropout_0_5", new Dropout(0.5));
        modules.put("batchnorm1d_10", new BatchNorm1d(10));
        modules.put("rnn_1_32_batch_first", new RNN(1, 32, 1, "tanh", true, true));
        modules.put("leaky_relu_0_01", new LeakyReLU(0.01));
        modules.put("softplus_default", new Softplus());
        modules.put("elu_default", new ELU());
        modules.put("gelu_tanh", new GELU("tanh"));
        modules.put("softmax_dimneg1", new Softmax(-1));
        modules.put("mseloss_default", new MSELoss());
        modules.put("mseloss_sum", new MSELoss(Reduction.SUM));
        modules.put("crossentropyloss_default", new CrossEntropyLoss());
        modules.put("crossentropyloss_none", new CrossEntropyLoss(Reduction.NONE));
        modules.put("bcewithlogitsloss_default", new BCEWithLogitsLoss());
        modules.put("bcewithlogitsloss_sum", new BCEWithLogitsLoss(Reduction.SUM));
        return cases(FILE.get("reprs")).map(r -> DynamicTest.dynamicTest(r.get("name").asText(), () -> {
            Module m = modules.get(r.get("name").asText());
            assertNotNull(m, "no module for repr case " + r.get("name"));
            assertEquals(r.get("repr").asText(), m.toString());
        }));
    }

    @AfterAll
    static void report() {
        double[] worst = Golden.worstErrors().get(GROUP);
        if (worst != null) {
            System.out.printf("layers.json: largest relative error %.3g, absolute %.3g%n", worst[0], worst[1]);
        }
    }

    static Stream<JsonNode> cases(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static void check(JsonNode c) {
        String name = c.get("name").asText();
        Module module = build(c);
        Map<String, Tensor> state = Golden.state(c.get("state"));
        assertEquals(new ArrayList<>(state.keySet()), new ArrayList<>(module.stateDict().keySet()),
                name + ": state_dict keys");
        module.loadStateDict(state, true);
        module.train(c.get("mode").asText().equals("train"));
        Tensor x = Golden.tensor(c.get("input")).requiresGrad_();
        Tensor output;
        if (module instanceof RNN rnn) {
            Tensor h0 = c.get("h0").isNull() ? null : Golden.tensor(c.get("h0")).requiresGrad_();
            RnnOutput out = rnn.forward(x, h0);
            output = out.output();
            Golden.assertClose(Golden.tensor(c.get("h_n")), out.hN(), RTOL, ATOL, GROUP, name + ": h_n");
            Tensor objective = output.mul(Golden.tensor(c.get("grad_output"))).sum()
                    .add(out.hN().mul(Golden.tensor(c.get("grad_h_n"))).sum());
            objective.backward();
            if (h0 != null) {
                Golden.assertClose(Golden.tensor(c.get("h0_grad")), h0.grad(), RTOL, ATOL, GROUP, name + ": h0 grad");
            }
        } else {
            output = module.forward(x);
            output.backward(Golden.tensor(c.get("grad_output")));
        }
        Golden.assertClose(Golden.tensor(c.get("output")), output, RTOL, ATOL, GROUP, name + ": output");
        Golden.assertClose(Golden.tensor(c.get("input_grad")), x.grad(), RTOL, ATOL, GROUP, name + ": input grad");
        Map<String, Tensor> params = module.namedParameters();
        assertEquals(names(c.get("param_grads")), new ArrayList<>(params.keySet()), name + ": parameter names");
        c.get("param_grads").properties().forEach(e -> Golden.assertClose(Golden.tensor(e.getValue()),
                params.get(e.getKey()).grad(), RTOL, ATOL, GROUP, name + ": grad of " + e.getKey()));
        Map<String, Tensor> after = module.stateDict();
        c.get("state_after").properties().forEach(e -> {
            Tensor expected = Golden.tensor(e.getValue());
            assertEquals(expected.dtype(), after.get(e.getKey()).dtype(), name + ": dtype of " + e.getKey());
            Golden.assertClose(expected, after.get(e.getKey()), RTOL, ATOL, GROUP, name + ": " + e.getKey() + " after");
        });
        assertEquals(c.get("repr").asText(), module.toString(), name + ": repr");
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The module a case describes, from its PyTorch constructor kwargs. */
    static Module build(JsonNode c) {
        JsonNode k = c.get("kwargs");
        return switch (c.get("layer").asText()) {
            case "Linear" -> new Linear(k.get("in_features").asInt(), k.get("out_features").asInt(),
                    k.path("bias").asBoolean(true));
            case "Sequential" -> {
                assertEquals("Sequential(Linear(2, 4), ReLU(), Linear(4, 3))", k.get("spec").asText());
                yield new Sequential(new Linear(2, 4), new ReLU(), new Linear(4, 3));
            }
            case "ReLU" -> new ReLU();
            case "Sigmoid" -> new Sigmoid();
            case "Tanh" -> new Tanh();
            case "Softplus" -> new Softplus(k.path("beta").asDouble(1), k.path("threshold").asDouble(20));
            case "LeakyReLU" -> new LeakyReLU(k.path("negative_slope").asDouble(0.01));
            case "ELU" -> new ELU(k.path("alpha").asDouble(1.0));
            case "GELU" -> new GELU(k.path("approximate").asText("none"));
            case "Softmax" -> new Softmax(k.get("dim").asInt());
            case "Dropout" -> new Dropout(k.path("p").asDouble(0.5));
            case "BatchNorm1d" -> new BatchNorm1d(k.get("num_features").asInt(), k.path("eps").asDouble(1e-5),
                    k.path("momentum").asDouble(0.1), k.path("affine").asBoolean(true),
                    k.path("track_running_stats").asBoolean(true));
            case "RNN" -> new RNN(k.get("input_size").asInt(), k.get("hidden_size").asInt(),
                    k.path("num_layers").asInt(1), k.path("nonlinearity").asText("tanh"), k.path("bias").asBoolean(true),
                    k.path("batch_first").asBoolean(false));
            default -> throw new AssertionError("unknown layer " + c.get("layer"));
        };
    }

    /** A custom module holding a nested Sequential, as in the fixture script. */
    static final class Classifier extends Module {
        final Sequential features = register("features",
                new Sequential(new Linear(2, 8), new ReLU(), new Linear(8, 8), new Tanh()));
        final Linear head = register("head", new Linear(8, 3));

        @Override
        public Tensor forward(Tensor x) {
            return head.forward(features.forward(x));
        }
    }
}
