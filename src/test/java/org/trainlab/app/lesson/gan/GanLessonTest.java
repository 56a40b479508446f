package org.trainlab.app.lesson.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.trainlab.app.AppFixture;
import org.trainlab.app.WindowTest;
import org.trainlab.app.frame.LiveRun;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.GanExperiment;
import org.trainlab.lab.GanView;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.RunState;

/** The GAN lesson driven through the window: its controls, the update order switch, and the idea explorer. */
class GanLessonTest extends WindowTest {
    @BeforeEach
    void openGan() {
        app.select("gan");
    }

    @SuppressWarnings("unchecked")
    private TrainingLesson<GanView> lesson() {
        return fx(() -> (TrainingLesson<GanView>) app.window().current());
    }

    private LiveRun<GanView> live() {
        return fx(() -> lesson().live());
    }

    private GanCharts charts() {
        return fx(() -> (GanCharts) lesson().charts());
    }

    private RunSnapshot<GanView> shown() {
        return fx(() -> lesson().live().shown());
    }

    private void trainTo(long steps) {
        onFx(() -> lesson().playPause());
        waitFor(steps + " steps on screen", () -> live().shown().step() >= steps);
        onFx(() -> lesson().playPause());
        waitFor("paused", () -> live().shown().state() == RunState.PAUSED);
    }

    /** Chooses a value in one of the form's choice boxes, as a person would with the mouse. */
    private static void choose(FxRobot robot, String id, String shownText) {
        ComboBox<?> box = AppFixture.node(robot, id);
        robot.clickOn(box);
        robot.clickOn(shownText);
    }

    @Test
    void playPaintsTheBandPaintingsAndDsNumbersAsTheTutorialWritesThem(FxRobot robot) {
        assertEquals(0, shown().step());
        assertEquals(List.of(), fx(() -> charts().paintingChart().texts()), "no numbers before the first step");
        trainTo(30);
        RunSnapshot<GanView> s = shown();
        List<String> texts = fx(() -> charts().paintingChart().texts());
        assertEquals(String.format("D accuracy=%.2f (0.5 for D to converge)", s.data().dAccuracy()), texts.get(0));
        assertEquals(String.format("D score= %.2f (-1.38 for G to converge)", s.data().dScore()), texts.get(1));
        // the two bounds, three of the artist's paintings and six of G's, the bold one last
        assertEquals(2 + 3 + 6, fx(() -> charts().paintingChart().lines().size()));
        assertEquals(3.0, fx(() -> charts().paintingChart().lines().get(10).width()));
        assertArrayEquals(s.data().paintings()[0], fx(() -> charts().paintingChart().lines().get(10).y()));
        assertEquals(s.step(), s.data().dAccuracies().size());
        Label metrics = AppFixture.node(robot, "status-metrics");
        assertTrue(fx(metrics::getText).startsWith("D accuracy "), fx(metrics::getText));
    }

    @Test
    void eachLearningRateGoesToItsOwnNetAtOnce(FxRobot robot) {
        onFx(() -> lesson().playPause());
        waitFor("training", () -> live().shown().step() > 5);
        onFx(() -> lesson().page().set("lrD", 0.002));
        waitFor("D's new learning rate in the run",
                () -> live().latest().learningRates().get("D") == 0.002);
        assertEquals(1e-4, live().latest().learningRates().get("G"), "G keeps its own");
        assertEquals(RunState.RUNNING, live().latest().state(), "no Reset needed");
        assertFalse(fx(() -> lesson().page().pending()));
    }

