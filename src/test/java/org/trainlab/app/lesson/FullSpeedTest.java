package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import org.junit.jupiter.api.Test;
import org.trainlab.app.WindowTest;
import org.trainlab.app.frame.LiveRun;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.RunState;

/**
 * At full speed the window keeps drawing: every second frames are drawn and the picture shows a newer
 * step, at least {@link #MIN_FRAMES_PER_SECOND} frames a second over three seconds. Prints the measured frame rate and training speed (reported,
 * not asserted: they depend on the machine).
 */
class FullSpeedTest extends WindowTest {
    /** Fewer frames than this a second is a window that visibly stutters. */
    private static final int MIN_FRAMES_PER_SECOND = 10;

    @Test
    void theWindowKeepsDrawingWhileTrainingAtFullSpeed() throws InterruptedException {
        for (String id : new String[] {"regression", "classification"}) {
            app.select(id);
            TrainingLesson<?> lesson = fx(() -> (TrainingLesson<?>) app.window().current());
            onFx(() -> {
                lesson.toolbar().setSpeedIndex(6);
                lesson.page().set("steps", 1_000_000);
                lesson.reset();
                lesson.playPause();
            });
            LiveRun<?> live = fx(lesson::live);
            waitFor("training", () -> live.shown().state() == RunState.RUNNING);
            // three one-second looks: each time the window drew frames and the picture showed a newer step,
            // so neither drawing nor training is starved; over the three seconds at least 10 frames a second
            // (the headless pulse offers 60)
            long firstFrame = fx(live::frames);
            for (int second = 0; second < 3; second++) {
                long frames0 = fx(live::frames);
                long step0 = fx(() -> live.shown().step());
                Thread.sleep(1000);
                long frames1 = fx(live::frames);
                long step1 = fx(() -> live.shown().step());
                assertTrue(frames1 - frames0 >= 3, id + ": only " + (frames1 - frames0) + " frames in a second");
                assertTrue(step1 > step0, id + ": the picture follows training: step " + step0 + " then " + step1);
                assertEquals(RunState.RUNNING, fx(() -> live.latest().state()));
            }
            long drawn = fx(live::frames) - firstFrame;
            assertTrue(drawn >= 3 * MIN_FRAMES_PER_SECOND, id + ": only " + drawn + " frames in three seconds");
            double fps = fx(live::framesPerSecond);
            double speed = fx(() -> live.shown().stepsPerSecond());
            System.out.printf("%s at full speed, snapshot every step: %.0f frames/s while training %.0f steps/s%n",
                    id, fps, speed);
            onFx(lesson::playPause);
        }
    }
}
