package org.trainlab.app.training;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.RunState;

/** Step, loss, training speed, frame rate and why the run stopped. */
public final class StatusBar extends HBox {
    private final Label step = label("status-step");
    private final Label loss = label("status-loss");
    private final Label speed = label("status-speed");
    private final Label state = label("status-state");
    private final Label reason = label("status-reason");
    private final Label fps = label("status-fps");

    public StatusBar() {
        getStyleClass().add("status-bar");
        fps.getStyleClass().add(Styles.TEXT_MUTED);
        state.getStyleClass().add(Styles.TEXT_MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        reason.setMinWidth(0);
        getChildren().addAll(state, step, loss, speed, reason, gap, fps);
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    void show(RunSnapshot<?> s, double lossValue) {
        state.setText(stateName(s.state()));
        step.setText("Step " + s.step() + " / " + s.totalSteps());
        loss.setText(Double.isNaN(lossValue) ? "Loss —" : "Loss " + Format.loss(lossValue));
        speed.setText(String.format("%,.0f steps/s", s.stepsPerSecond()));
        reason.setText(s.reason() == null ? "" : s.reason());
        reason.getStyleClass().removeAll("reason-failed", "reason-finished");
        if (s.state() == RunState.FAILED) {
            reason.getStyleClass().add("reason-failed");
        } else if (s.state() == RunState.FINISHED) {
            reason.getStyleClass().add("reason-finished");
        }
    }

    void showFramesPerSecond(double rate) {
        fps.setText(String.format("%.0f fps", rate));
    }

    private static String stateName(RunState s) {
        return switch (s) {
            case READY -> "Ready";
            case RUNNING -> "Training";
            case PAUSED -> "Paused";
            case FINISHED -> "Finished";
            case STOPPED -> "Stopped";
            case FAILED -> "Failed";
        };
    }
}
