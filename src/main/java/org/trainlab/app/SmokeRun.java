package org.trainlab.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.trainlab.app.frame.LiveRun;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.app.lesson.data.DataLesson;
import org.trainlab.lab.RunState;

/**
 * {@code --smoke [LESSON] [--smoke-seconds N] [--data FILE.csv] [--gif FILE.gif]}: proves the app works end to end on any
 * lesson. Once the window is shown it opens the lesson (Regression by default), loads a CSV as the Data
 * lesson's import does if one is given, presses Play where the lesson trains, and keeps drawing: until 20
 * trained steps are on screen or the run has finished (or 2 s for a lesson that trains nothing), or for N seconds at full speed.
 * With {@code --gif} the training lesson's Record button records the run, and the GIF is written before
 * the app exits. Then it prints one line starting with {@code smoke:} and exits 0. After N seconds of training
 * (without --gif) it also presses Pause as a click would (queued to the JavaFX thread from outside it) and
 * reports how long until the window shows the run paused ({@code pause=… ms}), and the line gives the JavaFX
 * and render threads' CPU time per frame. An unknown lesson, a file that cannot
 * be read, or nothing drawn within 60 s is one {@code error:} line and exit 1.
 */
final class SmokeRun {
    private static final long TIMEOUT_NANOS = 60_000_000_000L;
    private static final long STEPS = 20;
    private static final long STILL_NANOS = 2_000_000_000L;

