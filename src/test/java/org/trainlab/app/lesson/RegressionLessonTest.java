package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.trainlab.app.AppFixture;
import org.trainlab.app.WindowTest;
import org.trainlab.app.frame.Format;
import org.trainlab.app.frame.LiveRun;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.RegressionView;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.RunState;

/** The Regression lesson driven like a person would: Play, Pause, Step, Reset, keys, a too-large learning rate. */
class RegressionLessonTest extends WindowTest {
    @BeforeEach
    void openRegression() {
        app.select("regression");
    }

    @SuppressWarnings("unchecked")
    private TrainingLesson<RegressionView> lesson() {
        return fx(() -> (TrainingLesson<RegressionView>) app.window().current());
    }

    private LiveRun<RegressionView> live() {
        return fx(() -> lesson().live());
    }

    /** The snapshot on screen. */
    private RunSnapshot<RegressionView> shown() {
        return fx(() -> lesson().live().shown());
    }

    private static String text(FxRobot robot, String id) {
        Label l = AppFixture.node(robot, id);
        return fx(l::getText);
    }

    private static String playText(FxRobot robot) {
        Button play = AppFixture.node(robot, "play");
        return fx(play::getText);
    }

    /** Replaces a field's text by typing, and commits it with Enter. */
    static void typeInto(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        onFx(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
    }

    /** Lets the window draw this many more frames (no clock involved). */
    private void frames(int n) {
        long target = fx(() -> live().frames()) + n;
        waitFor(n + " frames", () -> live().frames() >= target);
    }

    @Test
    void playMakesTheStepCountRiseAndTheLossFall(FxRobot robot) {
        assertEquals(0, shown().step());
        assertEquals("Step 0 / 200", text(robot, "status-step"));
        robot.clickOn("#play");
        waitFor("50 steps on screen", () -> live().shown().step() >= 50);
        RunSnapshot<RegressionView> s = shown();
        float first = s.data().losses().get(0);
        float last = s.data().losses().last();
        assertTrue(last < first, "loss fell from " + first + " to " + last);
        // paused, the picture stops: the status bar then shows exactly the snapshot on screen
        robot.clickOn("#play");
        waitFor("paused", () -> live().shown().state() == RunState.PAUSED);
        frames(5);
        RunSnapshot<RegressionView> p = shown();
        assertEquals("Step " + p.step() + " / 200", text(robot, "status-step"));
        assertEquals("Loss " + Format.loss(p.data().losses().last()), text(robot, "status-metrics"));
        assertTrue(text(robot, "status-metrics").startsWith("Loss 0."), text(robot, "status-metrics"));
        robot.clickOn("#play");
        waitFor("the run to finish", () -> live().shown().state() == RunState.FINISHED);
        assertEquals("finished 200 steps", text(robot, "status-reason"));
        assertEquals("Play", playText(robot));
    }

    @Test
    void pauseStopsStepDoesOneStepResetStartsOver(FxRobot robot) {
        robot.clickOn("#play");
        waitFor("training", () -> live().shown().state() == RunState.RUNNING && live().shown().step() > 5);
        assertEquals("Pause", playText(robot));
        robot.clickOn("#play");
        waitFor("paused", () -> live().shown().state() == RunState.PAUSED);
        long paused = shown().step();
        frames(30);
        assertEquals(paused, live().latest().step(), "no step while paused");

        robot.clickOn("#stepOnce");
        waitFor("one more step", () -> live().shown().step() == paused + 1);
        frames(30);
        assertEquals(paused + 1, live().latest().step());
        assertEquals(RunState.PAUSED, live().latest().state());
        assertEquals("Step " + (paused + 1) + " / 200", text(robot, "status-step"));

        robot.clickOn("#reset");
        waitFor("step 0", () -> live().shown().step() == 0 && live().shown().state() == RunState.READY);
        assertEquals("Step 0 / 200", text(robot, "status-step"));
        assertEquals(0, shown().data().losses().size());
    }

    @Test
    void spaceSAndRDriveTheRun(FxRobot robot) {
        robot.type(KeyCode.S);
        waitFor("a step from S", () -> live().shown().step() == 1);
        robot.type(KeyCode.SPACE);
        waitFor("training from Space", () -> live().shown().state() == RunState.RUNNING);
        robot.type(KeyCode.SPACE);
        waitFor("paused by Space", () -> live().shown().state() == RunState.PAUSED);
        robot.type(KeyCode.R);
        waitFor("reset by R", () -> live().shown().step() == 0 && live().shown().state() == RunState.READY);
    }

    @Test
    void aLearningRateOf50StopsTheRunAndTheWindowStaysResponsive(FxRobot robot) {
        TextField lr = AppFixture.node(robot, "lr-field");
        typeInto(robot, lr, "50");
        waitFor("the learning rate", () -> lesson().page().editing().decimal("lr") == 50);
        robot.clickOn("#play");
        waitFor("the run to fail", () -> live().shown().state() == RunState.FAILED);
        String reason = shown().reason();
        assertTrue(reason.contains("NaN") || reason.contains("infinite"), reason);
        assertEquals(reason, text(robot, "status-reason"));
        Label reasonLabel = AppFixture.node(robot, "status-reason");
        assertTrue(fx(() -> reasonLabel.getStyleClass().contains("reason-failed")));

        // still responsive: a smaller rate and Reset train again
        typeInto(robot, lr, "0.2");
        assertEquals(0.2, fx(() -> lesson().page().editing().decimal("lr")));
        robot.clickOn("#reset");
        waitFor("a fresh run", () -> live().shown().step() == 0 && live().shown().state() == RunState.READY);
        robot.clickOn("#play");
        waitFor("training again", () -> live().shown().step() > 10);
        assertNotEquals(RunState.FAILED, live().latest().state());
    }

    @Test
    void settingsApplyOnResetAndTheCodeFollowsThem(FxRobot robot) {
        String before = fx(() -> lesson().code());
        Label pending = AppFixture.node(robot, "pending");
        assertFalse(fx(pending::isVisible));
        onFx(() -> lesson().page().set("hidden", 23));
        String after = fx(() -> lesson().code());
        assertNotEquals(before, after);
        assertTrue(after.contains("23"), after);
        assertTrue(fx(pending::isVisible), "the hint says Reset applies the change");
        robot.clickOn("#reset");
        waitFor("the hint to go", () -> !pending.isVisible());
    }

    @Test
    void copyPutsTheProgramOnTheClipboardAndSaysSo(FxRobot robot) {
        robot.clickOn("#copyCode");
        String code = fx(() -> lesson().code());
        assertTrue(code.contains("torch.nn.Linear(1, 10)"), code);
        assertEquals(code, fx(() -> Clipboard.getSystemClipboard().getString()));
        NotificationPane note = robot.lookup(".notification-pane").queryAs(NotificationPane.class);
        waitFor("the notification", note::isShowing);
        assertEquals("PyTorch code copied to the clipboard", fx(note::getText));
    }

    @Test
    void everyHyperparameterExplainsItselfInATooltip(FxRobot robot) {
        for (String id : List.of("lr-field", "hidden-field", "activation", "optimizer", "steps-field", "seed-field")) {
            Control c = AppFixture.node(robot, id);
            String tip = fx(() -> c.getTooltip().getText().split("\n")[0]);
            assertTrue(tip.length() > 40 && tip.endsWith("."), id + ": " + tip);
        }
    }
}
