package org.trainlab.app.frame;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.trainlab.app.AppContext;
import org.trainlab.app.Lesson;
import org.trainlab.app.Messages;
import org.trainlab.app.Shortcut;
import org.trainlab.app.settings.Param;
import org.trainlab.lab.Experiment;
import org.trainlab.lab.MetricSource;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.RunState;

/**
 * A lesson that trains, as any {@link TrainingModel} and its charts make it: the shared page, a toolbar
 * (Play/Pause, Step, Reset, speed) and a status bar, over one {@link LiveRun} made when the lesson is first
 * shown. Leaving the lesson pauses the run and keeps it; coming back shows it as it was.
 *
 * <p>Settings apply on Reset, learning rates at once. Play on a finished run goes on training; Play or
 * Step on a failed run says why it cannot go on.
 */
public final class TrainingLesson<D extends MetricSource> implements Lesson {
    private final AppContext context;
    private final Messages messages;
    private final TrainingModel<D> model;
    private final LessonCharts<D> charts;
    private final PageModel page;
    private final LessonPage layout;
    private final TrainingToolbar toolbar;
    private final StatusBar status;
    private final GifRecording recording;
    private final ModelDocument<D> models;
    private LiveRun<D> live;
    /** An opened model's recipe, for a lesson not yet shown (its run is made from it on first showing). */
    private Supplier<? extends Experiment<D>> opened;
    private double speed;
    private int snapshotEvery = 1;
    /** The snapshot on screen at the last once-a-second check, and since when. */
    private RunSnapshot<D> stillSince;
    private long stillAt;

