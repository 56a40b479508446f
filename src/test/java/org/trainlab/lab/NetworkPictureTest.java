package org.trainlab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trainlab.nn.BatchNorm1d;
import org.trainlab.nn.Dropout;
import org.trainlab.nn.Linear;
import org.trainlab.nn.Module;
import org.trainlab.nn.RNN;
import org.trainlab.nn.ReLU;
import org.trainlab.nn.Sequential;
import org.trainlab.nn.Sigmoid;
import org.trainlab.spec.NetworkFile;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/** The network picture of small nets whose every number is worked out by hand. */
class NetworkPictureTest {
    /** 2 → 2 → 1: h = relu(W1·x + b1), y = W2·h + b2. */
    private static Sequential twoTwoOne() {
        Sequential net = new Sequential(new Linear(2, 2, true, Generator.pytorch(0)), new ReLU(),
                new Linear(2, 1, true, Generator.pytorch(0)));
        Map<String, Tensor> state = new LinkedHashMap<>();
        state.put("0.weight", new Tensor(new float[] {1, -1, 0.5f, 2}, 2, 2));
        state.put("0.bias", new Tensor(new float[] {0, -1}, 2));
        state.put("2.weight", new Tensor(new float[] {3, -2}, 1, 2));
        state.put("2.bias", new Tensor(new float[] {0.25f}, 1));
        net.loadStateDict(state);
        return net;
    }

    @Test
    void aSequentialsLayersWeightsAndFunctionsAreCopied() {
        Sequential net = twoTwoOne();
        NetworkPicture p = NetworkPicture.of(net);
        assertTrue(p.drawable(), p.reason());
        assertArrayEquals(new int[] {2, 2, 1}, p.widths());
        NetworkPicture.Layer hidden = p.layers().get(0);
        assertEquals("0", hidden.name());
        assertEquals(List.of("relu"), hidden.after());
        assertEquals(-1f, hidden.weight(0, 1));
        assertEquals(0.5f, hidden.weight(1, 0));
        assertArrayEquals(new float[] {0, -1}, hidden.bias());
        assertEquals(2f, hidden.maxAbsWeight());
        NetworkPicture.Layer predict = p.layers().get(1);
        assertEquals("2", predict.name());
        assertEquals(List.of(), predict.after());
        assertEquals(-2f, predict.weight(0, 1));
        assertNull(p.grid(), "no ranges given, so no grid");
        // a copy: training on does not change a published picture
        net.namedParameters().get("0.weight").data()[0] = 7;
        assertEquals(1f, p.layers().get(0).weight(0, 0));
    }

    @Test
    void twoInputsGiveEachNeuronItsOutputOverThePlane() {
        NetworkPicture p = NetworkPicture.of(twoTwoOne(), new Extent(-1, 1), new Extent(0, 2));
        NetworkPicture.Grid g = p.grid();
        assertEquals(NetworkPicture.PLANE_CELLS, g.size());
        int n = g.points();
        assertEquals(24 * 24, n);
        assertEquals(3, p.outputs().size());
        // cell (row 0, col 0) is the top left: x1 = -1 + 1/24, x2 = 2 - 1/24
        double x1 = -1 + 0.5 * 2 / 24;
        double x2 = 2 - 0.5 * 2 / 24;
        assertEquals(x1, p.output(0, 0)[0], 1e-6);
        assertEquals(x2, p.output(0, 1)[0], 1e-6);
        double h0 = Math.max(0, x1 - x2);
        double h1 = Math.max(0, 0.5 * x1 + 2 * x2 - 1);
        assertEquals(h0, p.output(1, 0)[0], 1e-6);
        assertEquals(h1, p.output(1, 1)[0], 1e-5);
        assertEquals(3 * h0 - 2 * h1 + 0.25, p.output(2, 0)[0], 1e-5);
        // the last cell, bottom right: x1 = 1 - 1/24, x2 = 1/24
        double y1 = 1 - 1.0 / 24;
        double y2 = 1.0 / 24;
        double k0 = Math.max(0, y1 - y2);
        double k1 = Math.max(0, 0.5 * y1 + 2 * y2 - 1);
        assertEquals(k0, p.output(1, 0)[n - 1], 1e-6);
        assertEquals(3 * k0 - 2 * k1 + 0.25, p.output(2, 0)[n - 1], 1e-5);
    }

    @Test
    void oneInputGivesACurveAcrossItsRange() {
        Sequential net = new Sequential(new Linear(1, 3, true, Generator.pytorch(1)), new Sigmoid(),
                new Linear(3, 1, true, Generator.pytorch(1)));
        NetworkPicture p = NetworkPicture.of(net, new Extent(-2, 2));
        assertEquals(NetworkPicture.LINE_POINTS, p.grid().points());
        assertEquals(List.of("sigmoid"), p.layers().get(0).after());
        float w = p.layers().get(0).weight(2, 0);
        float b = p.layers().get(0).bias()[2];
        float[] h = p.output(1, 2);
        assertEquals(1 / (1 + Math.exp(-(w * -2 + b))), h[0], 1e-6);
        assertEquals(1 / (1 + Math.exp(-(w * 2 + b))), h[h.length - 1], 1e-6);
        // a range per input is needed for a grid: two ranges for one input draw no values
        assertNull(NetworkPicture.of(net, new Extent(0, 1), new Extent(0, 1)).grid());
    }

