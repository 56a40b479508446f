package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Backward watched node by node; reciprocal; and what mul, div and mm save, as PyTorch does: a factor only
 * for the other's gradient, so an in-place change of a factor nobody saved is no error (PyTorch 1.13 agrees).
 */
class BackwardObserverTest {
    @Test
    void theObserverSeesEachNodeInBackwardsOrderAndEachLeafGradient() {
        Tensor x = Tensor.of(1f, 2f).requiresGrad_();
        Tensor y = x.mul(x).mean();
        List<String> seen = new ArrayList<>();
        List<float[]> leafGrads = new ArrayList<>();
        Autograd.backward(y, null, false, new BackwardObserver() {
            @Override
            public void ran(Node node, Tensor gradOutput, Tensor[] inputGrads) {
                seen.add(node.name() + " " + gradOutput + " -> " + inputGrads.length);
            }

            @Override
            public void accumulated(Tensor leaf, Tensor grad) {
                assertTrue(leaf == x);
                leafGrads.add(grad.toArray().clone());
            }
        });
        assertEquals(List.of("MeanBackward0 tensor(1.) -> 1", "MulBackward0 tensor([0.5000, 0.5000]) -> 2"), seen);
        assertEquals(2, leafGrads.size());
        assertArrayEquals(new float[] {0.5f, 1f}, leafGrads.get(0));
        assertArrayEquals(new float[] {1f, 2f}, x.grad().toArray());
    }

    @Test
    void reciprocalAndItsGradient() {
        Tensor x = Tensor.of(2f, -4f).requiresGrad_();
        Tensor y = x.reciprocal().mul(3.0);
        assertEquals("ReciprocalBackward0", y.gradFn().inputs().get(0).gradFn().name());
        assertArrayEquals(new float[] {1.5f, -0.75f}, y.toArray());
        y.sum().backward();
        assertArrayEquals(new float[] {-3f / 4, -3f / 16}, x.grad().toArray(), 1e-7f);
    }

    @Test
    void aFactorIsSavedOnlyForTheOthersGradient() {
        Tensor w = Tensor.of(1f, 2f).requiresGrad_();
        Tensor x = Tensor.of(3f, 4f);
        Tensor y = w.mul(x).sum(); // saves x (for w's gradient), not w
        try (NoGrad ignored = NoGrad.enter()) {
            w.add_(Tensor.of(1f, 1f));
        }
        y.backward();
        assertArrayEquals(new float[] {3f, 4f}, w.grad().toArray());

        Tensor z = w.mul(x).sum();
        x.add_(Tensor.of(1f, 1f)); // x was saved: PyTorch's error, word for word up to its hint
        IllegalStateException e = assertThrows(IllegalStateException.class, z::backward);
        assertTrue(e.getMessage().startsWith("one of the variables needed for gradient computation has been modified "
                + "by an inplace operation: [torch.FloatTensor [2]] is at version 1; expected version 0 instead. Hint: "),
                e.getMessage());

        Tensor a = Tensor.of(new float[][] {{1f, 2f}}).requiresGrad_();
        Tensor m = Tensor.of(new float[][] {{1f}, {1f}});
        Tensor p = a.mm(m).div(Tensor.of(2f)).sum(); // mm saves m, not a; div saves the divisor only
        try (NoGrad ignored = NoGrad.enter()) {
            a.add_(Tensor.of(new float[][] {{1f, 1f}}));
        }
        p.backward();
        assertArrayEquals(new float[] {0.5f, 0.5f}, a.grad().toArray());
        assertNull(m.grad());
    }

    @Test
    void aSecondBackwardWithoutRetainGraphSaysWhatPyTorchSays() {
        Tensor x = Tensor.of(1f, 2f).requiresGrad_();
        Tensor y = x.mul(x).mean();
        y.backward();
        IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
        assertEquals("Trying to backward through the graph a second time (or directly access saved tensors after they "
                + "have already been freed). Saved intermediate values of the graph are freed when you call "
                + ".backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph "
                + "a second time or if you need to access saved tensors after calling backward.", e.getMessage());
    }
}
