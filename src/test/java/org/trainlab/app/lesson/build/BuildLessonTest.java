package org.trainlab.app.lesson.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.trainlab.app.AppFixture;
import org.trainlab.app.WindowTest;
import org.trainlab.app.frame.NumberField;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.BuildView;
import org.trainlab.lab.RegressionExperiment;
import org.trainlab.lab.RegressionView;
import org.trainlab.lab.RunState;

/** The Build lesson driven like a person would: the builder, the editor, files, and its nets in another lesson. */
class BuildLessonTest extends WindowTest {
    @TempDir
    Path dir;

    @BeforeEach
    void openBuild() {
        app.select("build");
    }

    @SuppressWarnings("unchecked")
    private TrainingLesson<BuildView> lesson() {
        return fx(() -> (TrainingLesson<BuildView>) app.window().current());
    }

    private BuildCharts charts() {
        return fx(() -> (BuildCharts) lesson().charts());
    }

    private String printed() {
        return fx(() -> charts().builder().printed());
    }

    @Test
    void addingMovingAndRemovingALayerChangesWhatPyTorchPrints(FxRobot robot) {
        assertTrue(printed().contains("(1): ReLU()"), printed());
        ComboBox<String> kind = AppFixture.node(robot, "builder-kind");
        onFx(() -> kind.setValue("Tanh"));
        robot.clickOn("#builder-add");
        waitFor("a fourth layer", () -> charts().layers().size() == 4);
        assertTrue(printed().contains("(3): Tanh()"), printed());
        assertTrue(fx(() -> charts().builder().code()).contains("nn.Tanh(),\n)"));
        // the focus stays on the new row, so the keyboard goes on from there: Up moves it one place up
        robot.clickOn("#layer-3-up");
        waitFor("Tanh one place up", () -> printed().contains("(2): Tanh()"));
        assertTrue(printed().contains("(3): Linear(in_features=10, out_features=1, bias=True)"), printed());
        robot.clickOn("#layer-2-remove");
        waitFor("Tanh removed", () -> !printed().contains("Tanh"));
        assertEquals("Sequential(Linear(1, 10), ReLU(), Linear(10, 1))", fx(() -> lesson().page().code()
                .contains("torch.nn.ReLU()") ? app.window().context().nets().net2().text() : ""));
    }

    @Test
    void aLinearWhoseInputDoesNotFitIsMarkedWithTheReason(FxRobot robot) {
        NumberField in = AppFixture.node(robot, "layer-2-in_features");
        TextField field = in.textField();
        robot.clickOn(field);
        onFx(field::selectAll);
        robot.write("5").type(KeyCode.ENTER);
        Label problem = AppFixture.node(robot, "layer-2-problem");
        waitFor("the mark", problem::isVisible);
        assertEquals("in_features is 5, but the layer before gives 10 features", fx(problem::getText));
        assertTrue(fx(() -> charts().builder().status()).startsWith("1 layer(s) do not fit"));
        // a value no layer takes is refused in the field and changes nothing
        robot.clickOn(field);
        onFx(field::selectAll);
        robot.write("0").type(KeyCode.ENTER);
        assertEquals("A size is a whole number from 1 to 4096", fx(() -> in.problemProperty().get()));
        assertTrue(printed().contains("(2): Linear(in_features=5, out_features=1, bias=True)"), printed());
    }