    /** What was asked on the command line. */
    record Options(String lesson, long seconds, Path data, Path gif) {
        static Options parse(List<String> args) {
            String lesson = "regression";
            long seconds = Long.getLong("trainlab.smoke.seconds", 0);
            Path data = null;
            Path gif = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--smoke" -> {
                        if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                            lesson = args.get(++i);
                        }
                    }
                    case "--smoke-seconds" -> seconds = Long.parseLong(value(args, ++i, a));
                    case "--data" -> data = Path.of(value(args, ++i, a));
                    case "--gif" -> gif = Path.of(value(args, ++i, a));
                    default -> throw new IllegalArgumentException("unknown smoke option '" + a + "'");
                }
            }
            if (seconds < 0) {
                throw new IllegalArgumentException("--smoke-seconds must be at least 0, got " + seconds);
            }
            return new Options(lesson, seconds, data, gif);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }
    }

    private SmokeRun() {
    }

    static void start(MainWindow window, List<String> args) {
        long started = System.nanoTime();
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        if (window.entry(o.lesson()) == null) {
            fail("no lesson '" + o.lesson() + "' (choose " + String.join(", ", Lessons.ids()) + ")");
            return;
        }
        if (o.data() != null && !importData(window, o.data())) {
            return;
        }
        window.select(o.lesson());
        Lesson lesson = window.current();
        if (lesson instanceof org.trainlab.app.frame.TabbedLesson tabs) {
            lesson = tabs.selected();
        }
        if (!(lesson instanceof TrainingLesson<?> training)) {
            if (o.gif() != null) {
                fail("--gif: lesson " + o.lesson() + " does not train, so there is nothing to record");
                return;
            }
            long wait = o.seconds() > 0 ? o.seconds() * 1_000_000_000L : STILL_NANOS;
            after(wait, () -> {
                System.out.printf("smoke: lesson %s shown for %.1f s%n", o.lesson(), (System.nanoTime() - started) / 1e9);
                Platform.exit();
            });
            return;
        }
        if (o.seconds() > 0) {
            training.toolbar().setFullSpeed();
        }
        if (o.gif() != null) {
            training.recording().start();
        }
        training.playPause();
        LiveRun<?> live = training.live();
        long firstFrames = live.frames();
        long playedAt = System.nanoTime();
        long[] cpuAtPlay = drawingCpu();
        new AnimationTimer() {
            private long trainedBefore;

            @Override
            public void handle(long now) {
                long step = live.shown().step();
                if (o.seconds() > 0) {
                    if (live.shown().state() == RunState.FINISHED) {
                        trainedBefore += step; // a finished run starts again, so training never pauses
                        training.reset();
                        training.playPause();
                    }
                    if (now - started < o.seconds() * 1_000_000_000L) {
                        return;
                    }
                } else if (step < STEPS && live.shown().state() != RunState.FINISHED) { // short runs (305) end sooner
                    if (now - started > TIMEOUT_NANOS) {
                        stop();
                        fail("no trained steps on screen after 60 s (step " + step + ")");
                    }
                    return;
                }
                stop();
                double seconds = (System.nanoTime() - started) / 1e9;
                double playing = (System.nanoTime() - playedAt) / 1e9;
                long frames = live.frames() - firstFrames;
                long[] cpu = drawingCpu();
                String line = String.format("smoke: lesson %s, %d steps trained and drawn in %.1f s, fps=%.1f "
                        + "(%d frames in %.1f s of training), cpu per frame: JavaFX %.1f ms, renderer %.1f ms",
                        o.lesson(), trainedBefore + step, seconds, frames / playing, frames, playing,
                        (cpu[0] - cpuAtPlay[0]) / 1e6 / Math.max(1, frames),
                        (cpu[1] - cpuAtPlay[1]) / 1e6 / Math.max(1, frames));
                if (o.gif() == null && o.seconds() > 0 && live.shown().state() == RunState.RUNNING) {
                    measurePause(training, line);
                    return;
                }
                String report = line + ", resident memory " + residentMemory();
                if (o.gif() == null) {
                    System.out.println(report);
                    Platform.exit();
                    return;
                }
                training.live().pause();
                training.recording().stop(o.gif()).whenComplete((gifFrames, error) -> {
                    if (error != null) {
                        fail("--gif " + o.gif() + ": " + (error.getCause() != null ? error.getCause() : error).getMessage());
                    }
                    System.out.println(report + ", GIF " + o.gif() + " with " + gifFrames + " frames");
                    Platform.runLater(Platform::exit);
                });
            }
        }.start();
    }

    /**
     * Presses Pause the way a click arrives, from outside the JavaFX thread, and prints {@code line} with
     * the time until the window shows the run paused.
     */
    private static void measurePause(TrainingLesson<?> training, String line) {
        java.util.concurrent.atomic.AtomicLong pressed = new java.util.concurrent.atomic.AtomicLong();
        Thread.ofPlatform().start(() -> {
            pressed.set(System.nanoTime());
            Platform.runLater(training::playPause);
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (pressed.get() == 0 || training.live().shown().state() != RunState.PAUSED) {
                    if (pressed.get() != 0 && System.nanoTime() - pressed.get() > TIMEOUT_NANOS) {
                        stop();
                        fail("the run did not pause within 60 s");
                    }
                    return;
                }
                stop();
                System.out.printf("%s, pause=%.0f ms, resident memory %s%n", line,
                        (System.nanoTime() - pressed.get()) / 1e6, residentMemory());
                Platform.exit();
            }
        }.start();
    }

    private static boolean importData(MainWindow window, Path file) {
        if (!Files.isRegularFile(file)) {
            fail(file + ": no such file");
            return false;
        }
        window.select("data");
        DataLesson data = (DataLesson) window.current();
        String header;
        try (var lines = Files.lines(file)) {
            header = lines.findFirst().orElse("");
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            fail(file + ": " + e.getMessage());
            return false;
        }
        DataSets.Kind kind = header.split(",").length >= 3 ? DataSets.Kind.CLASSIFICATION : DataSets.Kind.REGRESSION;
        if (!data.importFile(kind, file)) {
            fail(data.error());
            return false;
        }
        return true;
    }

    private static void after(long nanos, Runnable then) {
        long start = System.nanoTime();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (now - start >= nanos) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** VmRSS from /proc/self/status (Linux), or "unknown". */
    private static String residentMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: nothing to report
        }
        return "unknown";
    }

    private static void fail(String why) {
        System.err.println("error: smoke: " + why);
        System.exit(1);
    }

    /**
     * CPU time so far (ns) of the JavaFX thread (the caller) and of JavaFX's render thread: what a frame
     * costs, which unlike the frame rate does not depend on how busy the rest of the machine is.
     */
    private static long[] drawingCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long fx = threads.getCurrentThreadCpuTime();
        long render = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                render += Math.max(0, threads.getThreadCpuTime(t.threadId()));
            }
        }
        return new long[] {fx, render};
    }
}
