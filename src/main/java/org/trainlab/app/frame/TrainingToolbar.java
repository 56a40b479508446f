package org.trainlab.app.frame;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.trainlab.app.Messages;
import org.trainlab.lab.RunState;

/**
 * Play/Pause, Step and Reset, a speed control from one step per frame to full speed, and how often
 * the run publishes a snapshot. It only raises actions; the lesson decides what they do.
 */
public final class TrainingToolbar extends ToolBar {
    /** Speeds the slider offers, in steps per second; the last is full speed. */
    static final double[] SPEEDS = {60, 150, 300, 600, 1500, 3000, Double.POSITIVE_INFINITY};
    /** How often a run may publish a snapshot, in steps. */
    static final java.util.List<Integer> SNAPSHOT_EVERY = java.util.List.of(1, 2, 5, 10, 20, 50, 100, 1000);

    /** What the toolbar's controls ask for. */
    public interface Actions {
        void playPause();

        void step();

        void reset();

        void speed(double stepsPerSecond);

        void snapshotEvery(int steps);
    }

    private final Messages messages;
    private final Button play = new Button();
    private final Button reset;
    private final double[] speeds;
    private final Slider speed;

    public TrainingToolbar(Actions actions, Messages messages) {
        this(actions, messages, SPEEDS);
    }

    /** A toolbar whose speed slider offers these steps per second (the lesson's own, see TrainingModel#speeds). */
    public TrainingToolbar(Actions actions, Messages messages, double[] speeds) {
        this.messages = messages;
        this.speeds = speeds.clone();
        this.speed = new Slider(0, this.speeds.length - 1, 0);
        reset = new Button(messages.text("toolbar.reset"), new FontIcon(MaterialDesignR.RESTORE));
        play.setId("play");
        play.setOnAction(e -> actions.playPause());
        play.setTooltip(new Tooltip(messages.text("toolbar.play.tip")));
        play.getStyleClass().add("play-button");
        play.setMinWidth(90);
        showPlaying(false);

        Button step = new Button(messages.text("toolbar.step"), new FontIcon(MaterialDesignS.STEP_FORWARD));
        step.setId("stepOnce");
        step.setOnAction(e -> actions.step());
        step.setTooltip(new Tooltip(messages.text("toolbar.step.tip")));

        reset.setId("reset");
        reset.setOnAction(e -> actions.reset());
        reset.setTooltip(new Tooltip(messages.text("toolbar.reset.tip")));

        speed.setId("speed");
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setBlockIncrement(1);
        speed.setShowTickMarks(true);
        speed.setPrefWidth(150);
        Label speedLabel = new Label();
        speedLabel.setMinWidth(120);
        speedLabel.setId("speedLabel");
        speed.valueProperty().addListener((obs, old, now) -> {
            int i = (int) Math.round(now.doubleValue());
            speedLabel.setText(speedName(i));
            actions.speed(this.speeds[i]);
        });
        speedLabel.setText(speedName(0));
        Tooltip speedTip = new Tooltip(messages.text("toolbar.speed.tip"));
        speedTip.setWrapText(true);
        speedTip.setMaxWidth(320);
        speed.setTooltip(speedTip);

        ComboBox<Integer> every = new ComboBox<>();
        every.getItems().setAll(SNAPSHOT_EVERY);
        every.setValue(1);
        every.setId("snapshotEvery");
        every.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                actions.snapshotEvery(now);
            }
        });
        Tooltip everyTip = new Tooltip(messages.text("toolbar.snapshotEvery.tip"));
        everyTip.setWrapText(true);
        everyTip.setMaxWidth(320);
        every.setTooltip(everyTip);

        HBox speedBox = new HBox(8, new Label(messages.text("toolbar.speed")), speed, speedLabel);
        speedBox.setAlignment(Pos.CENTER_LEFT);
        HBox everyBox = new HBox(8, new Label(messages.text("toolbar.snapshotEvery")), every,
                new Label(messages.text("toolbar.steps")));
        everyBox.setAlignment(Pos.CENTER_LEFT);
        getItems().addAll(play, step, reset, new Separator(), speedBox, new Separator(), everyBox);
    }

    /**
     * Adds Save model and Open model buttons (for a lesson whose model a file can hold); they raise a
     * {@link ModelFileEvent} for the window to handle.
     */
    void showModelButtons() {
        Button save = new Button(null, new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("toolbar-save-model");
        save.setTooltip(new Tooltip(messages.text("toolbar.saveModel.tip")));
        save.setOnAction(e -> save.fireEvent(new ModelFileEvent(ModelFileEvent.SAVE)));
        Button open = new Button(null, new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.setId("toolbar-open-model");
        open.setTooltip(new Tooltip(messages.text("toolbar.openModel.tip")));
        open.setOnAction(e -> open.fireEvent(new ModelFileEvent(ModelFileEvent.OPEN)));
        getItems().addAll(new Separator(), save, open);
    }

    String speedName(int i) {
        double v = speeds[i];
        if (v == SPEEDS[0]) {
            return messages.text("toolbar.speed.frame");
        }
        if (Double.isInfinite(v)) {
            return messages.text("toolbar.speed.full");
        }
        return v == 1 ? messages.text("toolbar.speed.one")
                : messages.format("toolbar.speed.rate", org.trainlab.app.settings.Param.formatDecimal(v));
    }

    /** Sets the speed slider to its last speed, full speed. */
    public void setFullSpeed() {
        speed.setValue(speeds.length - 1);
    }

    /** Sets the speed slider to one of {@link #SPEEDS} by index (the last is full speed). */
    public void setSpeedIndex(int i) {
        speed.setValue(i);
    }

    /** Shows Pause while the run trains and Play otherwise. */
    void showPlaying(boolean playing) {
        play.setText(messages.text(playing ? "toolbar.pause" : "toolbar.play"));
        play.setGraphic(new FontIcon(playing ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
    }

    /** Marks Reset when changed settings wait for it. */
    void showPending(boolean pending) {
        if (pending) {
            if (!reset.getStyleClass().contains("pending")) {
                reset.getStyleClass().add("pending");
            }
        } else {
            reset.getStyleClass().remove("pending");
        }
    }

    void showState(RunState state) {
        showPlaying(state == RunState.RUNNING);
    }

}
