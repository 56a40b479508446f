package org.trainlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trainlab.optim.SGD;
import org.trainlab.tensor.Tensor;

/** The run's contract: commands, snapshots, the NaN stop and latest-wins listeners. */
class RunTest {
    /** Gradient descent on (w - 3)²: the loss falls, and a large learning rate diverges to infinity, then NaN. */
    static final class Parabola implements Experiment<Double> {
        private final long total;
        private double w;
        private double lr;
        private long steps;
        private final List<Double> lrSeen = new ArrayList<>();

        Parabola(double lr, long total) {
            this.lr = lr;
            this.total = total;
        }

        @Override
        public double step() {
            lrSeen.add(lr);
            w -= lr * 2 * (w - 3);
            steps++;
            return (w - 3) * (w - 3);
        }

        @Override
        public long steps() {
            return steps;
        }

        @Override
        public long totalSteps() {
            return total;
        }

        @Override
        public double learningRate() {
            return lr;
        }

        @Override
        public void setLearningRate(double lr) {
            this.lr = lr;
        }

        @Override
        public Double describe() {
            return w;
        }
    }

    private Run<Double> run;

    @AfterEach
    void close() throws InterruptedException {
        if (run != null) {
            run.close();
            assertTrue(run.awaitTermination(5000), "training thread ends on close");
        }
    }

    private static RunSnapshot<Double> await(Run<Double> run, Predicate<RunSnapshot<Double>> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            RunSnapshot<Double> s = run.latest();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("condition not reached; last snapshot " + run.latest());
    }

    @Test
    void startsReadyAtStepZero() {
        run = new Run<>("t", () -> new Parabola(0.1, 100), 1);
        RunSnapshot<Double> s = run.latest();
        assertEquals(0, s.step());
        assertEquals(RunState.READY, s.state());
        assertEquals(0.0, s.data());
    }

    @Test
    void runsToTheEndAndSaysSo() throws InterruptedException {
        run = new Run<>("t", () -> new Parabola(0.1, 500), 10);
        run.start();
        RunSnapshot<Double> s = await(run, x -> x.state() == RunState.FINISHED);
        assertEquals(500, s.step());
        assertEquals(3.0, s.data(), 1e-9);
        assertEquals("finished 500 steps", s.reason());
    }

    @Test
    void pauseHoldsAndResumeContinues() throws InterruptedException {
        run = new Run<>("t", () -> new Parabola(1e-7, 100_000_000L), 1);
        run.start();
        await(run, x -> x.step() > 10);
        run.pause();
        RunSnapshot<Double> paused = await(run, x -> x.state() == RunState.PAUSED);
        Thread.sleep(100);
        assertEquals(paused.step(), run.latest().step(), "no steps while paused");
        run.resume();
        await(run, x -> x.state() == RunState.RUNNING && x.step() > paused.step() + 10);
    }

    @Test
    void stepDoesExactlyOneStep() throws InterruptedException {
        run = new Run<>("t", () -> new Parabola(0.1, 100), 50);
        run.step();
        RunSnapshot<Double> one = await(run, x -> x.step() == 1);
        assertEquals(RunState.PAUSED, one.state());
        assertEquals(0.6, one.data(), 1e-12);
        run.step();
        run.step();
        RunSnapshot<Double> three = await(run, x -> x.step() == 3);
        Thread.sleep(50);
        assertEquals(3, run.latest().step());
        assertEquals(three.data(), run.latest().data());
    }

    @Test
    void resetStartsOverWithTheSameResults() throws InterruptedException {
        run = new Run<>("t", () -> new Parabola(0.1, 20), 1);
        run.start();
        RunSnapshot<Double> first = await(run, x -> x.state() == RunState.FINISHED);
        run.reset();
        RunSnapshot<Double> ready = await(run, x -> x.state() == RunState.READY);
        assertEquals(0, ready.step());
        run.start();
        RunSnapshot<Double> second = await(run, x -> x.state() == RunState.FINISHED);
        assertEquals(first.data(), second.data(), "same factory, same result");
    }

    @Test
    void divergingLossStopsWithAReason() throws InterruptedException {
        run = new Run<>("t", () -> new Parabola(50, 100_000), 1);
        run.start();
        RunSnapshot<Double> s = await(run, x -> x.state() == RunState.FAILED);
        assertTrue(s.reason().matches("loss became (NaN|infinite) at step \\d+; try a smaller learning rate"),
                s.reason());
        long at = s.step();
        Thread.sleep(50);
        assertEquals(at, run.latest().step(), "no steps after the stop");
    }

