package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The define-by-run graph, as the tutorial's Variable lesson uses it. */
class AutogradTest {
    @Test
    void tutorialVariableLesson() {
        Tensor variable = Tensor.of(new float[][] {{1, 2}, {3, 4}}).requiresGrad_();
        Tensor vOut = variable.mul(variable).mean();
        assertEquals(7.5f, vOut.item());
        vOut.backward();
        assertArrayEquals(new float[] {0.5f, 1f, 1.5f, 2f}, variable.grad().toArray());
    }

    @Test
    void gradientsAccumulateUntilZeroed() {
        Tensor w = Tensor.of(1f, 2f).requiresGrad_();
        w.mul(3).sum().backward();
        w.mul(3).sum().backward();
        assertArrayEquals(new float[] {6f, 6f}, w.grad().toArray());
        w.setGrad(null);
        w.mul(3).sum().backward();
        assertArrayEquals(new float[] {3f, 3f}, w.grad().toArray());
    }

    @Test
    void secondBackwardThroughFreedGraphNamesRetainGraph() {
        Tensor w = Tensor.of(1f, 2f).requiresGrad_();
        Tensor loss = w.mul(w).sum();
        loss.backward();
        IllegalStateException e = assertThrows(IllegalStateException.class, loss::backward);
        assertTrue(e.getMessage().contains("retain_graph=True"), e.getMessage());
        assertTrue(e.getMessage().contains("backward through the graph a second time"), e.getMessage());
    }

    @Test
    void retainGraphAllowsSecondBackward() {
        Tensor w = Tensor.of(1f, 2f).requiresGrad_();
        Tensor loss = w.mul(w).sum();
        loss.backward(null, true);
        loss.backward();
        assertArrayEquals(new float[] {4f, 8f}, w.grad().toArray());
    }

    @Test
    void inPlaceChangeOfSavedTensorFailsBackward() {
        Tensor w = Tensor.of(1f, 2f).requiresGrad_();
        Tensor x = Tensor.of(3f, 4f);
        Tensor loss = w.mul(x).sum();
        x.add_(Tensor.of(1f, 1f));
        IllegalStateException e = assertThrows(IllegalStateException.class, loss::backward);
        assertTrue(e.getMessage().startsWith("one of the variables needed for gradient computation has been modified "
                + "by an inplace operation: [torch.FloatTensor [2]]"), e.getMessage());
        assertTrue(e.getMessage().contains("is at version 1; expected version 0 instead"), e.getMessage());
    }

    @Test
    void optimizerStyleUpdateOfSavedParameterFailsLikeTheTutorialGan() {
        Tensor weight = Tensor.randn(new Generator(1), 3, 2).requiresGrad_();
        Tensor input = Tensor.randn(new Generator(2), 4, 2);
        Tensor out = LinearAlgebra.linear(input, weight, null).sigmoid().mean();
        Tensor first = out.log();
        first.backward(null, true);
        try (NoGrad ignored = NoGrad.enter()) {
            weight.sub_(weight.grad().mul(0.1));
        }
        Tensor second = out.rsub(1).log();
        IllegalStateException e = assertThrows(IllegalStateException.class, second::backward);
        assertTrue(e.getMessage().contains("modified by an inplace operation"), e.getMessage());
    }

    @Test
    void inPlaceOnLeafThatRequiresGradNeedsNoGrad() {
        Tensor w = Tensor.of(1f).requiresGrad_();
        assertThrows(IllegalStateException.class, () -> w.add_(Tensor.of(1f)));
        try (NoGrad ignored = NoGrad.enter()) {
            w.add_(Tensor.of(1f));
        }
        assertEquals(2f, w.item());
        assertEquals(1, w.version());
    }

    @Test
    void noGradScopeRecordsNothingAndRestores() {
        Tensor w = Tensor.of(1f).requiresGrad_();
        try (NoGrad ignored = NoGrad.enter()) {
            Tensor y = w.mul(2);
            assertFalse(y.requiresGrad());
            assertNull(y.gradFn());
            try (NoGrad enabled = NoGrad.enableGrad()) {
                assertTrue(w.mul(2).requiresGrad());
            }
            assertFalse(GradMode.isEnabled());
        }
        assertTrue(GradMode.isEnabled());
        assertTrue(w.mul(2).requiresGrad());
    }

    @Test
    void detachCutsTheGraphAndSharesStorage() {
        Tensor w = Tensor.of(1f, 2f).requiresGrad_();
        Tensor y = w.mul(2);
        Tensor d = y.detach();
        assertTrue(d.isLeaf());
        assertFalse(d.requiresGrad());
        assertSame(y.data(), d.data());
        assertFalse(y.isLeaf());
        assertTrue(w.isLeaf());
    }

    @Test
    void backwardOnNonScalarNeedsAGradient() {
        Tensor w = Tensor.of(1f, 2f).requiresGrad_();
        Tensor y = w.mul(2);
        IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
        assertTrue(e.getMessage().startsWith("grad can be implicitly created only for scalar outputs"), e.getMessage());
        y.backward(Tensor.of(1f, 10f));
        assertArrayEquals(new float[] {2f, 20f}, w.grad().toArray());
        assertThrows(IllegalArgumentException.class, () -> w.mul(2).backward(Tensor.of(1f)));
    }

    @Test
    void backwardOnTensorWithoutGradFails() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tensor.of(1f).sum().backward());
        assertEquals("element 0 of tensors does not require grad and does not have a grad_fn", e.getMessage());
    }

    @Test
    void sharedSubexpressionGetsBothGradients() {
        Tensor x = Tensor.of(3f).requiresGrad_();
        Tensor y = x.mul(x);
        Tensor z = y.add(y.mul(x)).sum();
        z.backward();
        assertEquals(2 * 3 + 3 * 9, x.grad().item(), 1e-5);
    }

    @Test
    void graphCanBeWalkedForDrawing() {
        Tensor x = Tensor.randn(new Generator(3), 5, 1);
        Tensor w = Tensor.randn(new Generator(4), 10, 1).requiresGrad_();
        Tensor b = Tensor.zeros(10).requiresGrad_();
        Tensor loss = LinearAlgebra.linear(x, w, b).relu().pow(2).mean();
        ComputationGraph graph = ComputationGraph.of(loss);
        List<String> names = graph.entries().stream().map(ComputationGraph.Entry::name).toList();
        assertEquals(List.of("MeanBackward0", "PowBackward0", "ReluBackward0", "AddmmBackward0",
                "AccumulateGrad", "AccumulateGrad"), names);
        ComputationGraph.Entry addmm = graph.entries().get(3);
        assertEquals(List.of(4, 5), addmm.inputs());
        assertArrayEquals(new int[] {5, 1}, addmm.savedShapes().get(0));
        assertEquals(List.of(w, b), graph.leaves());
        assertEquals(List.of(2), graph.entries().get(1).inputs());
    }

    @Test
    void versionCounterIsSharedWithViews() {
        Tensor x = Tensor.zeros(2, 3);
        Tensor v = x.view(6);
        x.fill_(1);
        assertEquals(1, v.version());
        assertEquals(1f, v.get(5));
    }
}
