package org.trainlab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;

/** Each of the tutorial's experiments, run headless with its defaults, ends where the tutorial does. */
class ExperimentsTest {
    private static <D> void runAll(Experiment<D> e) {
        while (e.steps() < e.totalSteps()) {
            double loss = e.step();
            assertTrue(Double.isFinite(loss), "finite loss at step " + e.steps());
        }
    }

    @Test
    void regressionFitsTheParabola() {
        RegressionExperiment e = new RegressionExperiment(RegressionExperiment.defaults(),
                RegressionData.tutorial(1));
        runAll(e);
        RegressionView v = e.describe();
        assertEquals(200, v.losses().size());
        assertTrue(v.loss() < 0.02, "final loss " + v.loss());
        assertTrue(v.loss() < v.losses().get(0) / 5, "loss fell from " + v.losses().get(0) + " to " + v.loss());
        assertEquals(v.gridX().length, v.gridPrediction().length);
    }

    @Test
    void sameSeedSameRun() {
        RegressionExperiment a = new RegressionExperiment(RegressionExperiment.defaults().withSteps(30),
                RegressionData.tutorial(3));
        RegressionExperiment b = new RegressionExperiment(RegressionExperiment.defaults().withSteps(30),
                RegressionData.tutorial(3));
        runAll(a);
        runAll(b);
        assertArrayEquals(a.describe().losses().toArray(), b.describe().losses().toArray());
        assertArrayEquals(a.describe().gridPrediction(), b.describe().gridPrediction());
    }

    @Test
    void classificationSeparatesTheClusters() {
        ClassificationExperiment e = new ClassificationExperiment(ClassificationExperiment.defaults(),
                ClassificationData.tutorial(1), null);
        runAll(e);
        ClassificationView v = e.describe();
        assertTrue(v.accuracy() >= 0.95, "accuracy " + v.accuracy());
        assertEquals(64 * 64, v.regions().predicted().length);
        assertEquals(200, v.labels().length);
    }

    @Test
    void classificationWithThreeClassesAndATestSplit() {
        ClassificationData all = ClassificationData.generate(ClassificationData.Shape.CLUSTERS, 3, 60, 0.7, 2);
        ClassificationData.Split split = all.split(0.25, 2);
        ClassificationExperiment e = new ClassificationExperiment(ClassificationExperiment.defaults()
                .withOptimizer("adam").withLr(0.05).withSteps(150), split.train(), split.test());
        runAll(e);
        ClassificationView v = e.describe();
        assertEquals(3, v.classes());
        assertEquals(45, v.testLabels().length);
        assertEquals(150, v.testLosses().size());
        assertTrue(v.testAccuracy() > 0.9, "test accuracy " + v.testAccuracy());
    }

    @Test
    void batchesCoverTheDataEveryEpochWithPairsAligned() {
        BatchesExperiment e = new BatchesExperiment(BatchesExperiment.Settings.defaults());
        runAll(e);
        BatchesView v = e.describe();
        assertEquals(6, v.batches().size());
        assertEquals(2, v.batchesPerEpoch());
        for (int epoch = 0; epoch < 3; epoch++) {
            Set<Float> seen = new HashSet<>();
            for (BatchesView.Batch b : v.batches()) {
                if (b.epoch() != epoch) {
                    continue;
                }
                assertEquals(5, b.x().length);
                for (int i = 0; i < b.x().length; i++) {
                    assertEquals(11f, b.x()[i] + b.y()[i], 1e-5, "x and y stay paired");
                    seen.add(b.x()[i]);
                }
            }
            assertEquals(10, seen.size(), "epoch " + epoch + " covers every sample once");
        }
        assertTrue(!java.util.Arrays.equals(v.batches().get(0).x(), v.batches().get(2).x()),
                "a new shuffle each epoch");
    }

