package org.trainlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Tensor;

class ModuleTest {
    private static List<String> keys(Map<String, ?> map) {
        return new ArrayList<>(map.keySet());
    }

    @Test
    void tutorialNetHasPyTorchsStateDictKeysAndRepr() {
        Net net = new Net();
        assertEquals(List.of("hidden.weight", "hidden.bias", "predict.weight", "predict.bias"), keys(net.stateDict()));
        assertEquals(keys(net.stateDict()), keys(net.namedParameters()));
        assertEquals(List.of(net.hidden.weight(), net.hidden.bias(), net.predict.weight(), net.predict.bias()),
                net.parameters());
        assertTrue(net.parameters().stream().allMatch(Tensor::requiresGrad));
        assertEquals(List.of(net.hidden, net.predict), net.children());
        assertEquals(List.of(net, net.hidden, net.predict), net.modules());
        assertEquals("Net(\n  (hidden): Linear(in_features=1, out_features=10, bias=True)\n"
                + "  (predict): Linear(in_features=10, out_features=1, bias=True)\n)", net.toString());
        assertArrayEquals(new int[] {5, 1}, net.forward(Tensor.zeros(5, 1)).shape());
    }

    @Test
    void nestedSequentialNamesAndPrintsLikePyTorch() {
        Sequential seq = new Sequential(new Linear(1, 2), new Sequential(new ReLU(), new Linear(2, 2)));
        assertEquals(List.of("0.weight", "0.bias", "1.1.weight", "1.1.bias"), keys(seq.stateDict()));
        assertEquals(List.of("", "0", "1", "1.0", "1.1"), keys(seq.namedModules()));
        assertEquals("Sequential(\n  (0): Linear(in_features=1, out_features=2, bias=True)\n  (1): Sequential(\n"
                + "    (0): ReLU()\n    (1): Linear(in_features=2, out_features=2, bias=True)\n  )\n)", seq.toString());
        assertEquals(2, seq.size());
        assertTrue(seq.get(-1) instanceof Sequential);
        assertThrows(IndexOutOfBoundsException.class, () -> seq.get(2));
    }

