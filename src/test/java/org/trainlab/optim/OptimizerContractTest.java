package org.trainlab.optim;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every optimizer shares: the graph check after a step, zero_grad, validation, options and repr. */
class OptimizerContractTest {

    @Test
    void backwardThroughAGraphThatSavedASteppedParameterFails() {
        Tensor w = Tensor.of(new float[][] {{1f, 2f}, {3f, 4f}}).requiresGrad_();
        // x needs a gradient, so mm saves w for it (as in PyTorch, where an input that needs none saves nothing)
        Tensor x = Tensor.of(new float[][] {{1f, -1f}}).requiresGrad_();
        SGD opt = new SGD(List.of(w), 0.1);
        x.mm(w).sum().backward();
        Tensor stale = x.mm(w).sum();  // mm saved w at its current version
        int before = w.version();
        opt.step();
        assertTrue(w.version() > before);
        IllegalStateException e = assertThrows(IllegalStateException.class, stale::backward);
        assertTrue(e.getMessage().contains("modified by an inplace operation"), e.getMessage());
    }

    @Test
    void zeroGradSetsGradsToNone() {
        Tensor w = Tensor.of(1f, 2f).requiresGrad_();
        Adam opt = new Adam(List.of(w));
        w.mul(w).sum().backward();
        opt.zeroGrad();
        assertNull(w.grad());
    }

    @Test
    void zeroGradFalseZeroesTheSameTensor() {
        Tensor w = Tensor.of(1f, 2f).requiresGrad_();
        Adam opt = new Adam(List.of(w));
        w.mul(w).sum().backward();
        Tensor grad = w.grad();
        opt.zeroGrad(false);
        assertSame(grad, w.grad());
        assertArrayEquals(new float[] {0f, 0f}, grad.toArray());
        w.mul(w).sum().backward();
        assertArrayEquals(new float[] {2f, 4f}, w.grad().toArray());
    }

    @Test
    void invalidOptionsFailWithPyTorchsMessages() {
        List<Tensor> ps = List.of(Tensor.of(1f).requiresGrad_());
        assertMessage("Invalid learning rate: -1.0", () -> new SGD(ps, -1));
        assertMessage("Invalid learning rate: -0.01", () -> new Adam(ps).setLr(-0.01));
        assertMessage("Invalid momentum value: -0.5", () -> new SGD(ps, 0.1).momentum(-0.5));
        assertMessage("Invalid weight_decay value: -1e-05", () -> new SGD(ps, 0.1).weightDecay(-1e-5));
        assertMessage("Invalid epsilon value: -1e-10", () -> new Adagrad(ps).eps(-1e-10));
        assertMessage("Invalid lr_decay value: -1.0", () -> new Adagrad(ps).lrDecay(-1));
        assertMessage("Invalid initial_accumulator_value value: -0.1", () -> new Adagrad(ps).initialAccumulatorValue(-0.1));
        assertMessage("Invalid alpha value: -0.9", () -> new RMSprop(ps).alpha(-0.9));
        assertMessage("Invalid beta parameter at index 0: 1.0", () -> new Adam(ps).betas(1.0, 0.999));
        assertMessage("Invalid beta parameter at index 1: -0.1", () -> new AdamW(ps).betas(0.9, -0.1));
        assertMessage("optimizer got an empty parameter list", () -> new SGD(List.of(), 0.1));
        IllegalArgumentException nesterov = assertThrows(IllegalArgumentException.class,
                () -> new SGD(ps, 0.1).nesterov(true));
        assertTrue(nesterov.getMessage().startsWith("Nesterov momentum requires a momentum and zero dampening"));
        assertThrows(IllegalArgumentException.class, () -> new SGD(ps, 0.1).momentum(0.9).dampening(0.1).nesterov(true));
        assertThrows(IllegalArgumentException.class, () -> new SGD(ps, 0.1).momentum(0.9).nesterov(true).momentum(0));
        Tensor nonLeaf = Tensor.of(1f).requiresGrad_().mul(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SGD(List.of(nonLeaf), 0.1));
        assertTrue(e.getMessage().startsWith("can't optimize a non-leaf Tensor"), e.getMessage());
    }

