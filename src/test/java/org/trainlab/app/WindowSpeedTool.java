package org.trainlab.app;

import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.trainlab.app.frame.LiveRun;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.RegressionExperiment;
import org.trainlab.lab.RegressionView;
import org.trainlab.lab.Run;
import org.trainlab.lab.RunState;

/**
 * Measures the Regression lesson's training speed at full speed with the window open and drawing,
 * against the same experiment run headless for the same time, and the frame rate meanwhile. A
 * measurement, not a test: run it on a quiet machine with
 * {@code mvn test -Dtest=WindowSpeedTool -Dwindowspeed}.
 */
@EnabledIfSystemProperty(named = "windowspeed", matches = ".*")
class WindowSpeedTool extends WindowTest {
    /** The most the lesson's steps control allows. */
    private static final int STEPS = 1_000_000;
    private static final long MEASURE_NANOS = 3_000_000_000L;
    private static final long WARMUP_MILLIS = 15_000;

    private static void restart(TrainingLesson<?> lesson, LiveRun<?> live) throws Exception {
        onFx(lesson::reset);
        waitFor("reset", () -> live.latest().state() == RunState.READY);
        onFx(lesson::playPause);
        waitFor("training again", () -> live.shown().state() == RunState.RUNNING);
    }

    @Test
    void regressionWithTheWindowOpenAgainstHeadless() throws Exception {
        app.select("regression");
        TrainingLesson<?> lesson = fx(() -> (TrainingLesson<?>) app.window().current());
        onFx(() -> {
            lesson.toolbar().setSpeedIndex(6);
            lesson.page().set("steps", STEPS);
            lesson.reset();
            lesson.playPause();
        });
        LiveRun<?> live = fx(lesson::live);
        waitFor("training", () -> live.shown().state() == RunState.RUNNING);
        // long enough for the JIT to finish compiling the app's code, which competes for the same cores;
        // then a fresh run, since the lesson trains at most a million steps
        long warmEnd = System.nanoTime() + WARMUP_MILLIS * 1_000_000;
        do {
            Thread.sleep(200);
            if (System.nanoTime() > warmEnd || live.latest().state() != RunState.RUNNING) {
                restart(lesson, live);
            }
        } while (System.nanoTime() < warmEnd);
        Thread.sleep(500);
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long jit0 = jit.getTotalCompilationTime();
        long frames0 = fx(live::frames);
        long step0 = fx(() -> live.shown().step());
        long t0 = System.nanoTime();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> cpu0 = new java.util.HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            cpu0.put(id, mx.getThreadCpuTime(id));
        }
        Thread.sleep(MEASURE_NANOS / 1_000_000);
        for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long used = mx.getThreadCpuTime(info.getThreadId()) - cpu0.getOrDefault(info.getThreadId(), 0L);
            if (used > MEASURE_NANOS / 50) {
                System.out.printf("  thread %-40s %5.1f%% of a core%n", info.getThreadName(), 100.0 * used / MEASURE_NANOS);
            }
        }
        System.out.printf("  JIT compiling                              %5.1f%% of a core%n",
                100.0 * (jit.getTotalCompilationTime() - jit0) / (MEASURE_NANOS / 1e6));
        long step1 = fx(() -> live.shown().step());
        long frames1 = fx(live::frames);
        double seconds = (System.nanoTime() - t0) / 1e9;
        onFx(lesson::playPause);
        double windowed = (step1 - step0) / seconds;
        System.out.println("  run: " + fx(() -> live.shown().state() + " at step " + live.shown().step() + " of "
                + live.shown().totalSteps() + " (" + live.shown().reason() + ")"));
        double fps = (frames1 - frames0) / seconds;

        try (Run<RegressionView> run = new Run<>("headless", () -> new RegressionExperiment(
                RegressionExperiment.defaults().withSteps(50 * STEPS), RegressionData.tutorial(1)), 1)) {
            run.start();
            Thread.sleep(WARMUP_MILLIS);
            long h0 = run.latest().step();
            long start = System.nanoTime();
            Thread.sleep(MEASURE_NANOS / 1_000_000);
            long h1 = run.latest().step();
            double headless = (h1 - h0) / ((System.nanoTime() - start) / 1e9);
            System.out.printf("regression at full speed: window open %.0f steps/s at %.0f frames/s; headless %.0f "
                    + "steps/s; ratio %.0f%%%n", windowed, fps, headless, 100 * windowed / headless);
        }
    }
}