    @Test
    void sharedModuleIsOneSetOfParametersButTwoStateDictEntries() {
        Linear shared = new Linear(2, 2);
        Sequential seq = new Sequential(shared, new ReLU(), shared);
        assertEquals(List.of("0.weight", "0.bias"), keys(seq.namedParameters()));
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), keys(seq.stateDict()));
    }

    @Test
    void absentBiasHasNoKey() {
        Linear linear = new Linear(3, 2, false);
        assertNull(linear.bias());
        assertEquals(List.of("weight"), keys(linear.stateDict()));
        assertEquals("Linear(in_features=3, out_features=2, bias=False)", linear.toString());
    }

    @Test
    void batchNormStateDictHasParametersThenBuffers() {
        BatchNorm1d bn = new BatchNorm1d(3);
        Map<String, Tensor> state = bn.stateDict();
        assertEquals(List.of("weight", "bias", "running_mean", "running_var", "num_batches_tracked"), keys(state));
        assertEquals(List.of("weight", "bias"), keys(bn.namedParameters()));
        assertEquals(DType.INT64, state.get("num_batches_tracked").dtype());
        assertEquals(0, state.get("num_batches_tracked").dim());
        assertFalse(state.get("running_mean").requiresGrad());
        assertEquals(List.of("running_mean", "running_var", "num_batches_tracked"),
                keys(new BatchNorm1d(3, 1e-5, 0.1, false, true).stateDict()));
        assertEquals(List.of("weight", "bias"), keys(new BatchNorm1d(3, 1e-5, 0.1, true, false).stateDict()));
    }

    @Test
    void twoLayerRnnHasPyTorchsParameterNamesAndShapes() {
        RNN rnn = new RNN(2, 3, 2, "tanh", true, false);
        Map<String, Tensor> state = rnn.stateDict();
        assertEquals(List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0",
                "weight_ih_l1", "weight_hh_l1", "bias_ih_l1", "bias_hh_l1"), keys(state));
        assertArrayEquals(new int[] {3, 2}, state.get("weight_ih_l0").shape());
        assertArrayEquals(new int[] {3, 3}, state.get("weight_ih_l1").shape());
        assertEquals("RNN(2, 3, num_layers=2)", rnn.toString());
        assertEquals("RNN(1, 2, bias=False)", new RNN(1, 2, 1, "relu", false, false).toString());
    }

    @Test
    void stateDictValuesAreDetachedAndShareStorage() {
        Linear linear = new Linear(2, 2);
        Tensor saved = linear.stateDict().get("weight");
        assertFalse(saved.requiresGrad());
        assertSame(linear.weight().data(), saved.data());
    }

    @Test
    void loadStateDictCopiesInPlaceSoHeldReferencesSeeNewValues() {
        Net source = new Net();
        Net target = new Net();
        Tensor held = target.hidden.weight();
        int version = held.version();
        IncompatibleKeys result = target.loadStateDict(source.stateDict(), true);
        assertTrue(result.allMatched());
        assertEquals("<All keys matched successfully>", result.toString());
        assertSame(held, target.hidden.weight());
        assertArrayEquals(source.hidden.weight().data(), held.data());
        assertTrue(held.version() > version);
        assertTrue(held.requiresGrad());
    }

    @Test
    void strictLoadReportsMissingUnexpectedAndSizeMismatchInPyTorchsWords() {
        Net net = new Net();
        Map<String, Tensor> state = new LinkedHashMap<>();
        state.put("hidden.weight", Tensor.zeros(10, 2));
        state.put("predict.weight", Tensor.zeros(1, 10));
        state.put("predict.bias", Tensor.zeros(1));
        state.put("extra", Tensor.zeros(1));
        IllegalArgumentException strict = assertThrows(IllegalArgumentException.class,
                () -> net.loadStateDict(state, true));
        assertEquals("Error(s) in loading state_dict for Net:\n\tMissing key(s) in state_dict: \"hidden.bias\". \n"
                + "\tUnexpected key(s) in state_dict: \"extra\". \n\tsize mismatch for hidden.weight: copying a param "
                + "with shape torch.Size([10, 2]) from checkpoint, the shape in current model is torch.Size([10, 1]).",
                strict.getMessage());
        IllegalArgumentException lenient = assertThrows(IllegalArgumentException.class,
                () -> net.loadStateDict(state, false));
        assertEquals("Error(s) in loading state_dict for Net:\n\tsize mismatch for hidden.weight: copying a param "
                + "with shape torch.Size([10, 2]) from checkpoint, the shape in current model is torch.Size([10, 1]).",
                lenient.getMessage());
    }

    @Test
    void strictLoadListsEveryMissingAndUnexpectedKey() {
        Net net = new Net();
        Map<String, Tensor> state = new LinkedHashMap<>(new Net().stateDict());
        state.remove("hidden.weight");
        state.put("foo", Tensor.zeros(1));
        state.put("hidden.extra", Tensor.zeros(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.loadStateDict(state));
        assertEquals("Error(s) in loading state_dict for Net:\n\tMissing key(s) in state_dict: \"hidden.weight\". \n"
                + "\tUnexpected key(s) in state_dict: \"foo\", \"hidden.extra\". ", e.getMessage());
    }

    @Test
    void sizeMismatchInSequentialNamesTheDottedKey() {
        Sequential seq = new Sequential(new Linear(2, 10));
        Map<String, Tensor> state = Map.of("0.weight", Tensor.zeros(10, 1), "0.bias", Tensor.zeros(10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> seq.loadStateDict(state));
        assertEquals("Error(s) in loading state_dict for Sequential:\n\tsize mismatch for 0.weight: copying a param "
                + "with shape torch.Size([10, 1]) from checkpoint, the shape in current model is torch.Size([10, 2]).",
                e.getMessage());
    }

    @Test
    void lenientLoadReturnsWhatDidNotMatch() {
        Net net = new Net();
        float[] before = net.predict.weight().toArray();
        IncompatibleKeys keys = net.loadStateDict(Map.of("hidden.weight", Tensor.ones(10, 1)), false);
        assertEquals(List.of("hidden.bias", "predict.weight", "predict.bias"), keys.missingKeys());
        assertEquals(List.of(), keys.unexpectedKeys());
        assertEquals("_IncompatibleKeys(missing_keys=['hidden.bias', 'predict.weight', 'predict.bias'], "
                + "unexpected_keys=[])", keys.toString());
        assertArrayEquals(Tensor.ones(10, 1).data(), net.hidden.weight().data());
        assertArrayEquals(before, net.predict.weight().data());
    }

    @Test
    void batchNormCheckpointWithoutBatchCounterLoadsWithZero() {
        BatchNorm1d bn = new BatchNorm1d(3);
        bn.forward(Tensor.randn(4, 3));
        Map<String, Tensor> old = new LinkedHashMap<>(new BatchNorm1d(3).stateDict());
        old.remove("num_batches_tracked");
        assertTrue(bn.loadStateDict(old, true).allMatched());
        assertEquals(0f, bn.numBatchesTracked().item());
    }

    @Test
    void trainAndEvalReachEveryDescendant() {
        Sequential seq = new Sequential(new Linear(1, 2), new Sequential(new Dropout(), new BatchNorm1d(2)));
        assertTrue(seq.modules().stream().allMatch(Module::isTraining));
        assertSame(seq, seq.eval());
        assertTrue(seq.modules().stream().noneMatch(Module::isTraining));
        seq.train();
        assertTrue(seq.modules().stream().allMatch(Module::isTraining));
        seq.get(1).train(false);
        assertTrue(seq.isTraining());
        assertFalse(((Sequential) seq.get(1)).get(0).isTraining());
    }

    @Test
    void zeroGradSetsGradientsToNone() {
        Net net = new Net();
        net.forward(Tensor.ones(3, 1)).sum().backward();
        assertTrue(net.parameters().stream().allMatch(p -> p.grad() != null));
        net.zeroGrad();
        assertTrue(net.parameters().stream().allMatch(p -> p.grad() == null));
    }

    @Test
    void anonymousModulesNameThemselves() {
        Module plain = new Module() {
            @Override
            public Tensor forward(Tensor x) {
                return x;
            }
        };
        assertEquals("Module()", plain.toString());
        Module named = new Module() {
            final Linear fc = register("fc", new Linear(1, 1));

            @Override
            public Tensor forward(Tensor x) {
                return fc.forward(x);
            }

            @Override
            public String name() {
                return "Regressor";
            }
        };
        assertEquals("Regressor(\n  (fc): Linear(in_features=1, out_features=1, bias=True)\n)", named.toString());
        assertEquals("Identity()", new Sequential() {
            @Override
            public String name() {
                return "Identity";
            }
        }.toString());
    }

    @Test
    void multiLineExtraReprIsIndentedWithTheChildren() {
        Module m = new Module() {
            final ReLU act = register("act", new ReLU());

            @Override
            public Tensor forward(Tensor x) {
                return act.forward(x);
            }

            @Override
            public String extraRepr() {
                return "first\nsecond";
            }

            @Override
            public String name() {
                return "Block";
            }
        };
        assertEquals("Block(\n  first\n  second\n  (act): ReLU()\n)", m.toString());
    }

    @Test
    void registrationRejectsDuplicateAndDottedNames() {
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> new Module() {
            final Linear a = register("a", new Linear(1, 1));
            final Linear b = register("a", new Linear(1, 1));

            @Override
            public Tensor forward(Tensor x) {
                return x;
            }
        });
        assertTrue(dup.getMessage().contains("attribute 'a' already exists"), dup.getMessage());
        IllegalArgumentException dotted = assertThrows(IllegalArgumentException.class, () -> new Module() {
            final Tensor w = registerParameter("a.b", Tensor.zeros(1));

            @Override
            public Tensor forward(Tensor x) {
                return x;
            }
        });
        assertEquals("parameter name can't contain \".\", got: a.b", dotted.getMessage());
    }

    @Test
    void lossesNeedATarget() {
        MSELoss loss = new MSELoss();
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> loss.forward(Tensor.zeros(2)));
        assertTrue(e.getMessage().startsWith("MSELoss.forward() missing 1 required positional argument: 'target'"));
        assertEquals(Reduction.MEAN, loss.reduction());
        assertEquals("sum", Reduction.SUM.toString());
        assertEquals(Reduction.NONE, Reduction.of("none"));
        assertEquals("mean1 is not a valid value for reduction",
                assertThrows(IllegalArgumentException.class, () -> Reduction.of("mean1")).getMessage());
    }

    @Test
    void bceWithLogitsKeepsPosWeightAsABuffer() {
        BCEWithLogitsLoss loss = new BCEWithLogitsLoss(Tensor.of(1f, 2f), Reduction.MEAN);
        assertEquals(List.of("pos_weight"), keys(loss.stateDict()));
        assertEquals(List.of(), loss.parameters());
        assertEquals("BCEWithLogitsLoss()", loss.toString());
        assertEquals(List.of(), keys(new BCEWithLogitsLoss().stateDict()));
    }
}
