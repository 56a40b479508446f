package org.trainlab.app.lesson;

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
 * At full speed the window keeps drawing: frames keep coming and each shows a newer step. Prints the
 * measured frame rate and training speed (reported, not asserted: they depend on the machine).
 */
class FullSpeedTest extends WindowTest {
    @Test
    void theWindowKeepsDrawingWhileTrainingAtFullSpeed() {
        for (String id : new String[] {"regression", "classification"}) {
            app.select(id);
            TrainingLesson<?> lesson = fx(() -> (TrainingLesson<?>) app.window().current());
            onFx(() -> {
                lesson.toolbar().setSpeedIndex(6);
                lesson.hyperparameters().stepsProperty().set(1_000_000);
                lesson.reset();
                lesson.playPause();
            });
            LiveRun<?> live = fx(lesson::live);
            waitFor("training", () -> live.shown().state() == RunState.RUNNING);
            long frames0 = fx(live::frames);
            long step0 = fx(() -> live.shown().step());
            waitFor("three seconds of frames", () -> live.frames() >= frames0 + 180);
            long step1 = fx(() -> live.shown().step());
            assertTrue(step1 > step0, "the picture follows training: step " + step0 + " then " + step1);
            double fps = fx(live::framesPerSecond);
            double speed = fx(() -> live.shown().stepsPerSecond());
            System.out.printf("%s at full speed, snapshot every step: %.0f frames/s while training %.0f steps/s%n",
                    id, fps, speed);
            onFx(lesson::playPause);
        }
    }
}