    @Test
    void theTutorialsOrderShowsPyTorchsErrorInTheWindowAndTheAppGoesOn(FxRobot robot) {
        Node error = AppFixture.node(robot, "gan-error");
        assertFalse(fx(error::isVisible));
        choose(robot, "order", "Tutorial's original (fails)");
        assertTrue(fx(() -> lesson().code()).contains("D_loss.backward(retain_graph=True)"), "the code follows");
        robot.clickOn("#reset");
        robot.clickOn("#play");
        waitFor("the run to fail", () -> live().shown().state() == RunState.FAILED);
        assertTrue(fx(error::isVisible));
        Label reason = AppFixture.node(robot, "gan-error-reason");
        assertTrue(fx(reason::getText).contains("one of the variables needed for gradient computation has been "
                + "modified by an inplace operation"), fx(reason::getText));
        // the app is alive: another lesson trains, and coming back shows the error as it was
        app.select("regression");
        app.select("gan");
        assertTrue(fx(error::isVisible));
        choose(robot, "order", "Corrected (G first)");
        robot.clickOn("#reset");
        waitFor("a fresh run", () -> live().shown().state() == RunState.READY);
        assertFalse(fx(error::isVisible));
        trainTo(10);
        assertEquals(RunState.PAUSED, shown().state());
    }

    @Test
    void theExplorerPaintsFromTheSnapshotAtOnceEvenWhilePaused(FxRobot robot) {
        trainTo(50);
        IdeaExplorer explorer = fx(() -> charts().explorer());
        GanView v = shown().data();
        long pausedAt = live().latest().step();
        float[] before = fx(explorer::painted);
        assertArrayEquals(v.painter().paint(fx(explorer::ideas), 0), before, "painted from the snapshot's G");
        Slider first = AppFixture.node(robot, "idea-0");
        onFx(() -> first.setValue(first.getValue() > 0 ? -2.5 : 2.5));
        float[] after = fx(explorer::painted);
        assertFalse(Arrays.equals(before, after), "the painting follows the slider without a new step");
        assertArrayEquals(v.painter().paint(fx(explorer::ideas), 0), after);
        assertEquals(pausedAt, live().latest().step(), "no training happened");
        assertEquals(5, robot.lookup(".slider").queryAll().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("idea-")).count(), "one slider per idea");
        robot.clickOn("#ideas-random");
        assertFalse(Arrays.equals(after, fx(explorer::painted)), "new ideas, new painting");
    }

    @Test
    void theConditionalGanAsksForEitherHalfOfTheBand(FxRobot robot) {
        choose(robot, "kind", "Conditional GAN (label 0/1)");
        robot.clickOn("#reset");
        trainTo(20);
        assertEquals(GanExperiment.Labels.HALVES, shown().data().labels());
        assertEquals(2, shown().data().verdicts().length, "D's verdict for each label");
        IdeaExplorer explorer = fx(() -> charts().explorer());
        RadioButton upper = AppFixture.node(robot, "label-1");
        float[] lower = fx(explorer::painted);
        robot.clickOn(upper);
        assertEquals(1f, fx(explorer::label));
        float[] upperPainting = fx(explorer::painted);
        assertFalse(Arrays.equals(lower, upperPainting));
        assertArrayEquals(shown().data().painter().paint(fx(explorer::ideas), 1), upperPainting);

        choose(robot, "kind", "Continuous label (a − 1)");
        robot.clickOn("#reset");
        trainTo(5);
        Slider label = AppFixture.node(robot, "label-slider");
        assertNotNull(label);
        onFx(() -> label.setValue(0.9));
        assertEquals(0.9f, fx(explorer::label), 1e-6);
        assertArrayEquals(shown().data().painter().paint(fx(explorer::ideas), 0.9f), fx(explorer::painted));
    }

    @Test
    void settingsOfTheNetsWaitForResetAndMakeTheRunTheyDescribe(FxRobot robot) {
        onFx(() -> lesson().page().setAll(Map.of("ideas", 3, "points", 20, "batch", 16, "optimizerG", "sgd")));
        assertTrue(fx(() -> lesson().page().pending()));
        String code = fx(() -> lesson().code());
        assertTrue(code.contains("N_IDEAS = 3"), code);
        assertTrue(code.contains("ART_COMPONENTS = 20"), code);
        assertTrue(code.contains("opt_G = torch.optim.SGD(G.parameters(), lr=LR_G)"), code);
        robot.clickOn("#reset");
        trainTo(3);
        GanView v = shown().data();
        assertEquals(20, v.paintPoints().length);
        assertEquals(3, v.painter().ideas());
        assertEquals(3, robot.lookup(".slider").queryAll().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("idea-")).count(), "sliders follow N_IDEAS");
    }
}