    @Test
    void anEditorErrorIsMarkedAtItsLineAndColumn() {
        String bad = """
                import torch.nn as nn


                class Net(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.hidden = nn.Linear(1, 10)
                        self.conv = nn.Conv2d(1, 10, 3)

                    def forward(self, x):
                        return self.hidden(x)


                net = Net()
                """;
        String before = fx(() -> app.window().context().nets().net1().source());
        onFx(() -> charts().showInEditor(bad));
        String message = fx(() -> ((Label) charts().editor().node().lookup("#editor-message")).getText());
        assertTrue(message.startsWith("Line 8, column "), message);
        assertTrue(message.contains("Conv2d"), message);
        int mark = fx(() -> charts().editor().markFrom());
        assertTrue(mark >= 0, "a marked span");
        assertEquals(7, fx(() -> charts().editor().area().offsetToPosition(mark,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()), "on line 8");
        assertEquals(before, fx(() -> app.window().context().nets().net1().source()), "net1 keeps its last valid form");
        // Convert to class writes net2 as a class, which the editor accepts
        onFx(() -> ((javafx.scene.control.Button) charts().tabs().lookup("#editor-convert")).fire());
        assertTrue(fx(() -> charts().editor().text()).contains("self.fc1 = nn.Linear(1, 10)"));
        assertEquals(-1, (int) fx(() -> charts().editor().markFrom()));
        assertTrue(fx(() -> app.window().context().nets().net1().source()).contains("self.fc2"));
    }

    @Test
    void theNetworkTabDrawsBothNetsLive(FxRobot robot) {
        onFx(() -> charts().tabs().getSelectionModel().select(3));
        onFx(lesson()::step);
        waitFor("step 1 on screen", () -> lesson().live().shown().step() == 1);
        org.trainlab.app.chart.NetworkChart net1 = AppFixture.node(robot, "network-chart-net1");
        org.trainlab.app.chart.NetworkChart net2 = AppFixture.node(robot, "network-chart-net2");
        assertEquals(lesson().live().shown().data().network1(), fx(net1::picture));
        assertEquals(lesson().live().shown().data().network2(), fx(net2::picture));
        assertEquals(fx(() -> net1.picture().layers().size()), fx(() -> net2.picture().layers().size()),
                "the class and the Sequential are drawn with the same layers");
    }

    @Test
    void keysTypedInTheEditorAreCodeNotShortcuts(FxRobot robot) {
        onFx(() -> charts().tabs().getSelectionModel().select(1));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            charts().editor().area().requestFocus();
            charts().editor().area().moveTo(0);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.write("# srs ");
        waitFor("the text typed", () -> charts().editor().text().startsWith("# srs "));
        assertEquals(0, lesson().live().latest().step(), "S typed in the editor is not Step");
        assertEquals(RunState.READY, lesson().live().latest().state(), "Space typed in the editor is not Play");
    }

    @Test
    void aBadFileIsADialogAndTheEditorIsUnchangedAGoodOneSavesAndOpens() throws Exception {
        Path bad = dir.resolve("bad.py");
        Files.writeString(bad, "import torch\n\nclass Net(torch.nn.Module):\n    def forward(self, x):\n"
                + "        return x.frobnicate()\n");
        String before = fx(() -> charts().editor().text());
        assertFalse(fx(() -> charts().files().open(bad)));
        String dialog = fx(() -> charts().files().dialog().getContentText());
        assertTrue(dialog.contains("bad.py") && dialog.contains("line 5, column"), dialog);
        onFx(() -> charts().files().dialog().close());
        assertEquals(before, fx(() -> charts().editor().text()));

        Path good = dir.resolve("net.py");
        assertTrue(fx(() -> charts().files().save(good)));
        assertEquals(before, Files.readString(good, StandardCharsets.UTF_8));
        onFx(() -> charts().showInEditor("# nothing\n"));
        assertTrue(fx(() -> charts().files().open(good)));
        assertEquals(before, fx(() -> charts().editor().text()));
    }

    @Test
    void theBuiltNetTrainsInTheRegressionLessonAndOneThatDoesNotFitIsRefused(FxRobot robot) throws Exception {
        ComboBox<String> kind = AppFixture.node(robot, "builder-kind");
        onFx(() -> kind.setValue("Tanh"));
        robot.clickOn("#builder-add");
        waitFor("net2 with a Tanh", () -> app.window().context().nets().net2().text().contains("Tanh"));
        // the Sequential ends 1 → 10 → 1, then Tanh: it still takes 1 feature to 1 value
        app.select("regression");
        @SuppressWarnings("unchecked")
        TrainingLesson<RegressionView> regression = fx(() -> (TrainingLesson<RegressionView>) app.window().current());
        onFx(() -> regression.page().set("network", "net2"));
        onFx(regression::reset);
        waitFor("the run rebuilt", () -> regression.live().latest().state() == RunState.READY);
        String net = regression.live().inspect(e -> ((RegressionExperiment) e).net().toString()).get();
        assertTrue(net.contains("(3): Tanh()"), net);
        String code = fx(regression::code);
        assertTrue(code.contains("torch.nn.Tanh()"), code);

        // net2 takes 1 feature: the classification set has 2, so Reset is refused and the run stays as it was
        app.select("classification");
        @SuppressWarnings("unchecked")
        TrainingLesson<?> classification = fx(() -> (TrainingLesson<?>) app.window().current());
        onFx(classification::step);
        waitFor("one step on screen", () -> classification.live().shown().step() == 1);
        onFx(() -> classification.page().set("network", "net2"));
        onFx(classification::reset);
        Label reason = fx(() -> (Label) classification.view().lookup("#status-reason"));
        String text = fx(reason::getText);
        assertTrue(text.startsWith("net2 = Sequential(") && text.contains("cannot train here"), text);
        assertEquals(1, classification.live().latest().step(), "nothing lost");
        // the refusal stays said while the run shows new pictures, until a Reset goes through
        onFx(classification::step);
        waitFor("two steps on screen", () -> classification.live().shown().step() == 2);
        assertEquals(text, fx(reason::getText));
        onFx(() -> classification.page().set("network", "default"));
        onFx(classification::reset);
        waitFor("step 0 on screen", () -> classification.live().shown().step() == 0);
        assertFalse(fx(reason::getText).contains("cannot train here"));
    }
}
