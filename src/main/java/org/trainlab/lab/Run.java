package org.trainlab.lab;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Drives an experiment on its own background thread: start, pause, resume, single step, stop, reset,
 * and a new learning rate while it runs. Every {@code snapshotEvery} steps, but no more than 100 times
 * a second, and on every change of state and every single step, it publishes a {@link RunSnapshot}: {@link #latest()} always holds the newest, and each
 * listener receives snapshots on its own thread, latest-wins, so a slow listener sees fewer snapshots
 * and never slows training.
 *
 * <p>All commands are queued to the training thread, which alone touches the experiment: callers
 * never wait for training and the experiment needs no locks. The same factory and seed give the same
 * snapshots.
 */
public final class Run<D> implements AutoCloseable {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /**
     * While running, snapshots are published at most this often (100 a second, more than a screen shows),
     * so describing the experiment never takes a noticeable share of training time at full speed.
     */
    private static final long MIN_PUBLISH_INTERVAL_NANOS = NANOS_PER_SECOND / 100;

    private final Supplier<? extends Experiment<D>> factory;
    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<RunSnapshot<D>> latest = new AtomicReference<>();
    private final List<Mailbox<D>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private final SpeedMeter speed = new SpeedMeter();

    // Touched only by the training thread.
    private Experiment<D> experiment;
    private RunState state = RunState.READY;
    private String reason;
    private boolean closed;
    /** Steps added beyond the experiment's own length by continuing a finished run. */
    private long extraSteps;

    private volatile int snapshotEvery;
    private volatile double maxStepsPerSecond = Double.POSITIVE_INFINITY;
    private long nextStepAtNanos;
    private long lastPublishNanos;

    public Run(String name, Supplier<? extends Experiment<D>> factory, int snapshotEvery) {
        this(name, factory, snapshotEvery, Thread.ofPlatform().daemon().factory());
    }

    public Run(String name, Supplier<? extends Experiment<D>> factory, int snapshotEvery, ThreadFactory threads) {
        this.factory = Objects.requireNonNull(factory);
        setSnapshotEvery(snapshotEvery);
        this.experiment = factory.get();
        publish();
        this.thread = threads.newThread(this::loop);
        thread.setName("trainlab-run-" + name);
        thread.start();
    }

    // ---------------------------------------------------------------- commands (any thread, never blocking)

    /** Starts or resumes training at the set speed. */
    public void start() {
        command(() -> {
            if (state == RunState.READY || state == RunState.PAUSED) {
                setState(RunState.RUNNING, null);
                speed.restart();
                nextStepAtNanos = System.nanoTime();
            }
        });
    }

    public void resume() {
        start();
    }

    /**
     * Goes on training: like {@link #start()}, and on a finished run it adds the experiment's length again
     * (a 200-step run finished at 200 trains on to 400). A failed or stopped run stays as it is.
     */
    public void proceed() {
        command(() -> {
            if (state == RunState.FINISHED) {
                extraSteps += experiment.totalSteps();
                state = RunState.PAUSED;
            }
            if (state == RunState.READY || state == RunState.PAUSED) {
                setState(RunState.RUNNING, null);
                speed.restart();
                nextStepAtNanos = System.nanoTime();
            }
        });
    }

    public void pause() {
        command(() -> {
            if (state == RunState.RUNNING) {
                setState(RunState.PAUSED, null);
            }
        });
    }

    /** Does exactly one step (pausing a running run first; going past a finished run's end), then publishes. */
    public void step() {
        command(() -> {
            if (state == RunState.FINISHED) {
                extraSteps += experiment.totalSteps();
                state = RunState.PAUSED;
            }
            if (state == RunState.RUNNING || state == RunState.READY) {
                state = RunState.PAUSED;
            }
            if (state == RunState.PAUSED) {
                doStep();
                publish();
            }
        });
    }

    /** Ends training for good; {@link #reset()} starts over. */
    public void stop() {
        command(() -> {
            if (state.isActive()) {
                setState(RunState.STOPPED, "stopped by the user at step " + experiment.steps());
            }
        });
    }

    /** Rebuilds the experiment from its factory (same settings, same seed) and waits at step 0. */
    public void reset() {
        command(() -> {
            experiment = factory.get();
            extraSteps = 0;
            speed.restart();
            setState(RunState.READY, null);
        });
    }

    /** Sets every optimizer's learning rate; takes effect from the next step, even while running. */
    public void setLearningRate(double lr) {
        checkLearningRate(lr);
        command(() -> {
            experiment.setLearningRate(lr);
            publish();
        });
    }

    /**
     * Sets the learning rate of the optimizer registered as {@code name} (a key of the snapshots'
     * {@link RunSnapshot#learningRates()}); takes effect from the next step, even while running.
     *
     * @throws IllegalArgumentException for a learning rate PyTorch refuses, or a name the experiment lacks
     */
    public void setLearningRate(String name, double lr) {
        checkLearningRate(lr);
        if (!latest().learningRates().containsKey(name)) {
            throw new IllegalArgumentException("no optimizer named '" + name + "' (there are: "
                    + String.join(", ", latest().learningRates().keySet()) + ")");
        }
        command(() -> {
            experiment.setLearningRate(name, lr);
            publish();
        });
    }

    private static void checkLearningRate(double lr) {
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("Invalid learning rate: " + lr);
        }
    }

    /** Publish a snapshot every k steps (k ≥ 1). */
    public void setSnapshotEvery(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("snapshot interval must be at least 1 step, got " + k);
        }
        snapshotEvery = k;
    }

    /** Caps the training speed; infinity means full speed. */
    public void setMaxStepsPerSecond(double stepsPerSecond) {
        if (!(stepsPerSecond > 0)) {
            throw new IllegalArgumentException("steps per second must be positive, got " + stepsPerSecond);
        }
        maxStepsPerSecond = stepsPerSecond;
    }

    /**
     * Runs {@code task} on the training thread between two steps (so it sees the experiment whole, never
     * mid-step) and completes the future with its result or its exception. The caller does not wait.
     */
    public <T> CompletableFuture<T> inspect(Function<Experiment<D>, T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        command(() -> {
            try {
                result.complete(task.apply(experiment));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Stops the training thread and the listeners' threads; the run cannot be used afterwards. */
    @Override
    public void close() {
        command(() -> closed = true);
        for (Mailbox<D> m : listeners) {
            m.close();
        }
        listeners.clear();
    }

    /** Waits for the training thread to end after {@link #close()} (tests, shutdown). */
    public boolean awaitTermination(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    private void command(Runnable c) {
        commands.add(c);
    }

    // ---------------------------------------------------------------- observing

    /** The newest snapshot; never null. */
    public RunSnapshot<D> latest() {
        return latest.get();
    }

    /**
     * Delivers snapshots to {@code listener} on a thread of its own, newest first and coalesced: while
     * the listener is busy, newer snapshots replace older undelivered ones. Returns a handle that
     * unsubscribes.
     */
    public AutoCloseable subscribe(Consumer<RunSnapshot<D>> listener) {
        Mailbox<D> box = new Mailbox<>(listener, thread.getName() + "-listener");
        listeners.add(box);
        box.offer(latest.get());
        return () -> {
            listeners.remove(box);
            box.close();
        };
    }

    // ---------------------------------------------------------------- the training thread

    private void loop() {
        try {
            while (!closed) {
                Runnable c = state == RunState.RUNNING ? commands.poll() : commands.poll(50, TimeUnit.MILLISECONDS);
                if (c != null) {
                    c.run();
                    continue;
                }
                if (state == RunState.RUNNING) {
                    if (!throttle()) {
                        continue; // not yet time: answer commands (Pause) while waiting
                    }
                    doStep();
                    if (state == RunState.RUNNING && experiment.steps() % snapshotEvery == 0
                            && System.nanoTime() - lastPublishNanos >= MIN_PUBLISH_INTERVAL_NANOS) {
                        publish();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits (at most 50 ms at a time) for the next step's turn; returns whether it has come. */
    private boolean throttle() throws InterruptedException {
        double cap = maxStepsPerSecond;
        if (Double.isInfinite(cap)) {
            return true;
        }
        long interval = (long) (NANOS_PER_SECOND / cap);
        long now = System.nanoTime();
        if (nextStepAtNanos > now) {
            long wait = nextStepAtNanos - now;
            TimeUnit.NANOSECONDS.sleep(Math.min(wait, 50_000_000L));
            if (System.nanoTime() < nextStepAtNanos) {
                return false;
            }
        }
        nextStepAtNanos = Math.max(nextStepAtNanos + interval, System.nanoTime() - NANOS_PER_SECOND / 10);
        return true;
    }

    /** Where the run finishes: the experiment's length plus any continuation. */
    private long limit() {
        return experiment.totalSteps() + extraSteps;
    }

    private void doStep() {
        if (experiment.steps() >= limit()) {
            setState(RunState.FINISHED, "finished " + limit() + " steps");
            return;
        }
        double loss;
        try {
            loss = experiment.step();
        } catch (RuntimeException e) {
            setState(RunState.FAILED, "step " + (experiment.steps() + 1) + " failed: " + e.getMessage());
            return;
        }
        speed.tick();
        if (Double.isNaN(loss) || Double.isInfinite(loss)) {
            setState(RunState.FAILED, "loss became " + (Double.isNaN(loss) ? "NaN" : "infinite") + " at step "
                    + experiment.steps() + "; try a smaller learning rate");
        } else if (experiment.steps() >= limit()) {
            setState(RunState.FINISHED, "finished " + limit() + " steps");
        }
    }

    private void setState(RunState next, String why) {
        state = next;
        reason = why;
        publish();
    }

    private void publish() {
        lastPublishNanos = System.nanoTime();
        RunSnapshot<D> s = new RunSnapshot<>(experiment.steps(), limit(), state, reason,
                speed.stepsPerSecond(), experiment.learningRate(), experiment.learningRates(), experiment.describe());
        latest.set(s);
        for (Mailbox<D> m : listeners) {
            m.offer(s);
        }
    }
}