    @Test
    void optimizersRaceFromTheSameStart() {
        OptimizersExperiment e = new OptimizersExperiment(OptimizersExperiment.Settings.defaults().withEpochs(2));
        runAll(e);
        OptimizersView v = e.describe();
        assertEquals(List.of("sgd", "momentum", "rmsprop", "adam", "adagrad"), v.names());
        float first = v.losses().get(0).get(0);
        for (Series.View s : v.losses()) {
            assertEquals(64, s.size());
            assertEquals(first, s.get(0), "same weights, same first batch, same first loss");
        }
        double sgd = v.losses().get(0).meanOfLast(10);
        double adam = v.losses().get(3).meanOfLast(10);
        assertTrue(adam < sgd, "Adam (" + adam + ") beats plain SGD (" + sgd + ") early on");
    }

    @Test
    void optimizersViewCarriesWhatTheLessonDraws() {
        OptimizersExperiment e = new OptimizersExperiment(OptimizersExperiment.Settings.defaults().withEpochs(1)
                .withTargetLoss(0.03));
        OptimizersView before = e.describe();
        assertEquals(Double.NaN, before.racers().get(0).currentLoss());
        assertEquals(-1, before.racers().get(0).reachedTargetAt());
        runAll(e);
        OptimizersView v = e.describe();
        assertSame(before.dataX(), v.dataX(), "the data is put in the view once per run");
        assertSame(before.dataY(), v.dataY());
        assertSame(before.gridX(), v.gridX());
        assertEquals(1000, v.dataX().length);
        assertEquals(OptimizersExperiment.FIT_POINTS, v.gridX().length);
        assertEquals(-1f, v.gridX()[0]);
        assertEquals(1f, v.gridX()[v.gridX().length - 1]);
        assertEquals(0.03, v.targetLoss());
        assertEquals(List.of("loss:sgd", "loss:momentum", "loss:rmsprop", "loss:adam", "loss:adagrad"),
                v.metrics().stream().map(Metric::key).toList());
        for (OptimizersView.Racer r : v.racers()) {
            Series.View losses = r.losses();
            assertEquals(32, losses.size());
            assertEquals(losses.last(), r.currentLoss());
            float best = Float.POSITIVE_INFINITY;
            long reached = -1;
            for (int i = 0; i < losses.size(); i++) {
                best = Math.min(best, losses.get(i));
                if (reached < 0 && losses.get(i) <= 0.03) {
                    reached = i + 1;
                }
            }
            assertEquals(best, r.bestLoss(), r.name());
            assertEquals(reached, r.reachedTargetAt(), r.name());
            assertEquals(OptimizersExperiment.FIT_POINTS, r.fit().length);
        }
        OptimizersView.Racer adam = v.racers().get(3);
        int atOne = v.gridX().length - 1;
        float start = before.racers().get(3).fit()[atOne];
        assertTrue(Math.abs(adam.fit()[atOne] - 1) < Math.abs(start - 1),
                "Adam's fit moves towards x² at x = 1: from " + start + " to " + adam.fit()[atOne]);
        assertSame(v.racers().get(0).fit(), e.describe().racers().get(0).fit(), "no new fit without a step");
    }

    @Test
    void optimizersEachHaveTheirOwnLiveLearningRate() {
        OptimizersExperiment e = new OptimizersExperiment(OptimizersExperiment.Settings.defaults()
                .withLrOf("adam", 0.02));
        assertEquals(Map.of("sgd", 0.01, "momentum", 0.01, "rmsprop", 0.01, "adam", 0.02, "adagrad", 0.01),
                e.learningRates());
        assertEquals(List.of("sgd", "momentum", "rmsprop", "adam", "adagrad"), List.copyOf(e.learningRates().keySet()));
        e.setLearningRate("rmsprop", 0.5);
        assertEquals(0.5, e.learningRates().get("rmsprop"));
        assertEquals(0.01, e.learningRates().get("sgd"));
        assertEquals(List.of("G", "D"), List.copyOf(new GanExperiment(GanExperiment.Settings.defaults())
                .learningRates().keySet()), "the GAN's two optimizers by name");
    }

    @Test
    void optimizersNotFromTheSameStartAsInTheTutorial() {
        OptimizersExperiment e = new OptimizersExperiment(OptimizersExperiment.Settings.defaults().withEpochs(1)
                .withSameStart(false));
        e.step();
        List<OptimizersView.Racer> r = e.describe().racers();
        assertNotEquals(r.get(0).losses().get(0), r.get(1).losses().get(0), "each net has its own initial weights");
        OptimizersExperiment same = new OptimizersExperiment(OptimizersExperiment.Settings.defaults().withEpochs(1));
        same.step();
        assertEquals(same.describe().racers().get(0).losses().get(0), same.describe().racers().get(1).losses().get(0));
    }

