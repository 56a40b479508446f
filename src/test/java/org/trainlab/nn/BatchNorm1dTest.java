package org.trainlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.trainlab.tensor.Tensor;

class BatchNorm1dTest {
    private static final Tensor BATCH = Tensor.of(new float[][] {{1, 10}, {2, 20}, {3, 30}, {6, 60}});

    @Test
    void trainingNormalisesByTheBatchAndUpdatesRunningStatsWithUnbiasedVariance() {
        BatchNorm1d bn = new BatchNorm1d(2);
        Tensor out = bn.forward(BATCH);
        // Channel 0: mean 3, biased variance 3.5, unbiased 14/3.
        assertEquals((1 - 3) / Math.sqrt(3.5 + 1e-5), out.get(0, 0), 1e-6);
        assertEquals(0.0, out.mean(0, false).get(1), 1e-6);
        assertArrayEquals(new float[] {0.3f, 3f}, bn.runningMean().data(), 1e-6f);
        assertArrayEquals(new float[] {0.9f + 0.1f * 14 / 3, 0.9f + 0.1f * 1400 / 3}, bn.runningVar().data(), 1e-4f);
        assertEquals(1f, bn.numBatchesTracked().item());
        assertEquals("NativeBatchNormBackward0", out.gradFn().name());
    }

    @Test
    void evalUsesRunningStatsAndLeavesThemAlone() {
        BatchNorm1d bn = new BatchNorm1d(2);
        bn.forward(BATCH);
        float[] mean = bn.runningMean().toArray();
        bn.eval();
        Tensor out = bn.forward(Tensor.of(new float[][] {{1, 10}}));
        assertEquals((1 - mean[0]) / Math.sqrt(bn.runningVar().get(0) + 1e-5), out.get(0, 0), 1e-6);
        assertArrayEquals(mean, bn.runningMean().data());
        assertEquals(1f, bn.numBatchesTracked().item());
    }

    @Test
    void nullMomentumIsACumulativeAverage() {
        BatchNorm1d bn = new BatchNorm1d(2, 1e-5, null, true, true);
        bn.forward(BATCH);
        bn.forward(BATCH.mul(3));
        assertArrayEquals(new float[] {6, 60}, bn.runningMean().data(), 1e-5f);
        assertEquals("BatchNorm1d(2, eps=1e-05, momentum=None, affine=True, track_running_stats=True)", bn.toString());
    }

    @Test
    void withoutRunningStatsEvalStillUsesTheBatch() {
        BatchNorm1d bn = new BatchNorm1d(2, 1e-5, 0.1, false, false);
        bn.eval();
        assertEquals(0.0, bn.forward(BATCH).mean(0, false).get(0), 1e-6);
    }

    @Test
    void errorsInPyTorchsWords() {
        BatchNorm1d bn = new BatchNorm1d(3);
        assertEquals("Expected more than 1 value per channel when training, got input size torch.Size([1, 3])",
                assertThrows(IllegalArgumentException.class, () -> bn.forward(Tensor.zeros(1, 3))).getMessage());
        assertEquals("expected 2D or 3D input (got 4D input)",
                assertThrows(IllegalArgumentException.class, () -> bn.forward(Tensor.zeros(2, 3, 4, 5))).getMessage());
        String channels = assertThrows(IllegalArgumentException.class, () -> bn.forward(Tensor.zeros(2, 4)))
                .getMessage();
        assertEquals("running_mean should contain 4 elements not 3", channels.substring(0, 44));
        bn.eval();
        assertEquals(3, bn.forward(Tensor.zeros(1, 3)).numel());
    }
}
