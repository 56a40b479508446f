package org.trainlab.app.training;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.trainlab.app.AppContext;
import org.trainlab.app.Lesson;
import org.trainlab.app.Shortcut;
import org.trainlab.lab.NetSettings;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.RunState;

/**
 * The frame every training lesson shares: toolbar, hyperparameters, the lesson's charts, the PyTorch
 * code and a status bar, over one {@link LiveRun} that exists only while the lesson is on screen. A
 * lesson supplies its model and its charts; everything else is here.
 *
 * <p>Settings apply on Reset (the learning rate also at once); the code pane follows the settings as
 * they change.
 */
public final class TrainingLesson<D> implements Lesson {
    private static final int DEFAULT_SNAPSHOT_EVERY = 1;

    private final TrainingModel<D> model;
    private final LessonCharts<D> charts;
    private final Hyperparameters hyper;
    private final TrainingToolbar toolbar;
    private final StatusBar status = new StatusBar();
    private final Label pending = new Label("Changed settings apply on Reset (R).");
    private final CodePane code;
    private final BorderPane view = new BorderPane();
    private LiveRun<D> live;
    private NetSettings applied;
    private double speed = TrainingToolbar.SPEEDS[0];
    private int snapshotEvery = DEFAULT_SNAPSHOT_EVERY;
    private boolean dataChanged;

    public TrainingLesson(AppContext context, TrainingModel<D> model, LessonCharts<D> charts) {
        this.model = model;
        this.charts = charts;
        this.hyper = model.hyperparameters();
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
        });
        ObservableValue<String> program = Bindings.createStringBinding(
                () -> model.pytorchCode(hyper.get()), hyper.values());
        this.code = new CodePane(program, () -> context.notify("PyTorch code copied to the clipboard"));

        hyper.lrProperty().addListener((obs, old, now) -> {
            double lr = now.doubleValue();
            if (live != null && lr > 0 && Double.isFinite(lr)) {
                live.setLearningRate(lr);
            }
        });
        hyper.values().addListener((obs, old, now) -> updatePending());
        model.data().addListener(obs -> {
            dataChanged = true;
            updatePending();
        });

        Label settingsTitle = new Label("Hyperparameters");
        settingsTitle.getStyleClass().add("card-title");
        pending.getStyleClass().addAll("pending-hint", Styles.TEXT_SMALL);
        pending.setWrapText(true);
        pending.setId("pending");
        pending.setVisible(false);
        Label data = new Label();
        data.setId("data-description");
        data.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        data.setWrapText(true);
        data.textProperty().bind(Bindings.createStringBinding(
                () -> "Data: " + model.dataDescription() + " (change it in the Data lesson)", model.data()));
        VBox left = new VBox(10, settingsTitle, new HyperparameterPane(hyper), pending, data);
        left.getStyleClass().add("hyperparameters");
        left.setPrefWidth(280);
        left.setMinWidth(230);

        SplitPane center = new SplitPane(charts.node(), code);
        center.setOrientation(Orientation.HORIZONTAL);
        center.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(code, false);
        VBox.setVgrow(center, Priority.ALWAYS);

        view.setTop(toolbar);
        view.setLeft(left);
        view.setCenter(center);
        view.setBottom(status);
    }

    @Override
    public Node view() {
        return view;
    }

    /** Builds a fresh run at step 0 with the current settings and data. */
    @Override
    public void activate() {
        if (live != null) {
            return;
        }
        applied = hyper.get();
        dataChanged = false;
        live = new LiveRun<>(model.runName(), model.experiment(applied), snapshotEvery, this::show,
                status::showFramesPerSecond);
        live.setMaxStepsPerSecond(speed);
        updatePending();
    }

    /** Closes the run: its training thread ends. */
    @Override
    public void deactivate() {
        if (live != null) {
            live.close();
            live = null;
        }
    }

    @Override
    public boolean handle(Shortcut shortcut) {
        switch (shortcut) {
            case PLAY_PAUSE -> playPause();
            case STEP -> step();
            case RESET -> reset();
        }
        return true;
    }

    /** The live run while the lesson is on screen, else null (tests, tools). */
    public LiveRun<D> live() {
        return live;
    }

    public TrainingToolbar toolbar() {
        return toolbar;
    }

    public Hyperparameters hyperparameters() {
        return hyper;
    }

    public String code() {
        return code.code();
    }

    /** Pauses a training run; otherwise starts it, from step 0 with the current settings if it had ended. */
    public void playPause() {
        if (live == null) {
            return;
        }
        RunState state = live.latest().state();
        if (state == RunState.RUNNING) {
            live.pause();
            return;
        }
        if (!state.isActive()) {
            reset();
        }
        live.start();
    }

    public void step() {
        if (live == null) {
            return;
        }
        if (!live.latest().state().isActive()) {
            reset();
        }
        live.step();
    }

    /** Starts over at step 0 with the current settings and data. */
    public void reset() {
        if (live == null) {
            return;
        }
        applied = hyper.get();
        dataChanged = false;
        live.reset(model.experiment(applied));
        updatePending();
    }

    private void show(RunSnapshot<D> s) {
        toolbar.showState(s.state());
        status.show(s, model.loss(s.data()));
        charts.show(s);
    }

    private void updatePending() {
        boolean p = live != null && (dataChanged || (applied != null && !applied.sameNetwork(hyper.get())));
        pending.setVisible(p);
        toolbar.showPending(p);
    }
}
