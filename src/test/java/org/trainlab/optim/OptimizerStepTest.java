package org.trainlab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.trainlab.tensor.Tensor;

/**
 * The first two steps of each optimizer on p = [1, -2] with gradients [0.5, -1] then [0.25, 2], worked
 * out by hand from PyTorch's update rules (and checked against torch 1.13).
 */
class OptimizerStepTest {
    private static final float TOL = 1e-6f;

    /** Runs two steps and returns p after each. */
    private static float[][] twoSteps(Function<List<Tensor>, Optimizer> make) {
        Tensor p = Tensor.of(1f, -2f).requiresGrad_();
        Optimizer opt = make.apply(List.of(p));
        p.setGrad(Tensor.of(0.5f, -1f));
        opt.step();
        float[] first = p.toArray();
        p.setGrad(Tensor.of(0.25f, 2f));
        opt.step();
        return new float[][] {first, p.toArray()};
    }

    private static void assertSteps(float[] first, float[] second, float[][] got) {
        assertArrayEquals(first, got[0], TOL, "after step 1");
        assertArrayEquals(second, got[1], TOL, "after step 2");
    }

    @Test
    void sgdPlain() {
        // p - lr * g: 1 - 0.1*0.5 = 0.95; then 0.95 - 0.1*0.25 = 0.925
        assertSteps(new float[] {0.95f, -1.9f}, new float[] {0.925f, -2.1f}, twoSteps(ps -> new SGD(ps, 0.1)));
    }

    @Test
    void sgdMomentumStartsFromTheGradientThenDampens() {
        // step 1: buf = g (not damped) = 0.5 -> p = 1 - 0.1*0.5 = 0.95
        // step 2: buf = 0.9*0.5 + (1-0.5)*0.25 = 0.575 -> p = 0.95 - 0.0575 = 0.8925
        //         buf = 0.9*-1 + 0.5*2 = 0.1 -> p = -1.9 - 0.01 = -1.91
        assertSteps(new float[] {0.95f, -1.9f}, new float[] {0.8925f, -1.91f},
                twoSteps(ps -> new SGD(ps, 0.1).momentum(0.9).dampening(0.5)));
    }

    @Test
    void sgdNesterov() {
        // step 1: buf = 0.5, d = 0.5 + 0.9*0.5 = 0.95 -> p = 1 - 0.095 = 0.905
        // step 2: buf = 0.9*0.5 + 0.25 = 0.7, d = 0.25 + 0.9*0.7 = 0.88 -> p = 0.905 - 0.088 = 0.817
        //         buf = -0.9 + 2 = 1.1, d = 2 + 0.99 = 2.99 -> p = -1.81 - 0.299 = -2.109
        assertSteps(new float[] {0.905f, -1.81f}, new float[] {0.817f, -2.109f},
                twoSteps(ps -> new SGD(ps, 0.1).momentum(0.9).nesterov(true)));
    }

    @Test
    void sgdWeightDecayAddsToTheGradient() {
        // d = 0.5 + 0.1*1 = 0.6 -> p = 0.94; d = 0.25 + 0.1*0.94 = 0.344 -> p = 0.9056
        assertSteps(new float[] {0.94f, -1.88f}, new float[] {0.9056f, -2.0612f},
                twoSteps(ps -> new SGD(ps, 0.1).weightDecay(0.1)));
    }

    @Test
    void adagrad() {
        // step 1: sum = 0.25, p = 1 - 0.1*0.5/sqrt(0.25) = 0.9
        // step 2: sum = 0.3125, p = 0.9 - 0.1*0.25/0.5590170 = 0.8552786
        assertSteps(new float[] {0.9f, -1.9f}, new float[] {0.8552786f, -1.9894427f},
                twoSteps(ps -> new Adagrad(ps, 0.1)));
    }

    @Test
    void adagradLrDecay() {
        // step 2: clr = 0.1 / (1 + 1*0.5) = 0.0666667 -> p = 0.9 - 0.0666667*0.4472136 = 0.8701857
        assertSteps(new float[] {0.9f, -1.9f}, new float[] {0.8701857f, -1.9596285f},
                twoSteps(ps -> new Adagrad(ps, 0.1).lrDecay(0.5)));
    }

    @Test
    void rmsprop() {
        // step 1: sq = 0.01*0.25 = 0.0025, p = 1 - 0.01*0.5/(0.05 + 1e-8) = 0.9
        // step 2: sq = 0.99*0.0025 + 0.01*0.0625 = 0.0031, p = 0.9 - 0.01*0.25/0.0556776 = 0.8550987
        assertSteps(new float[] {0.9f, -1.9f}, new float[] {0.8550987f, -1.9895322f},
                twoSteps(ps -> new RMSprop(ps, 0.01)));
    }

