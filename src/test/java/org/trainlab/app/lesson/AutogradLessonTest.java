package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.trainlab.app.AppFixture;
import org.trainlab.app.WindowTest;
import org.trainlab.app.chart.GraphChart;
import org.trainlab.app.lesson.autograd.AutogradLesson;

/** The Autograd lesson, driven through the window: a typed y redraws the graph, a bad one says where, backward steps. */
class AutogradLessonTest extends WindowTest {
    private AutogradLesson lesson() {
        app.select("autograd");
        return fx(() -> (AutogradLesson) app.window().current());
    }

    private static void replaceText(FxRobot robot, TextField field, String text) {
        AppFixture.scrollIntoView(field);
        robot.clickOn(field);
        onFx(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
    }

    private static List<String> titles(AutogradLesson lesson) {
        return fx(() -> lesson.chart().boxes().stream().map(GraphChart.Box::title).toList());
    }

    @Test
    void theTutorialsVariableAndTheDefaultGraph(FxRobot robot) {
        AutogradLesson lesson = lesson();
        assertEquals(List.of("AddBackward0", "MeanBackward0", "MulBackward0", "PowBackward0", "b", "w", "x"),
                titles(lesson).stream().sorted().toList());
        String code = fx(() -> lesson.page().code());
        assertTrue(code.contains("variable = Variable(tensor, requires_grad=True)"), code);
        assertTrue(code.contains("y = torch.mean((w * x + b) ** 2)"), code);
        assertTrue(fx(() -> robot.lookup("tensor(7.5000, grad_fn=<MeanBackward0>)").tryQuery().isPresent()));
        assertTrue(fx(() -> robot.lookup("tensor([[0.5000, 1.0000],\n        [1.5000, 2.0000]])").tryQuery()
                .isPresent()));
    }

    @Test
    void editingTheExpressionRedrawsTheGraph(FxRobot robot) {
        AutogradLesson lesson = lesson();
        TextField y = AppFixture.node(robot, "field-y");
        replaceText(robot, y, "torch.sigmoid(x).sum() * w");
        assertEquals(List.of("MulBackward0", "SumBackward0", "SigmoidBackward0", "w", "x"), titles(lesson));
        assertTrue(fx(() -> lesson.page().code()).contains("y = torch.sigmoid(x).sum() * w"));

        // b requires grad now, but y does not read it: the graph has no b
        onFx(() -> lesson.page().set("bGrad", true));
        assertFalse(titles(lesson).contains("b"));
        // x without requires_grad: no SigmoidBackward0 or SumBackward0 is recorded
        onFx(() -> lesson.page().set("xGrad", false));
        assertEquals(List.of("MulBackward0", "a number", "w"), titles(lesson).stream()
                .map(t -> t == null ? "a number" : t).toList());
    }

    @Test
    void aMistakeInTheExpressionIsShownWithItsPlaceAndChangesNothing(FxRobot robot) {
        AutogradLesson lesson = lesson();
        List<String> before = titles(lesson);
        TextField y = AppFixture.node(robot, "field-y");
        replaceText(robot, y, "torch.mean(x * * w)");
        Label problem = AppFixture.node(robot, "problem-y");
        assertTrue(fx(problem::isVisible));
        assertEquals("Expected a value at character 16, found '*'.", fx(problem::getText));
        assertEquals(before, titles(lesson));
        assertTrue(fx(() -> lesson.page().code()).contains("y = torch.mean((w * x + b) ** 2)"));

        replaceText(robot, y, "torch.softmax(x)");
        assertEquals("torch.softmax at character 7 is not one of mean, sum, relu, sigmoid, tanh, exp, log, sin, cos, "
                + "abs, sqrt.", fx(problem::getText));

        // parses, but the engine cannot multiply these shapes: said at the operator, the graph gives way to why
        replaceText(robot, y, "(x @ w).sum()");
        assertTrue(fx(problem::isVisible));
        assertTrue(fx(problem::getText).startsWith("y cannot be computed on these leaves: "), fx(problem::getText));
        assertTrue(fx(problem::getText).contains("(at character 4 of y)"), fx(problem::getText));
        assertTrue(titles(lesson).isEmpty());
        // a w that fits brings the graph back
        replaceText(robot, AppFixture.node(robot, "field-w"), "[[1, 0], [0, 1]]");
        assertFalse(fx(problem::isVisible));
        assertEquals(List.of("SumBackward0", "MmBackward0", "x", "w"), titles(lesson));

        replaceText(robot, AppFixture.node(robot, "field-x"), "[[1, 2], [3]]");
        Label xProblem = AppFixture.node(robot, "problem-x");
        assertEquals("Row 2 (at character 10) is not as long as the first; the values shown stay.",
                fx(xProblem::getText));
    }

    @Test
    void backwardStepsFillTheGradients(FxRobot robot) {
        AutogradLesson lesson = lesson();
        GraphChart chart = lesson.chart();
        assertTrue(fx(() -> chart.edges().stream().allMatch(e -> e.grad() == null)));
        assertTrue(fx(() -> chart.boxes().stream().filter(b -> "x".equals(b.title())).findFirst().orElseThrow()
                .grad()).endsWith("None"));
        javafx.scene.Node step = robot.lookup("#backward-step").query();
        AppFixture.scrollIntoView(step);
        robot.clickOn(step);
        assertEquals(1, fx(lesson::shownStep));
        // MeanBackward0 ran: it received 1 and sent 1/4 to PowBackward0
        assertEquals("[[0.25, 0.25], [0.25, 0.25]]", fx(() -> chart.edges().stream().filter(e -> e.grad() != null)
                .findFirst().orElseThrow().grad()));
        assertTrue(fx(() -> chart.boxes().stream().anyMatch(GraphChart.Box::current)));
        // the keys go on while no field has the focus: S steps, R goes back
        onFx(() -> lesson.view().requestFocus());
        robot.type(KeyCode.S).type(KeyCode.S).type(KeyCode.S);
        assertEquals(4, fx(lesson::shownStep));
        assertEquals(".grad = [[3, 5], [7, 9]]", fx(() -> chart.boxes().stream().filter(b -> "x".equals(b.title()))
                .findFirst().orElseThrow().grad()));
        assertEquals(".grad = 35", fx(() -> chart.boxes().stream().filter(b -> "w".equals(b.title()))
                .findFirst().orElseThrow().grad()));
        assertTrue(fx(() -> robot.lookup("#backward-step").query().isDisabled()));
        robot.type(KeyCode.R);
        assertEquals(0, fx(lesson::shownStep));
        // typing S into a field types an s, and steps nothing
        TextField y = AppFixture.node(robot, "field-y");
        robot.clickOn(y);
        robot.type(KeyCode.S);
        assertEquals(0, fx(lesson::shownStep));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theFourPanelsShowPyTorchsMessages(FxRobot robot) {
        lesson();
        assertTrue(fx(() -> robot.lookup((javafx.scene.Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("RuntimeError: Trying to backward through the graph a second time"))
                .tryQuery().isPresent()));
        assertTrue(fx(() -> robot.lookup((javafx.scene.Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("RuntimeError: one of the variables needed for gradient computation has been "
                + "modified by an inplace operation: [torch.FloatTensor []] is at version 1; expected version 0 "
                + "instead. Hint: enable anomaly detection")).tryQuery().isPresent()));
        assertTrue(fx(() -> robot.lookup((javafx.scene.Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("TrainLab's engine says: RuntimeError: one of the variables")).tryQuery()
                .isPresent()));
    }

    @Test
    void chineseWordsAreShown(FxRobot robot) {
        app.setLanguage(Locale.SIMPLIFIED_CHINESE);
        AutogradLesson lesson = lesson();
        assertTrue(fx(() -> robot.lookup("你的 y 和它的计算图").tryQuery().isPresent()));
        assertTrue(fx(() -> robot.lookup("#backward-status").queryAs(Label.class).getText()).startsWith("前向传播完成"));
        assertNull(fx(() -> lesson.chart().edges().get(0).grad()));
    }
}
