package org.trainlab.app;

import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trainlab.app.training.LiveRun;
import org.trainlab.app.training.TrainingLesson;
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
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "windowspeed", matches = ".*")
class WindowSpeedTool {
    private static final int STEPS = 50_000_000;
    private static final long MEASURE_NANOS = 5_000_000_000L;
    private final AppFixture app = new AppFixture();

    @Start
    void start(Stage stage) {
        app.open(stage, Lessons.all());
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void regressionWithTheWindowOpenAgainstHeadless() throws Exception {
        app.select("regression");
        TrainingLesson<?> lesson = fx(() -> (TrainingLesson<?>) app.window().current());
        onFx(() -> {
            lesson.toolbar().setSpeedIndex(6);
            lesson.hyperparameters().stepsProperty().set(STEPS);
            lesson.reset();
            lesson.playPause();
        });
        LiveRun<?> live = fx(lesson::live);
        waitFor("training", () -> live.shown().state() == RunState.RUNNING);
        Thread.sleep(2000);
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
        long step1 = fx(() -> live.shown().step());
        long frames1 = fx(live::frames);
        double seconds = (System.nanoTime() - t0) / 1e9;
        onFx(lesson::playPause);
        double windowed = (step1 - step0) / seconds;
        double fps = (frames1 - frames0) / seconds;

        try (Run<RegressionView> run = new Run<>("headless", () -> new RegressionExperiment(
                RegressionExperiment.defaults().withSteps(STEPS), RegressionData.tutorial(1)), 1)) {
            run.start();
            Thread.sleep(2000);
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
