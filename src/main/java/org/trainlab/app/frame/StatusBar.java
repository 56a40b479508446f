package org.trainlab.app.frame;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.trainlab.app.Messages;
import org.trainlab.lab.Metric;
import org.trainlab.lab.MetricSource;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.RunState;

/** The run's state and step, whatever numbers its snapshot reports, the training speed, the frame rate, and why it stopped. */
public final class StatusBar extends HBox {
    private final Messages messages;
    private final Label step = label("status-step");
    private final Label metrics = label("status-metrics");
    private final Label speed = label("status-speed");
    private final Label state = label("status-state");
    /** Why the last Reset was refused, or null. */
    private String refusal;
    private final Label reason = label("status-reason");
    private final Label fps = label("status-fps");

    public StatusBar(Messages messages) {
        this.messages = messages;
        getStyleClass().add("status-bar");
        fps.getStyleClass().add(Styles.TEXT_MUTED);
        state.getStyleClass().add(Styles.TEXT_MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        reason.setMinWidth(0);
        metrics.setMinWidth(0);
        getChildren().addAll(state, step, metrics, speed, reason, gap, fps);
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    void show(RunSnapshot<? extends MetricSource> s) {
        state.setText(messages.text("state." + s.state().name().toLowerCase(java.util.Locale.ROOT)));
        step.setText(messages.format("status.step", s.step(), s.totalSteps()));
        List<Metric> all = s.data().metrics();
        StringBuilder text = new StringBuilder();
        for (Metric m : all) {
            text.append(text.length() == 0 ? "" : " · ").append(MetricText.of(m, messages));
        }
        metrics.setText(text.toString());
        String rate = String.format("%,.0f", s.stepsPerSecond());
        speed.setText(rate.equals("1") ? messages.text("toolbar.speed.one") : messages.format("status.speed", rate));
        reason.setText(ReasonText.of(s.reason(), messages));
        reason.getStyleClass().removeAll("reason-failed", "reason-finished");
        if (s.reason() == null && refusal != null) { // the run has nothing to say: why the last Reset was refused
            reason.setText(refusal);
            reason.getStyleClass().add("reason-failed");
        } else if (s.state() == RunState.FAILED) {
            reason.getStyleClass().add("reason-failed");
        } else if (s.state() == RunState.FINISHED) {
            reason.getStyleClass().add("reason-finished");
        }
    }

    /** Why the last Reset was refused (a network that does not fit), shown until a Reset succeeds. */
    void showRefusal(String why) {
        refusal = why;
        reason.setText(why);
        reason.getStyleClass().removeAll("reason-failed", "reason-finished");
        reason.getStyleClass().add("reason-failed");
    }

    /**
     * A step that takes long (a large data set, a wide net): the step being computed and for how long, in
     * place of a speed that reads 0 until the step ends. The next snapshot shows the speed again.
     */
    void showWorking(long nextStep, double seconds) {
        speed.setText(messages.format("status.working", nextStep, String.format("%.0f", seconds)));
    }

    /** A Reset went through: no refusal to show any more. */
    void clearRefusal() {
        refusal = null;
    }

    void showFramesPerSecond(double rate) {
        fps.setText(messages.format("status.fps", String.format("%.0f", rate)));
    }
}
