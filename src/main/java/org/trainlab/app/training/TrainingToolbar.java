package org.trainlab.app.training;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.trainlab.lab.RunState;

/**
 * Play/Pause, Step and Reset, a speed control from one step per frame to full speed, and how often
 * the run publishes a snapshot. It only raises actions; the lesson decides what they do.
 */
public final class TrainingToolbar extends ToolBar {
    /** Speeds the slider offers, in steps per second; the last is full speed. */
    static final double[] SPEEDS = {60, 150, 300, 600, 1500, 3000, Double.POSITIVE_INFINITY};

    /** What the toolbar's controls ask for. */
    public interface Actions {
        void playPause();

        void step();

        void reset();

        void speed(double stepsPerSecond);

        void snapshotEvery(int steps);
    }

    private final Button play = new Button();
    private final Button reset = new Button("Reset", new FontIcon(MaterialDesignR.RESTORE));
    private final Slider speed = new Slider(0, SPEEDS.length - 1, 0);

    public TrainingToolbar(Actions actions) {
        play.setId("play");
        play.setOnAction(e -> actions.playPause());
        play.setTooltip(new Tooltip("Start or pause training (Space)"));
        play.getStyleClass().add("play-button");
        play.setMinWidth(90);
        showPlaying(false);

        Button step = new Button("Step", new FontIcon(MaterialDesignS.STEP_FORWARD));
        step.setId("stepOnce");
        step.setOnAction(e -> actions.step());
        step.setTooltip(new Tooltip("Do exactly one training step, then pause (S)"));

        reset.setId("reset");
        reset.setOnAction(e -> actions.reset());
        reset.setTooltip(new Tooltip("Start over at step 0 with the current settings and data (R)"));

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
            actions.speed(SPEEDS[i]);
        });
        speedLabel.setText(speedName(0));
        Tooltip speedTip = new Tooltip("How fast training runs: from one step per screen frame (60 steps/s), "
                + "to watch every step, up to full speed, as fast as the machine can train.");
        speedTip.setWrapText(true);
        speedTip.setMaxWidth(320);
        speed.setTooltip(speedTip);

        Spinner<Integer> every = Spinners.integer(1, 10_000, 1, 1);
        every.setId("snapshotEvery");
        every.setPrefWidth(90);
        every.valueProperty().addListener((obs, old, now) -> actions.snapshotEvery(now));
        Tooltip everyTip = new Tooltip("The run publishes a picture of its state every this many steps; "
                + "larger values train faster at full speed, smaller ones animate more smoothly.");
        everyTip.setWrapText(true);
        everyTip.setMaxWidth(320);
        every.setTooltip(everyTip);

        HBox speedBox = new HBox(8, new Label("Speed"), speed, speedLabel);
        speedBox.setAlignment(Pos.CENTER_LEFT);
        HBox everyBox = new HBox(8, new Label("Snapshot every"), every, new Label("steps"));
        everyBox.setAlignment(Pos.CENTER_LEFT);
        getItems().addAll(play, step, reset, new Separator(), speedBox, new Separator(), everyBox);
    }

    static String speedName(int i) {
        if (i == 0) {
            return "1 step / frame";
        }
        if (i == SPEEDS.length - 1) {
            return "full speed";
        }
        return (int) SPEEDS[i] + " steps/s";
    }

    /** Sets the speed slider to one of {@link #SPEEDS} by index (the last is full speed). */
    public void setSpeedIndex(int i) {
        speed.setValue(i);
    }

    /** Shows Pause while the run trains and Play otherwise. */
    void showPlaying(boolean playing) {
        play.setText(playing ? "Pause" : "Play");
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