    @Test
    void optimizerEntriesBuildThroughTheRegistryWithPyTorchsChecks() {
        OptimizersExperiment.Settings d = OptimizersExperiment.Settings.defaults();
        List<org.trainlab.tensor.Tensor> params = List.of(org.trainlab.tensor.Tensor.of(1f).requiresGrad_());
        OptimizerEntry adamw = d.entry("adam").withDecoupled(true).withWeightDecay(0.05);
        org.trainlab.optim.Optimizer o = adamw.create(params);
        assertTrue(o instanceof org.trainlab.optim.AdamW, o.toString());
        assertEquals(0.05, ((Number) o.options().get("weight_decay")).doubleValue());
        assertEquals(List.of(0.9, 0.99), o.options().get("betas"));
        assertEquals(0.8, ((Number) d.entry("momentum").create(params).options().get("momentum")).doubleValue());
        assertEquals(0.9, ((Number) d.entry("rmsprop").create(params).options().get("alpha")).doubleValue());
        assertEquals("Invalid momentum value: -1.0", assertThrows(IllegalArgumentException.class,
                () -> new OptimizersExperiment(d.withEntry(d.entry("momentum").withMomentum(-1)))).getMessage());
        assertEquals("Invalid epsilon value: -1.0", assertThrows(IllegalArgumentException.class,
                () -> new OptimizersExperiment(d.withEntry(d.entry("adagrad").withEps(-1)))).getMessage());
        OptimizersExperiment.Settings two = d.withOptimizers(List.of("adam", "sgd"));
        assertEquals(List.of("adam", "sgd"), two.optimizers(), "raced in the order given");
        assertEquals(List.of("adam", "sgd"), new OptimizersExperiment(two).describe().names());
        assertEquals(5, two.entries().size(), "the others stay, disabled");
        assertThrows(IllegalArgumentException.class, () -> d.withOptimizers(List.of("adam", "adam")));
        assertThrows(IllegalArgumentException.class, () -> new OptimizersExperiment(d.withOptimizers(List.of())));
    }

    @Test
    void ganInTheTutorialsOrderHitsThePyTorchError() {
        GanExperiment e = new GanExperiment(GanExperiment.Settings.defaults().withTutorialOrder(true));
        IllegalStateException error = assertThrows(IllegalStateException.class, e::step);
        assertTrue(error.getMessage().startsWith("one of the variables needed for gradient computation has been "
                + "modified by an inplace operation"), error.getMessage());
    }

    @Test
    void ganConvergesWherePyTorchDoes() {
        GanExperiment e = new GanExperiment(GanExperiment.Settings.defaults());
        runAll(e);
        GanView v = e.describe();
        double accuracy = v.dAccuracies().meanOfLast(500);
        double score = v.dScores().meanOfLast(500);
        double inBounds = e.freshPaintingsInBounds(1000, 2);
        assertEquals(0.50, accuracy, 0.03, "D accuracy over the last 500 steps");
        assertEquals(-1.38, score, 0.03, "D score over the last 500 steps");
        assertTrue(inBounds >= 0.85, "fresh paintings in bounds: " + inBounds);
    }

    @Test
    void dynamicGraphLearnsCosFromSinWithChangingLengths() {
        DynamicExperiment e = new DynamicExperiment(DynamicExperiment.Settings.defaults());
        runAll(e);
        DynamicView v = e.describe();
        Set<Float> lengths = new HashSet<>();
        for (int i = 0; i < v.lengths().size(); i++) {
            lengths.add(v.lengths().get(i));
        }
        assertEquals(Set.of(10f, 20f, 30f), lengths);
        double early = 0;
        for (int i = 0; i < 10; i++) {
            early += v.losses().get(i) / 10;
        }
        assertTrue(v.losses().meanOfLast(10) < early / 4, "loss fell from " + early + " to "
                + v.losses().meanOfLast(10));
        assertEquals(v.t().length, v.prediction().length);
    }
}
