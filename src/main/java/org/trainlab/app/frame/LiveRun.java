package org.trainlab.app.frame;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import org.trainlab.lab.Experiment;
import org.trainlab.lab.Run;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.RunState;

/**
 * A lab {@link Run} seen from the JavaFX thread. Training happens on the run's own thread; an
 * AnimationTimer takes {@link Run#latest()} once per frame and hands it to the view only when it is a
 * new snapshot, so the JavaFX thread never waits for training and never draws the same picture twice.
 *
 * <p>Reset rebuilds the experiment from a new recipe (the settings and data of the moment, captured as
 * immutable values), keeping the run's thread. {@link #close()} ends the run and its thread.
 */
public final class LiveRun<D> implements AutoCloseable {
    private final AtomicReference<Supplier<? extends Experiment<D>>> recipe;
    private final Run<D> run;
    private final Consumer<RunSnapshot<D>> view;
    private final Consumer<Double> framesPerSecond;
    private final FrameMeter meter = new FrameMeter();
    private final AnimationTimer timer;
    private RunSnapshot<D> shown;
    private long frames;

    /**
     * @param name the run's name (its thread is "trainlab-run-" + name)
     * @param experiment builds the experiment; called now and on the training thread at each reset
     * @param view draws a new snapshot (JavaFX thread)
     * @param framesPerSecond told the measured frame rate once a second (JavaFX thread)
     */
    public LiveRun(String name, Supplier<? extends Experiment<D>> experiment, int snapshotEvery,
            Consumer<RunSnapshot<D>> view, Consumer<Double> framesPerSecond) {
        this.recipe = new AtomicReference<>(Objects.requireNonNull(experiment));
        this.view = view;
        this.framesPerSecond = framesPerSecond;
        this.run = new Run<>(name, () -> recipe.get().get(), snapshotEvery);
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        timer.start();
        frame(System.nanoTime());
    }

    /** Stops drawing (the lesson left the screen); the run keeps its state. */
    public void stopDrawing() {
        timer.stop();
    }

    /** Draws again, starting with the newest snapshot. */
    public void startDrawing() {
        shown = null;
        timer.start();
        frame(System.nanoTime());
    }

    private void frame(long now) {
        frames++;
        if (meter.tick(now)) {
            framesPerSecond.accept(meter.rate());
        }
        RunSnapshot<D> s = run.latest();
        if (s != shown) {
            shown = s;
            view.accept(s);
        }
    }

    /** The newest snapshot of the run (it may be newer than the one on screen). */
    public RunSnapshot<D> latest() {
        return run.latest();
    }

    /** The snapshot on screen. */
    public RunSnapshot<D> shown() {
        return shown;
    }

    /** Frames the timer has seen (for measuring the frame rate). */
    public long frames() {
        return frames;
    }

    public double framesPerSecond() {
        return meter.rate();
    }

    public void start() {
        run.start();
    }

    public void pause() {
        run.pause();
    }

    public void step() {
        run.step();
    }

    /** Starts, resumes, or goes on training past a finished run's end. */
    public void proceed() {
        run.proceed();
    }

    /** Starts over at step 0 with a new experiment, paused. */
    public void reset(Supplier<? extends Experiment<D>> experiment) {
        recipe.set(Objects.requireNonNull(experiment));
        run.reset();
    }

    /** Runs {@code task} on the training thread between two steps; the caller does not wait. */
    public <T> java.util.concurrent.CompletableFuture<T> inspect(java.util.function.Function<Experiment<D>, T> task) {
        return run.inspect(task);
    }

    /** Whether the newest snapshot shows the run training. */
    public boolean running() {
        return run.latest().state() == RunState.RUNNING;
    }

    /** Sets the learning rate of the run's optimizer of this name ("" for all of them), from the next step. */
    public void setLearningRate(String optimizer, double lr) {
        if (optimizer.isEmpty()) {
            run.setLearningRate(lr);
        } else if (run.latest().learningRates().containsKey(optimizer)) {
            run.setLearningRate(optimizer, lr);
        }
        // an optimizer the run does not have yet (switched on, waiting for Reset) takes its rate at Reset
    }

    public void setMaxStepsPerSecond(double stepsPerSecond) {
        run.setMaxStepsPerSecond(stepsPerSecond);
    }

    public void setSnapshotEvery(int k) {
        run.setSnapshotEvery(k);
    }

    /** Stops the timer and the run's thread. */
    @Override
    public void close() {
        timer.stop();
        run.close();
    }

    /** Waits for the training thread to end after {@link #close()}. */
    public boolean awaitTermination(long millis) throws InterruptedException {
        return run.awaitTermination(millis);
    }
}