    @Test
    void regressionWithAHugeLearningRateStopsOnNaN() throws InterruptedException {
        Run<RegressionView> r = new Run<>("regression", () -> new RegressionExperiment(
                RegressionExperiment.defaults().withLr(50), org.trainlab.data.RegressionData.tutorial(1)), 1);
        try {
            r.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (r.latest().state() != RunState.FAILED && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            RunSnapshot<RegressionView> s = r.latest();
            assertEquals(RunState.FAILED, s.state());
            assertTrue(s.reason().matches("loss became (NaN|infinite) at step \\d+; try a smaller learning rate"),
                    s.reason());
            assertTrue(s.step() < 200);
        } finally {
            r.close();
        }
    }

    @Test
    void learningRateChangesWhileRunning() throws InterruptedException {
        Parabola[] made = new Parabola[1];
        run = new Run<>("t", () -> made[0] = new Parabola(1e-9, 100_000_000L), 1);
        run.start();
        await(run, x -> x.step() > 100);
        run.setLearningRate(2e-9);
        await(run, x -> x.learningRate() == 2e-9 && x.state() == RunState.RUNNING);
        run.pause();
        await(run, x -> x.state() == RunState.PAUSED);
        List<Double> seen = made[0].lrSeen;
        assertEquals(1e-9, seen.get(0));
        assertEquals(2e-9, seen.get(seen.size() - 1));
    }

    @Test
    void stopEndsTraining() throws InterruptedException {
        run = new Run<>("t", () -> new Parabola(1e-9, 100_000_000L), 1);
        run.start();
        await(run, x -> x.step() > 5);
        run.stop();
        RunSnapshot<Double> s = await(run, x -> x.state() == RunState.STOPPED);
        assertTrue(s.reason().startsWith("stopped by the user at step "), s.reason());
        run.start();
        Thread.sleep(50);
        assertEquals(RunState.STOPPED, run.latest().state(), "a stopped run stays stopped until reset");
    }

    @Test
    void slowListenerSeesFewerSnapshotsAndDoesNotSlowTraining() throws InterruptedException {
        run = new Run<>("t", () -> new Parabola(1e-9, 200_000), 1);
        AtomicInteger slowCalls = new AtomicInteger();
        AtomicInteger fastCalls = new AtomicInteger();
        List<Long> slowSteps = new ArrayList<>();
        CountDownLatch finishedSeen = new CountDownLatch(1);
        run.subscribe(s -> {
            slowCalls.incrementAndGet();
            synchronized (slowSteps) {
                slowSteps.add(s.step());
            }
            if (s.state() == RunState.FINISHED) {
                finishedSeen.countDown();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        run.subscribe(s -> fastCalls.incrementAndGet());
        run.start();
        await(run, x -> x.state() == RunState.FINISHED);
        assertTrue(finishedSeen.await(5, TimeUnit.SECONDS), "the slow listener still gets the final snapshot");
        // 200,000 snapshots were published; the slow listener (200 ms each) can only have taken a handful.
        assertTrue(slowCalls.get() < 100, "slow listener calls: " + slowCalls.get());
        synchronized (slowSteps) {
            for (int i = 1; i < slowSteps.size(); i++) {
                assertTrue(slowSteps.get(i) >= slowSteps.get(i - 1), "snapshots arrive in order");
            }
        }
        assertTrue(fastCalls.get() >= 2);
    }

    @Test
    void closeEndsTheThreadEvenWhileRunning() throws InterruptedException {
        Run<Double> r = new Run<>("t", () -> new Parabola(1e-9, 100_000_000L), 1);
        r.start();
        await(r, x -> x.step() > 5);
        r.close();
        assertTrue(r.awaitTermination(5000));
        assertNull(run);
    }

    /** Two parameters, each with its own named SGD, like a GAN's G and D. */
    static final class TwoOptimizers extends TrainingExperiment<Void> {
        private final Tensor g = Tensor.of(1f).requiresGrad_();
        private final Tensor d = Tensor.of(1f).requiresGrad_();
        private final SGD optG = optimizer("G", new SGD(List.of(g), 1e-3));
        private final SGD optD = optimizer("D", new SGD(List.of(d), 2e-3));

        @Override
        protected double trainStep() {
            for (SGD o : List.of(optG, optD)) {
                o.zeroGrad(false);
            }
            Tensor loss = g.pow(2).add(d.pow(2)).sum();
            loss.backward();
            optG.step();
            optD.step();
            return loss.item();
        }

        @Override
        public long totalSteps() {
            return 100_000_000L;
        }

        @Override
        public Void describe() {
            return null;
        }
    }

    @Test
    void namedLearningRatesChangeOneAtATimeWhileRunning() throws InterruptedException {
        Run<Void> r = new Run<>("t", TwoOptimizers::new, 1);
        try {
            assertEquals(List.of("G", "D"), List.copyOf(r.latest().learningRates().keySet()), "registration order");
            assertEquals(Map.of("G", 1e-3, "D", 2e-3), r.latest().learningRates());
            assertEquals(1e-3, r.latest().learningRate(), "the first optimizer's");
            assertThrows(UnsupportedOperationException.class, () -> r.latest().learningRates().put("G", 1.0));
            r.start();
            r.setLearningRate("D", 0.5);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (r.latest().learningRates().get("D") != 0.5 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(Map.of("G", 1e-3, "D", 0.5), r.latest().learningRates());
            assertEquals(RunState.RUNNING, r.latest().state());
            r.setLearningRate(0.25);
            while (r.latest().learningRates().get("G") != 0.25 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(Map.of("G", 0.25, "D", 0.25), r.latest().learningRates(), "the unnamed form sets all");
            assertEquals("Invalid learning rate: -1.0",
                    assertThrows(IllegalArgumentException.class, () -> r.setLearningRate("G", -1)).getMessage());
            assertEquals("no optimizer named 'X' (there are: G, D)",
                    assertThrows(IllegalArgumentException.class, () -> r.setLearningRate("X", 0.1)).getMessage());
        } finally {
            r.close();
            assertTrue(r.awaitTermination(5000));
        }
    }

    @Test
    void unnamedOptimizersAreNamedByTheirIndex() {
        TrainingExperiment<Void> e = new TrainingExperiment<>() {
            {
                optimizer(new SGD(List.of(Tensor.of(1f).requiresGrad_()), 0.1));
                optimizer(new SGD(List.of(Tensor.of(1f).requiresGrad_()), 0.2));
            }

            @Override
            protected double trainStep() {
                return 0;
            }

            @Override
            public long totalSteps() {
                return 1;
            }

            @Override
            public Void describe() {
                return null;
            }
        };
        assertEquals(List.of("0", "1"), List.copyOf(e.learningRates().keySet()));
        e.setLearningRate("1", 0.3);
        assertEquals(Map.of("0", 0.1, "1", 0.3), e.learningRates());
        assertThrows(IllegalArgumentException.class, () -> e.setLearningRate("adam", 0.3));
    }
}
