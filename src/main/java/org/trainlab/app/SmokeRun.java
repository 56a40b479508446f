package org.trainlab.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.trainlab.app.training.TrainingLesson;
import org.trainlab.lab.RunState;

/**
 * {@code --smoke}: proves an installed or packaged app works end to end. Once the main window is shown
 * it opens the Regression lesson, presses Play, waits until the window has drawn 20 trained steps, prints
 * one line and exits with status 0; if that does not happen within 60 seconds it exits with status 1.
 * With {@code -Dtrainlab.smoke.seconds=N} it instead trains at full speed for N seconds and reports the
 * process's resident memory (the installers' memory budget is measured this way).
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
        long seconds = Long.getLong("trainlab.smoke.seconds", 0);
        if (seconds > 0) {
            lesson.toolbar().setSpeedIndex(6);
            lesson.hyperparameters().stepsProperty().set(Integer.MAX_VALUE / 2);
            lesson.reset();
            lesson.playPause();
            trainFor(lesson, started, seconds);
            return;
        }
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

    private static void trainFor(TrainingLesson<?> lesson, long started, long seconds) {
        new AnimationTimer() {
            private long trained;

            @Override
            public void handle(long now) {
                if (lesson.live().shown().state() == RunState.FINISHED) {
                    trained += lesson.live().shown().step(); // a finished run starts again, so training never pauses
                    lesson.reset();
                    lesson.playPause();
                }
                if (now - started < seconds * 1_000_000_000L) {
                    return;
                }
                stop();
                System.out.printf("smoke: trained %d steps at full speed in %d s; resident memory %s%n",
                        trained + lesson.live().shown().step(), seconds, residentMemory());
                finish(0);
            }
        }.start();
    }

    /** VmRSS from /proc/self/status (Linux), or "unknown". */
    private static String residentMemory() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: nothing to report
        }
        return "unknown";
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
