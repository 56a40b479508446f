package org.trainlab.nn;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.GradCheck;
import org.trainlab.tensor.Tensor;

/**
 * Autograd against finite differences ({@link GradCheck}) for every layer with parameters or state (input and
 * parameters) and every loss. The activation functions are checked once, where they are defined
 * (tensor.GradCheckTest); their modules only forward to them.
 */
class GradCheckTest {
    private final Generator gen = new Generator(2024);

    private Tensor randn(int... shape) {
        return Tensor.randn(gen, shape).requiresGrad_();
    }

    private static List<Tensor> with(Tensor x, Module m) {
        List<Tensor> all = new ArrayList<>(List.of(x));
        all.addAll(m.parameters());
        return all;
    }

    private void checkLayer(String what, Module m, Tensor x) {
        GradCheck.check(what, () -> m.forward(x), with(x, m));
    }

    @Test
    void linear() {
        Linear linear = new Linear(3, 4, true, gen);
        checkLayer("Linear 2-D", linear, randn(5, 3));
        checkLayer("Linear 3-D", linear, randn(2, 3, 3));
        checkLayer("Linear no bias", new Linear(3, 2, false, gen), randn(4, 3));
    }

    @Test
    void sequential() {
        Sequential seq = new Sequential(new Linear(2, 4, true, gen), new Tanh(), new Linear(4, 3, true, gen));
        checkLayer("Sequential", seq, randn(6, 2));
    }

    @Test
    void dropoutWithAFixedMask() {
        Tensor x = randn(4, 5);
        GradCheck.check("dropout", () -> F.dropout(x, 0.4, true, new Generator(7)), List.of(x));
    }

    @Test
    void batchNormInTrainingAndEval() {
        BatchNorm1d bn = new BatchNorm1d(3);
        Init.uniform_(bn.weight(), 0.5, 1.5, gen);
        Init.normal_(bn.bias(), 0, 0.5, gen);
        checkLayer("BatchNorm1d (N, C) train", bn, randn(6, 3));
        checkLayer("BatchNorm1d (N, C, L) train", bn, randn(4, 3, 5));
        bn.eval();
        checkLayer("BatchNorm1d eval", bn, randn(6, 3));
        BatchNorm1d plain = new BatchNorm1d(3, 1e-5, 0.1, false, false);
        checkLayer("BatchNorm1d without affine or running stats", plain, randn(5, 3));
    }

    @Test
    void rnnThroughOutputAndHiddenState() {
        RNN rnn = new RNN(2, 3, 2, "tanh", true, true, gen);
        Tensor x = randn(2, 4, 2);
        Tensor h0 = randn(2, 2, 3);
        List<Tensor> wrt = new ArrayList<>(with(x, rnn));
        wrt.add(h0);
        Tensor mix = Tensor.randn(gen, 2, 2, 3);
        GradCheck.check("RNN output and h_n", () -> {
            RnnOutput out = rnn.forward(x, h0);
            return Tensor.cat(List.of(out.output().reshape(-1), out.hN().mul(mix).reshape(-1)), 0);
        }, wrt);
        RNN relu = new RNN(3, 4, 1, "relu", false, false, gen);
        checkLayer("RNN relu, seq first, no bias", relu, randn(5, 2, 3));
    }

    private Tensor probabilities(int... shape) {
        Tensor t = Tensor.rand(gen, shape).mul(0.8).add(0.1);
        return t.detach().requiresGrad_();
    }

    @Test
    void losses() {
        for (Reduction r : Reduction.values()) {
            Tensor x = randn(3, 4);
            Tensor t = randn(3, 4);
            GradCheck.check("mse " + r, () -> F.mseLoss(x, t, r), List.of(x, t));
            Tensor offset = Tensor.rand(gen, 3, 4).add(0.1);
            Tensor y = x.detach().add(offset).detach().requiresGrad_();
            GradCheck.check("l1 " + r, () -> F.l1Loss(x, y, r), List.of(x, y));
            Tensor logits = randn(5, 3);
            Tensor classes = Tensor.ofLongs(0, 2, 1, 2, 0);
            GradCheck.check("cross entropy " + r, () -> F.crossEntropy(logits, classes, r), List.of(logits));
            GradCheck.check("nll " + r, () -> F.nllLoss(logits, classes, r), List.of(logits));
            Tensor p = probabilities(3, 4);
            Tensor soft = probabilities(3, 4);
            GradCheck.check("bce " + r, () -> F.binaryCrossEntropy(p, soft, r), List.of(p, soft));
            Tensor scores = randn(4, 3);
            Tensor labels = probabilities(4, 3);
            GradCheck.check("bce with logits " + r,
                    () -> F.binaryCrossEntropyWithLogits(scores, labels, null, r), List.of(scores, labels));
            Tensor posWeight = Tensor.of(0.5f, 2f, 3f);
            GradCheck.check("bce with logits pos_weight " + r,
                    () -> F.binaryCrossEntropyWithLogits(scores, labels, posWeight, r), List.of(scores, labels));
        }
    }
}
