package org.trainlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.trainlab.tensor.Tensor;

/** Mistakes learners make with losses fail with a message that names the shapes or values involved. */
class LossErrorsTest {
    private static String message(Class<? extends RuntimeException> type, Runnable r) {
        return assertThrows(type, r::run).getMessage();
    }

    @Test
    void predictionOfShape100AgainstTargetOf100By1Fails() {
        Tensor prediction = Tensor.zeros(100);
        Tensor y = Tensor.zeros(100, 1);
        assertEquals("mse_loss: Using a target size (torch.Size([100, 1])) that is different to the input size "
                + "(torch.Size([100])). This will likely lead to incorrect results due to broadcasting. Please ensure "
                + "they have the same size.", message(IllegalArgumentException.class,
                        () -> new MSELoss().forward(prediction, y)));
        assertTrue(message(IllegalArgumentException.class, () -> new L1Loss().forward(prediction, y))
                .startsWith("l1_loss: Using a target size (torch.Size([100, 1]))"));
        assertEquals("binary_cross_entropy: Using a target size (torch.Size([100, 1])) that is different to the input "
                + "size (torch.Size([100])) is deprecated. Please ensure they have the same size.",
                message(IllegalArgumentException.class, () -> new BCELoss().forward(prediction, y)));
        assertEquals("binary_cross_entropy_with_logits: Target size (torch.Size([100, 1])) must be the same as input "
                + "size (torch.Size([100]))",
                message(IllegalArgumentException.class, () -> new BCEWithLogitsLoss().forward(prediction, y)));
    }

    @Test
    void crossEntropyTargetsMustBeClassIndicesInRange() {
        CrossEntropyLoss loss = new CrossEntropyLoss();
        Tensor logits = Tensor.zeros(3, 4);
        assertTrue(message(IndexOutOfBoundsException.class, () -> loss.forward(logits, Tensor.ofLongs(0, 1, 5)))
                .startsWith("Target 5 is out of bounds."));
        assertTrue(message(IndexOutOfBoundsException.class, () -> loss.forward(logits, Tensor.ofLongs(0, 1, -1)))
                .startsWith("Target -1 is out of bounds."));
        String floatTarget = message(IllegalArgumentException.class, () -> loss.forward(logits, Tensor.of(0, 1, 2)));
        assertTrue(floatTarget.startsWith("cross_entropy: expected scalar type Long but found Float"), floatTarget);
        assertTrue(floatTarget.contains("torch.float32 tensor of shape [3]"), floatTarget);
        assertEquals("cross_entropy: Expected input batch_size (3) to match target batch_size (2).",
                message(IllegalArgumentException.class, () -> loss.forward(logits, Tensor.ofLongs(0, 1))));
        assertTrue(message(IllegalArgumentException.class,
                () -> loss.forward(logits, Tensor.ofLongs(new long[] {0, 1, 2}, 3, 1)))
                .startsWith("cross_entropy: 0D or 1D target tensor expected, multi-target not supported"));
    }

    @Test
    void ignoredTargetsAddNothingAndDoNotCount() {
        Tensor logits = Tensor.of(new float[][] {{2, 0}, {0, 2}});
        Tensor both = F.crossEntropy(logits, Tensor.ofLongs(0, 1));
        Tensor one = F.crossEntropy(logits, Tensor.ofLongs(0, LossFunctions.IGNORE_INDEX));
        assertEquals(both.item(), one.item(), 1e-6);
        assertEquals(1.3862944f, F.crossEntropy(Tensor.zeros(4), Tensor.ofLongs(new long[] {1})).item(), 1e-6);
    }

    @Test
    void bceNeedsProbabilitiesAndClampsItsLogs() {
        assertTrue(message(IllegalArgumentException.class,
                () -> F.binaryCrossEntropy(Tensor.of(2f, 0.5f), Tensor.of(1f, 0f)))
                .startsWith("binary_cross_entropy: all elements of input should be between 0 and 1"));
        assertEquals(100f, F.binaryCrossEntropy(Tensor.of(0f), Tensor.of(1f)).item());
        assertEquals(50f, F.binaryCrossEntropy(Tensor.of(0f, 1f), Tensor.of(1f, 1f)).item());
    }

    @Test
    void bceWithLogitsIsStableForLargeScores() {
        Tensor scores = Tensor.of(100f, -100f);
        Tensor loss = F.binaryCrossEntropyWithLogits(scores, Tensor.of(0f, 1f), null, Reduction.NONE);
        assertArrayEquals(new float[] {100f, 100f}, loss.data());
    }

    private static void assertArrayEquals(float[] expected, float[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 1e-4f);
    }
}
