package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import org.junit.jupiter.api.Test;
import org.trainlab.app.WindowTest;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.RunState;

/**
 * No training thread outlives its lesson: switching lessons pauses their runs (a thread each, kept),
 * rebuilding the window for a language and closing it end them.
 */
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
            lesson.page().set("steps", 1_000_000);
            lesson.reset();
            lesson.playPause();
        });
        waitFor(id + " training", () -> lesson.live().shown().state() == RunState.RUNNING
                && lesson.live().shown().step() > 0);
    }

    @Test
    void switchingLessonsPausesRunsAndClosingTheWindowEndsTheirThreads() {
        waitFor("no run threads from earlier tests", () -> runThreads() == 0);
        playAtFullSpeed("regression");
        TrainingLesson<?> regression = fx(() -> (TrainingLesson<?>) app.window().current());
        assertEquals(1, runThreads());
        playAtFullSpeed("classification");
        TrainingLesson<?> classification = fx(() -> (TrainingLesson<?>) app.window().current());
        waitFor("the regression run paused", () -> regression.live().latest().state() == RunState.PAUSED);
        assertEquals(2, runThreads(), "one thread per lesson shown, kept while paused");
        app.select("data");
        waitFor("the classification run paused",
                () -> classification.live().latest().state() == RunState.PAUSED);
        long kept = fx(() -> regression.live().latest().step());
        assertEquals(kept, fx(() -> regression.live().latest().step()));
        assertEquals(2, runThreads(), "the Data lesson trains nothing and starts no thread");

        onFx(() -> app.window().setLanguage(java.util.Locale.SIMPLIFIED_CHINESE));
        waitFor("the old lessons' threads to end after the window was rebuilt", () -> runThreads() == 0);
        onFx(() -> app.window().setLanguage(java.util.Locale.ENGLISH));

        playAtFullSpeed("regression");
        onFx(stage::close);
        waitFor("no run threads after closing the window", () -> runThreads() == 0);
    }
}