    public TrainingLesson(AppContext context, TrainingModel<D> model, LessonCharts<D> charts) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        this.charts = charts;
        this.page = new PageModel(model, context.data());
        // the settings this lesson had when the app last closed (the Data lesson's describe the shared data sets
        // and are not restored: its file and drawn sources cannot be)
        RememberedSettings.attach(page, context.prefs().lessonSettings(model.id()));
        this.models = model instanceof ModelLesson l ? new ModelDocument<>(this, model, l, page, messages) : null;
        this.layout = new LessonPage(context, page, charts.node());
        this.status = new StatusBar(messages);
        this.speed = model.speeds()[0];
        this.toolbar = new TrainingToolbar(new TrainingToolbar.Actions() {
            @Override
            public void playPause() {
                TrainingLesson.this.playPause();
            }

            @Override
            public void step() {
                TrainingLesson.this.step();
            }

            @Override
            public void reset() {
                TrainingLesson.this.reset();
            }

            @Override
            public void speed(double stepsPerSecond) {
                speed = stepsPerSecond;
                if (live != null) {
                    live.setMaxStepsPerSecond(stepsPerSecond);
                }
            }

            @Override
            public void snapshotEvery(int steps) {
                snapshotEvery = steps;
                if (live != null) {
                    live.setSnapshotEvery(steps);
                }
            }
        }, messages, model.speeds());
        ChartAccessibility.apply(charts.node());
        this.recording = new GifRecording(charts.node(), model.id(), messages, context::notify);
        toolbar.getItems().addAll(new javafx.scene.control.Separator(), recording.view());
        if (models != null) {
            toolbar.showModelButtons();
        }
        layout.setTop(toolbar);
        layout.setBottom(status);
        page.onLiveChange(this::liveChange);
        page.addListener(this::updatePending);
    }

    @Override
    public Node view() {
        return layout.root();
    }

    /** Makes the run on first showing (step 0 with the current settings); afterwards draws it again as it was. */
    @Override
    public void activate() {
        if (live == null) {
            Supplier<? extends Experiment<D>> recipe = opened != null ? opened : model.experiment(page.apply());
            opened = null;
            live = new LiveRun<>(model.id(), recipe, snapshotEvery, this::show, this::everySecond);
            live.setMaxStepsPerSecond(speed);
        } else {
            live.startDrawing();
        }
        updatePending();
    }

    /** Pauses the run and stops drawing; the run keeps its step and state for when the lesson comes back. */
    @Override
    public void deactivate() {
        if (live != null) {
            live.pause();
            live.stopDrawing();
        }
    }

    @Override
    public void close() {
        recording.cancel();
        if (live != null) {
            live.close();
            live = null;
        }
        page.dispose();
        layout.dispose();
    }

    @Override
    public boolean handle(Shortcut shortcut) {
        switch (shortcut) {
            case PLAY_PAUSE -> playPause();
            case STEP -> step();
            case RESET -> reset();
            case UNDO -> {
                return false;
            }
        }
        return true;
    }

    /** Saving and opening this lesson's model, or null when the lesson's model cannot be saved. */
    @Override
    public ModelDocument<D> models() {
        return models;
    }

    /** Starts over at step 0, paused, from an experiment this recipe builds (an opened model). */
    void startFrom(Supplier<? extends Experiment<D>> recipe) {
        if (live == null) {
            opened = recipe;
        } else {
            live.reset(recipe);
        }
        updatePending();
    }

    /** The live run once the lesson has been shown, else null (tests, tools). */
    public LiveRun<D> live() {
        return live;
    }

    public TrainingToolbar toolbar() {
        return toolbar;
    }

    public PageModel page() {
        return page;
    }

    public LessonPage layout() {
        return layout;
    }

    /** The toolbar's GIF recording of the charts. */
    public GifRecording recording() {
        return recording;
    }

    public LessonCharts<D> charts() {
        return charts;
    }

    public String code() {
        return layout.program();
    }

    /** Pauses a training run, starts a ready or paused one, goes on with a finished one, explains a failed one. */
    public void playPause() {
        if (live == null) {
            return;
        }
        RunSnapshot<D> s = live.latest();
        switch (PageModel.play(s.state())) {
            case PAUSE -> live.pause();
            case START, CONTINUE -> live.proceed();
            case EXPLAIN -> explain(s);
        }
    }

    /** One step; on a finished run one step past its end; on a failed run, why it cannot go on. */
    public void step() {
        if (live == null) {
            return;
        }
        RunSnapshot<D> s = live.latest();
        if (!PageModel.canStep(s.state())) {
            explain(s);
            return;
        }
        live.step();
    }

    /** Starts over at step 0 with the edited settings and the current data. */
    public void reset() {
        if (live == null) {
            return;
        }
        String refusal = model.refusalText(page.editing(), messages);
        if (refusal != null) {
            context.notify(refusal);
            status.showRefusal(refusal);
            return;
        }
        status.clearRefusal();
        live.reset(model.experiment(page.apply()));
    }

    private void explain(RunSnapshot<D> s) {
        context.notify(messages.format("run.cannotGoOn", ReasonText.of(s.reason(), messages)));
    }

    private void liveChange(Param p, Object value) {
        if (live != null && p.liveTarget() != null && value instanceof Double lr) {
            live.setLearningRate(p.liveTarget(), lr);
        }
    }

    /** Once a second: the frame rate, and whether a running step has kept the picture still for long. */
    private void everySecond(double framesPerSecond) {
        status.showFramesPerSecond(framesPerSecond);
        RunSnapshot<D> s = live == null ? null : live.shown();
        if (s != null && s.state() == RunState.RUNNING && s == stillSince && s == live.latest()) {
            status.showWorking(s.step() + 1, (System.nanoTime() - stillAt) / 1e9);
        } else if (s != stillSince) {
            stillSince = s;
            stillAt = System.nanoTime();
        }
    }

    private void show(RunSnapshot<D> s) {
        toolbar.showState(s.state());
        status.show(s);
        charts.show(s);
        recording.drawn();
    }

    private void updatePending() {
        boolean p = live != null && page.pending();
        layout.showPending(p);
        toolbar.showPending(p);
    }
}
