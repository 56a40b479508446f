package org.trainlab.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.trainlab.app.training.TrainingLesson;

/**
 * {@code --smoke}: proves an installed or packaged app works end to end. Once the main window is shown
 * it opens the Regression lesson, presses Play, waits until the window has drawn 20 trained steps, prints
 * one line and exits with status 0; if that does not happen within 60 seconds it exits with status 1.
 */
final class SmokeRun {
    private static final long TIMEOUT_NANOS = 60_000_000_000L;
    private static final long STEPS = 20;

    private SmokeRun() {
    }

    static void start(MainWindow window) {
        long started = System.nanoTime();
        window.select("regression");
        TrainingLesson<?> lesson = (TrainingLesson<?>) window.current();
        lesson.playPause();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                long step = lesson.live().shown().step();
                if (step >= STEPS) {
                    stop();
                    System.out.printf("smoke: window shown, %d steps trained and drawn in %.1f s%n", step,
                            (System.nanoTime() - started) / 1e9);
                    finish(0);
                } else if (now - started > TIMEOUT_NANOS) {
                    stop();
                    System.err.println("smoke: error: no trained steps on screen after 60 s (step " + step + ")");
                    finish(1);
                }
            }
        }.start();
    }

    /** Success closes the app the normal way (exit status 0); failure ends the JVM with status 1. */
    private static void finish(int status) {
        if (status == 0) {
            Platform.exit();
        } else {
            System.exit(status);
        }
    }
}