    @Test
    void rmspropCenteredWithMomentum() {
        // step 1: sq = 0.0025, ga = 0.005, avg = sqrt(0.0025 - 0.000025) = 0.0497494; buf = 0.5/avg = 10.050378
        //         p = 1 - 0.01*10.050378 = 0.8994962
        assertSteps(new float[] {0.8994963f, -1.8994962f}, new float[] {0.7637341f, -1.8986667f},
                twoSteps(ps -> new RMSprop(ps, 0.01).centered(true).momentum(0.9)));
    }

    @Test
    void adamFirstStepIsLrTimesSignOfGradient() {
        // step 1: m = 0.05, v = 0.00025; denom = sqrt(v)/sqrt(0.001) = 0.5; p = 1 - (0.1/0.1)*0.05/0.5 = 0.9
        // step 2: m = 0.07, v = 0.00031225; denom = 0.0176706/sqrt(0.001999) = 0.3952250
        //         p = 0.9 - (0.1/0.19)*0.07/0.3952250 = 0.8067821
        assertSteps(new float[] {0.9f, -1.9f}, new float[] {0.8067821f, -1.9366103f},
                twoSteps(ps -> new Adam(ps, 0.1)));
    }

    @Test
    void adamwDecaysWeightsBeforeTheUpdate() {
        // step 1: p = 1*(1 - 0.1*0.1) = 0.99, then - 0.1 = 0.89; -2*0.99 + 0.1 = -1.88
        assertSteps(new float[] {0.89f, -1.88f}, new float[] {0.7878821f, -1.8978103f},
                twoSteps(ps -> new AdamW(ps, 0.1).weightDecay(0.1)));
    }

    @Test
    void learningRateChangedBetweenStepsAppliesToTheNextStep() {
        Tensor p = Tensor.of(1f).requiresGrad_();
        SGD opt = new SGD(List.of(p), 0.1);
        p.setGrad(Tensor.of(1f));
        opt.step();
        assertEquals(0.9f, p.item(), TOL);
        opt.setLr(0.01);
        opt.step();
        assertEquals(0.89f, p.item(), TOL);
        assertEquals(0.01, opt.lr());
        assertEquals(0.01, opt.options().get("lr"));
        assertEquals(2, opt.stepCount());
    }

    @Test
    void learningRateSetFromAnotherThreadIsSeenByTheNextStep() throws InterruptedException {
        Tensor p = Tensor.of(1f).requiresGrad_();
        Adam opt = new Adam(List.of(p), 0.1);
        Thread ui = new Thread(() -> opt.setLr(0.5));
        ui.start();
        ui.join();
        p.setGrad(Tensor.of(2f));
        opt.step();
        // Adam's first step moves by lr in the gradient's direction.
        assertEquals(0.5f, p.item(), TOL);
    }

    @Test
    void paramsWithoutGradAreSkipped() {
        Tensor a = Tensor.of(1f).requiresGrad_();
        Tensor b = Tensor.of(2f).requiresGrad_();
        Adam opt = new Adam(List.of(a, b), 0.1);
        a.setGrad(Tensor.of(1f));
        int versionB = b.version();
        opt.step();
        assertEquals(2f, b.item());
        assertEquals(versionB, b.version());
        assertEquals(0, opt.state(b).size());
        assertEquals(List.of("step", "exp_avg", "exp_avg_sq"), List.copyOf(opt.state(a).keySet()));
    }

    @Test
    void stateBuffersAreAllocatedOnceAndReused() {
        Tensor p = Tensor.of(1f, 2f).requiresGrad_();
        Adam opt = new Adam(List.of(p), 0.1).amsgrad(true);
        p.setGrad(Tensor.of(1f, 1f));
        opt.step();
        Tensor expAvg = opt.state(p).get("exp_avg");
        Tensor max = opt.state(p).get("max_exp_avg_sq");
        opt.step();
        assertSame(expAvg, opt.state(p).get("exp_avg"));
        assertSame(max, opt.state(p).get("max_exp_avg_sq"));
        assertEquals(2f, opt.state(p).get("step").item());
    }

    @Test
    void sgdWithoutMomentumKeepsANoneBuffer() {
        Tensor p = Tensor.of(1f).requiresGrad_();
        SGD opt = new SGD(List.of(p), 0.1);
        assertEquals(0, opt.state(p).size());
        p.setGrad(Tensor.of(1f));
        opt.step();
        assertEquals(java.util.Collections.singletonMap("momentum_buffer", null), opt.state(p));
    }
}
