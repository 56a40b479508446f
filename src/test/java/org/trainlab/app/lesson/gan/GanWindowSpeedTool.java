package org.trainlab.app.lesson.gan;

import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.trainlab.app.WindowTest;
import org.trainlab.app.frame.LiveRun;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.GanExperiment;
import org.trainlab.lab.GanView;
import org.trainlab.lab.Run;
import org.trainlab.lab.RunState;

/**
 * Measures the GAN lesson at full speed with the window open and every picture drawn, against the same
 * experiment headless, alternating the two (window, headless, window, headless) so a machine whose load
 * drifts treats both alike; prints each thread's share of a core while the window draws. A measurement,
 * not a test: {@code mvn test -Dtest=GanWindowSpeedTool -Dwindowspeed}.
 */
@EnabledIfSystemProperty(named = "windowspeed", matches = ".*")
class GanWindowSpeedTool extends WindowTest {
    private static final int STEPS = 1_000_000;
    private static final long MEASURE_MILLIS = 6_000;
    private static final long WARMUP_MILLIS = 15_000;

    @Test
    void ganWithTheWindowOpenAgainstHeadless() throws Exception {
        app.select("gan");
        @SuppressWarnings("unchecked")
        TrainingLesson<GanView> lesson = fx(() -> (TrainingLesson<GanView>) app.window().current());
        onFx(() -> {
            lesson.toolbar().setSpeedIndex(6);
            lesson.page().set("steps", STEPS);
            lesson.reset();
        });
        LiveRun<GanView> live = fx(lesson::live);
        waitFor("reset", () -> live.shown().state() == RunState.READY);
        onFx(lesson::playPause);
        waitFor("training", () -> live.shown().state() == RunState.RUNNING);
        Thread.sleep(WARMUP_MILLIS);
        onFx(lesson::playPause);
        try (Run<GanView> headless = new Run<>("headless", () -> new GanExperiment(
                GanExperiment.Settings.defaults().withSteps(STEPS)), 1)) {
            headless.start();
            Thread.sleep(WARMUP_MILLIS);
            headless.pause();
            double[] window = new double[2];
            double[] alone = new double[2];
            for (int round = 0; round < 2; round++) {
                onFx(lesson::playPause);
                waitFor("training", () -> live.shown().state() == RunState.RUNNING);
                Thread.sleep(300);
                window[round] = measure(() -> fx(() -> live.shown().step()), round == 0);
                onFx(lesson::playPause);
                waitFor("paused", () -> live.shown().state() == RunState.PAUSED);
                headless.proceed();
                Thread.sleep(300);
                alone[round] = measure(() -> headless.latest().step(), false);
                headless.pause();
            }
            System.out.printf("gan at full speed: window open %.0f and %.0f steps/s at %.1f frames/s; headless %.0f "
                    + "and %.0f steps/s; ratio %.0f%%%n", window[0], window[1], fx(live::framesPerSecond), alone[0],
                    alone[1], 100 * (window[0] + window[1]) / (alone[0] + alone[1]));
        }
    }

    private interface Steps {
        long now() throws Exception;
    }

    private static double measure(Steps steps, boolean threads) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu0 = new HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            cpu0.put(id, mx.getThreadCpuTime(id));
        }
        long s0 = steps.now();
        long t0 = System.nanoTime();
        Thread.sleep(MEASURE_MILLIS);
        long s1 = steps.now();
        long nanos = System.nanoTime() - t0;
        if (threads) {
            for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long used = mx.getThreadCpuTime(info.getThreadId()) - cpu0.getOrDefault(info.getThreadId(), 0L);
                if (used > nanos / 50) {
                    System.out.printf("  thread %-40s %5.1f%% of a core%n", info.getThreadName(), 100.0 * used / nanos);
                }
            }
        }
        return (s1 - s0) / (nanos / 1e9);
    }
}