    private static void assertMessage(String message, Runnable action) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, action::run).getMessage());
    }

    @Test
    void optionsKeepPyTorchsKeysOrderAndTypes() {
        List<Tensor> ps = List.of(Tensor.of(1f).requiresGrad_());
        assertEquals(List.of("lr", "momentum", "dampening", "weight_decay", "nesterov", "maximize", "foreach",
                "differentiable"), List.copyOf(new SGD(ps, 0.1).options().keySet()));
        assertEquals(List.of("lr", "betas", "eps", "weight_decay", "amsgrad", "maximize", "foreach", "capturable",
                "differentiable", "fused"), List.copyOf(new Adam(ps).options().keySet()));
        var adamw = new AdamW(ps).options();
        assertEquals(List.of(0.9, 0.999), adamw.get("betas"));
        assertEquals(0.01, adamw.get("weight_decay"));
        assertEquals(0, new Adagrad(ps).options().get("lr_decay"));
        assertTrue(new RMSprop(ps).options().containsKey("foreach"));
        assertNull(new RMSprop(ps).options().get("foreach"));
    }

    @Test
    void printsLikePyTorch() {
        List<Tensor> ps = List.of(Tensor.of(1f).requiresGrad_());
        // Expected strings are torch 1.13's repr of the same optimizers.
        assertEquals("""
                SGD (
                Parameter Group 0
                    dampening: 0
                    differentiable: False
                    foreach: None
                    lr: 0.1
                    maximize: False
                    momentum: 0.9
                    nesterov: True
                    weight_decay: 0.0001
                )""", new SGD(ps, 0.1).momentum(0.9).nesterov(true).weightDecay(1e-4).toString());
        assertEquals("""
                Adam (
                Parameter Group 0
                    amsgrad: True
                    betas: (0.8, 0.95)
                    capturable: False
                    differentiable: False
                    eps: 1e-06
                    foreach: None
                    fused: False
                    lr: 0.01
                    maximize: False
                    weight_decay: 0
                )""", new Adam(ps, 0.01).betas(0.8, 0.95).eps(1e-6).amsgrad(true).toString());
        assertEquals("""
                Adagrad (
                Parameter Group 0
                    eps: 1e-10
                    foreach: None
                    initial_accumulator_value: 0
                    lr: 0.01
                    lr_decay: 0
                    maximize: False
                    weight_decay: 0
                )""", new Adagrad(ps).toString());
        assertEquals("""
                RMSprop (
                Parameter Group 0
                    alpha: 0.99
                    centered: True
                    differentiable: False
                    eps: 1e-08
                    foreach: None
                    lr: 0.005
                    maximize: False
                    momentum: 0.5
                    weight_decay: 0
                )""", new RMSprop(ps, 0.005).centered(true).momentum(0.5).toString());
        assertEquals("""
                AdamW (
                Parameter Group 0
                    amsgrad: False
                    betas: (0.9, 0.999)
                    capturable: False
                    eps: 1e-08
                    foreach: None
                    lr: 0.001
                    maximize: False
                    weight_decay: 0.01
                )""", new AdamW(ps).toString());
    }

    @Test
    void pythonFloatRepr() {
        double[] values = {1e-05, 0.0001, 1e16, 1e15, 123.456, -1.0, 0.1 + 0.2, 1.5e-7, 1e-10, 2.5e20, 0.001,
            1234567.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE};
        String[] python = {"1e-05", "0.0001", "1e+16", "1000000000000000.0", "123.456", "-1.0", "0.30000000000000004",
            "1.5e-07", "1e-10", "2.5e+20", "0.001", "1234567.0", "-0.0", "5e-324", "1.7976931348623157e+308"};
        for (int i = 0; i < values.length; i++) {
            assertEquals(python[i], PythonRepr.number(values[i]));
        }
    }
}
