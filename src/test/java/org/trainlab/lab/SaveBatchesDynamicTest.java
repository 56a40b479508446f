package org.trainlab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trainlab.data.RegressionData;
import org.trainlab.spec.OptimizerKind;
import org.trainlab.spec.OptimizerPreset;

/** The lab side of lessons 304, 305 and 501. */
class SaveBatchesDynamicTest {
    @Test
    void restoredNetsFitExactlyAsTheTrainedOne() {
        SaveRestoreExperiment e = new SaveRestoreExperiment(SaveRestoreExperiment.defaults(), RegressionData.tutorial(1));
        SaveRestoreView before = e.describe();
        for (int i = 0; i < 100; i++) {
            e.step();
        }
        SaveRestoreView v = e.describe();
        assertEquals(0, v.largestDifference());
        assertArrayEquals(v.net1(), v.net2());
        assertArrayEquals(v.net1(), v.net3());
        assertFalse(java.util.Arrays.equals(before.net1(), v.net1()), "net1 trained");
        assertTrue(v.loss() < 0.02, "the tutorial's net fits x^2: " + v.loss());

        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"),
                v.whole().tensors().stream().map(SaveRestoreView.TensorEntry::key).toList());
        assertArrayEquals(new int[] {10, 1}, v.whole().tensors().get(0).shape());
        assertEquals("F32", v.whole().tensors().get(0).dtype());
        assertEquals(40, v.whole().tensors().get(0).bytes());
        assertEquals("Sequential(Linear(1, 10), ReLU(), Linear(10, 1))", v.whole().metadata().get("trainlab.architecture"));
        assertTrue(v.whole().metadata().get("trainlab.training").contains("\"lr\":0.5"), v.whole().metadata().toString());
        assertEquals(Map.of("format", "pt"), v.params().metadata());
        // 31 float32 values (124 bytes) after the 8-byte length and the JSON header
        assertTrue(v.params().size() > 8 + 124 && v.whole().size() > v.params().size());
    }

    @Test
    void optimizerPresetsAreFoundFromTheirOptions() {
        for (OptimizerPreset p : OptimizerPreset.values()) {
            assertEquals(p, OptimizerPreset.matching(p.kind(), p.options(0.1)), p.lessonName());
        }
        assertEquals(null, OptimizerPreset.matching(OptimizerKind.ADAM, Map.of("betas", List.of(0.5, 0.5))));
    }

    @Test
    void batchesOfEightLeaveAShortLastBatchUnlessDropLastDropsIt() {
        BatchesExperiment.Settings eight = new BatchesExperiment.Settings(10, 8, 3, true, false, 0, 1);
        BatchesExperiment e = new BatchesExperiment(eight);
        assertEquals(6, e.totalSteps());
        for (int i = 0; i < 6; i++) {
            e.step();
        }
        List<BatchesView.Batch> batches = e.describe().batches();
        assertEquals(List.of(8, 2, 8, 2, 8, 2), batches.stream().map(b -> b.x().length).toList());
        for (int epoch = 0; epoch < 3; epoch++) {
            Set<Float> seen = new HashSet<>();
            for (BatchesView.Batch b : batches.subList(2 * epoch, 2 * epoch + 2)) {
                for (int i = 0; i < b.x().length; i++) {
                    seen.add(b.x()[i]);
                    assertEquals(11, b.x()[i] + b.y()[i], 0); // y = 11 - x, each sample kept whole
                }
            }
            assertEquals(10, seen.size(), "each epoch deals every sample once");
        }

        BatchesExperiment dropped = new BatchesExperiment(new BatchesExperiment.Settings(10, 8, 3, true, true, 0, 1));
        assertEquals(3, dropped.totalSteps());
        dropped.step();
        assertEquals(8, dropped.describe().batches().get(0).x().length);
        assertThrows(IllegalArgumentException.class,
                () -> new BatchesExperiment(new BatchesExperiment.Settings(10, 11, 3, true, true, 0, 1)));
    }

    @Test
    void workersDealTheSameBatchesInTheSameOrder() {
        List<String> lines = null;
        for (int workers : new int[] {0, 2, 4}) {
            BatchesExperiment e = new BatchesExperiment(new BatchesExperiment.Settings(10, 5, 3, true, false, workers, 7));
            for (int i = 0; i < e.totalSteps(); i++) {
                e.step();
            }
            List<String> now = e.describe().batches().stream().map(BatchesView.Batch::printed).toList();
            if (lines != null) {
                assertEquals(lines, now, workers + " workers");
            }
            lines = now;
        }
    }

    @Test
    void printedLinesLookLikeTheTutorials() {
        BatchesView.Batch b = new BatchesView.Batch(0, 1, new float[] {5, 7, 10, 3, 4}, new float[] {6, 4, 1, 8, 7});
        assertEquals("Epoch:  0 | Step:  1 | batch x:  [ 5.  7. 10.  3.  4.] | batch y:  [6. 4. 1. 8. 7.]", b.printed());
    }

    @Test
    void eachBatchSizeSeesTheWholeSetEveryEpoch() {
        BatchSizesExperiment e = new BatchSizesExperiment(BatchSizesExperiment.Settings.defaults(),
                DataOrigin.tutorialRegression(1), RegressionData.tutorial(1));
        for (int i = 0; i < 20; i++) {
            e.step();
        }
        BatchSizesView v = e.describe();
        assertEquals(List.of("1", "8", "32", "all"), v.curves().stream().map(BatchSizesView.Curves::name).toList());
        assertEquals(List.of(100, 13, 4, 1), v.curves().stream().map(BatchSizesView.Curves::stepsPerEpoch).toList());
        for (BatchSizesView.Curves c : v.curves()) {
            assertEquals(20, c.epochLosses().size());
            assertEquals(20L * c.stepsPerEpoch(), c.stepLosses().size());
        }
        // per epoch, the smallest batches get furthest
        float small = v.curves().get(0).epochLosses().last();
        float whole = v.curves().get(3).epochLosses().last();
        assertTrue(small < whole, small + " vs " + whole);
        assertEquals(4, v.metrics().size());
    }

    @Test
    void theGraphGrowsWithTheSequence() {
        DynamicExperiment e = new DynamicExperiment(DynamicExperiment.Settings.defaults());
        for (int i = 0; i < 30; i++) {
            e.step();
        }
        DynamicView v = e.describe();
        assertEquals(30, v.graphNodes().size());
        Set<Float> lengths = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            lengths.add(v.lengths().get(i));
            for (int j = 0; j < 30; j++) {
                if (v.lengths().get(i) < v.lengths().get(j)) {
                    assertTrue(v.graphNodes().get(i) < v.graphNodes().get(j), "a longer window builds a bigger graph");
                }
                if (v.lengths().get(i) == v.lengths().get(j)) {
                    assertEquals(v.graphNodes().get(i), v.graphNodes().get(j));
                }
            }
        }
        assertTrue(lengths.size() > 1, "the length changes from step to step: " + lengths);
        int points = 0;
        for (int i = 0; i < 30; i++) {
            points += (int) v.lengths().get(i);
        }
        assertEquals(points, v.pastT().size());
        assertEquals(points, v.pastPrediction().size());
        assertNotEquals(Float.NaN, v.metrics().get(0).value());
    }
}