    @Test
    void aClassModuleIsDrawnByItsAttributeNamesWithTheFunctionsOfItsForward() throws Exception {
        Module net = NetworkFile.parse("""
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
                        return torch.sigmoid(x)

                net = Net(2, 5, 1)
                """).build(Generator.pytorch(3));
        NetworkPicture p = NetworkPicture.of(net, new Extent(0, 1), new Extent(0, 1));
        assertTrue(p.drawable(), p.reason());
        assertEquals("hidden", p.layers().get(0).name());
        assertEquals("predict", p.layers().get(1).name());
        assertEquals(List.of("relu"), p.layers().get(0).after());
        assertEquals(List.of("sigmoid"), p.layers().get(1).after());
        assertArrayEquals(new int[] {2, 5, 1}, p.widths());
        Tensor expected = net.forward(new Tensor(new float[] {(float) (0.5 / 24), (float) (1 - 0.5 / 24)}, 1, 2));
        assertEquals(expected.item(), p.output(2, 0)[0], 1e-6);
    }

    @Test
    void registrationOrderDoesNotMatterOnlyTheOrderOfUse() throws Exception {
        Module net = NetworkFile.parse("""
                import torch.nn as nn

                class Net(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.out = nn.Linear(4, 1)
                        self.inp = nn.Linear(2, 4)

                    def forward(self, x):
                        return self.out(self.inp(x).tanh())
                """).build(Generator.pytorch(3));
        NetworkPicture p = NetworkPicture.of(net);
        assertTrue(p.drawable(), p.reason());
        assertEquals(List.of("inp", "out"), p.layers().stream().map(NetworkPicture.Layer::name).toList());
        assertEquals(List.of("tanh"), p.layers().get(0).after());
    }

    @Test
    void dropoutAndBatchNormAreDrawnAndTrainingIsLeftAsItWas() {
        Generator g = Generator.pytorch(5);
        Generator twin = Generator.pytorch(5);
        BatchNorm1d bn = new BatchNorm1d(3);
        Sequential net = new Sequential(new Linear(2, 3, true, g), bn, new ReLU(), new Dropout(0.5, g),
                new Linear(3, 2, true, g));
        new Linear(2, 3, true, twin);
        new Linear(3, 2, true, twin);
        bn.namedBuffers().get("running_mean").data()[1] = 0.5f;
        float[] mean = bn.namedBuffers().get("running_mean").toArray();
        NetworkPicture p = NetworkPicture.of(net, new Extent(-1, 1), new Extent(-1, 1));
        assertTrue(p.drawable(), p.reason());
        assertEquals(List.of("batch_norm", "relu"), p.layers().get(0).after());
        assertTrue(net.isTraining() && bn.isTraining(), "training mode restored");
        assertArrayEquals(mean, bn.namedBuffers().get("running_mean").toArray(), "running statistics untouched");
        assertEquals(twin.nextDouble(), g.nextDouble(), "no random draw (dropout is off)");
        // in eval mode the hidden values are batch_norm with the running statistics, then relu
        float[] before = NetworkPicture.of(net, new Extent(-1, 1), new Extent(-1, 1)).output(1, 1);
        net.eval();
        NetworkPicture evalPicture = NetworkPicture.of(net, new Extent(-1, 1), new Extent(-1, 1));
        assertFalse(net.isTraining(), "eval mode restored too");
        assertArrayEquals(before, evalPicture.output(1, 1));
    }

    @Test
    void whatCannotBeDrawnSaysWhy() throws Exception {
        NetworkPicture mismatched = NetworkPicture.of(new Sequential(new Linear(2, 3), new ReLU(), new Linear(4, 1)));
        assertFalse(mismatched.drawable());
        assertTrue(mismatched.reason().startsWith("the network does not run on 2 inputs"), mismatched.reason());

        Module unused = NetworkFile.parse("""
                import torch.nn as nn
                class Net(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.a = nn.Linear(2, 3)
                        self.spare = nn.Linear(3, 3)
                    def forward(self, x):
                        return self.a(x)
                """).build(Generator.pytorch(0));
        assertEquals("spare (Linear) is not used in forward", NetworkPicture.of(unused).reason());

        Module twice = NetworkFile.parse("""
                import torch.nn as nn
                class Net(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.a = nn.Linear(3, 3)
                    def forward(self, x):
                        return self.a(self.a(x).relu())
                """).build(Generator.pytorch(0));
        assertEquals("a (Linear) is used 2 times in forward", NetworkPicture.of(twice).reason());

        Module branches = NetworkFile.parse("""
                import torch
                import torch.nn as nn
                class Net(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.a = nn.Linear(2, 3)
                        self.b = nn.Linear(2, 3)
                    def forward(self, x):
                        return self.a(x) + self.b(x)
                """).build(Generator.pytorch(0));
        NetworkPicture p = NetworkPicture.of(branches);
        assertFalse(p.drawable());
        assertTrue(p.reason().startsWith("the Linear layers do not form one chain"), p.reason());

        NetworkPicture rnn = NetworkPicture.of(new Sequential(new RNN(1, 4)));
        assertFalse(rnn.drawable());
        assertEquals("the network has no Linear layer", rnn.reason());
        assertNotSame(null, rnn.toString());
    }

    @Test
    void functionNamesFollowPytorchsFunctionalSpelling() {
        assertEquals("relu", NetworkPicture.function("ReluBackward0"));
        assertEquals("leaky_relu", NetworkPicture.function("LeakyReluBackward0"));
        assertEquals("batch_norm", NetworkPicture.function("NativeBatchNormBackward0"));
    }
}
