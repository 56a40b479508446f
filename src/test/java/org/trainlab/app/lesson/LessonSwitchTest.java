package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import org.junit.jupiter.api.Test;
import org.trainlab.app.WindowTest;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.RunState;

/** No training thread outlives its lesson: switching lessons and closing the window end them. */
class LessonSwitchTest extends WindowTest {
    static long runThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("trainlab-run-")).count();
    }

    private void playAtFullSpeed(String id) {
        app.select(id);
        TrainingLesson<?> lesson = fx(() -> (TrainingLesson<?>) app.window().current());
        onFx(() -> {
            lesson.toolbar().setSpeedIndex(6);
            lesson.hyperparameters().stepsProperty().set(1_000_000);
            lesson.reset();
            lesson.playPause();
        });
        waitFor(id + " training", () -> lesson.live().shown().state() == RunState.RUNNING
                && lesson.live().shown().step() > 0);
    }

    @Test
    void switchingLessonsWhileTrainingEndsTheRunThreads() {
        waitFor("no run threads from earlier tests", () -> runThreads() == 0);
        playAtFullSpeed("regression");
        assertEquals(1, runThreads());
        playAtFullSpeed("classification");
        waitFor("only the classification run", () -> runThreads() == 1);
        app.select("data");
        waitFor("no run threads on the Data lesson", () -> runThreads() == 0);

        playAtFullSpeed("regression");
        onFx(stage::close);
        waitFor("no run threads after closing the window", () -> runThreads() == 0);
    }
}
