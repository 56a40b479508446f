package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.trainlab.app.AppFixture;
import org.trainlab.app.DataSets;
import org.trainlab.app.WindowTest;
import org.trainlab.app.chart.ChartPane;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.app.lesson.data.DataLesson;
import org.trainlab.lab.DataOrigin;

/** Drawing a data set with the mouse: click, drag, right-click, Alt-click, undo, clear; the lessons train on it. */
class DataDrawingTest extends WindowTest {
    @BeforeEach
    void openData() {
        app.select("data");
    }

    private DataLesson lesson() {
        return fx(() -> (DataLesson) app.window().current());
    }

    private DataSets sets() {
        return fx(() -> app.window().context().data());
    }

    /** A point of a chart's plot area, as a fraction of its width and height, in screen coordinates. */
    private static Point2D at(ChartPane chart, double fx, double fy) {
        return fx(() -> {
            var b = chart.localToScreen(chart.getBoundsInLocal());
            // the plot area leaves margins for axes and title; stay well inside it
            return new Point2D(b.getMinX() + 70 + (b.getWidth() - 100) * fx, b.getMinY() + 40 + (b.getHeight() - 90) * fy);
        });
    }

    /** Clicks a control of the settings column, scrolled into view first as a user would. */
    private static void clickScrolled(FxRobot robot, String id) {
        javafx.scene.Node n = AppFixture.node(robot, id);
        onFx(() -> AppFixture.scrollIntoView(n));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(n);
    }

    @Test
    void clickingAddsAPointDraggingAStrokeRightClickRemovesAndUndoGoesBack(FxRobot robot) {
        ChartPane chart = AppFixture.node(robot, "regression-preview");
        int before = sets().regression().size();
        robot.moveTo(at(chart, 0.5, 0.2)).clickOn(MouseButton.PRIMARY);
        waitFor("one more point", () -> sets().regression().size() == before + 1);
        assertTrue(sets().regressionOrigin() instanceof DataOrigin.Drawn, "the set is now drawn");
        assertEquals("drawn", fx(() -> lesson().page().editing().choice("regressionSource")));

        robot.moveTo(at(chart, 0.1, 0.1)).press(MouseButton.PRIMARY).moveTo(at(chart, 0.9, 0.1))
                .release(MouseButton.PRIMARY);
        waitFor("a stroke of points", () -> sets().regression().size() > before + 5);
        int afterStroke = sets().regression().size();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor("the stroke undone at once", () -> sets().regression().size() == before + 1);

        robot.moveTo(at(chart, 0.5, 0.2)).clickOn(MouseButton.SECONDARY);
        waitFor("the nearest point removed", () -> sets().regression().size() == before);
        clickScrolled(robot, "regression-undo");
        waitFor("the removal undone", () -> sets().regression().size() == before + 1);
        assertTrue(afterStroke > before + 5);

        robot.moveTo(at(chart, 0.5, 0.2)).press(KeyCode.ALT).clickOn(MouseButton.PRIMARY).release(KeyCode.ALT);
        waitFor("Alt-click removes too", () -> sets().regression().size() == before);
    }

    @Test
    void aClassificationPointHasTheChosenClassAndTheLessonsWriteTheDrawingOut(FxRobot robot) {
        ChartPane chart = AppFixture.node(robot, "classification-preview");
        int before = sets().classificationAll().size();
        onFx(() -> lesson().page().set("drawClass", 1));
        robot.moveTo(at(chart, 0.15, 0.15)).clickOn(MouseButton.PRIMARY);
        waitFor("one more point", () -> sets().classificationAll().size() == before + 1);
        float[] labels = fx(() -> sets().classificationAll().labels().toArray());
        int ones = 0;
        for (float l : labels) {
            ones += l == 1 ? 1 : 0;
        }
        assertEquals(101, ones, "the new point is of class 1");

        app.select("classification");
        TrainingLesson<?> classification = fx(() -> (TrainingLesson<?>) app.window().current());
        String code = fx(classification::code);
        assertTrue(code.contains("the points drawn in the Data lesson") && code.contains("torch.tensor([["), code);
    }

    @Test
    void clearingLeavesNothingForTheLessonsUntilTwoPointsOfTwoClassesAreDrawn(FxRobot robot) {
        ChartPane chart = AppFixture.node(robot, "classification-preview");
        var old = sets().classificationAll();
        clickScrolled(robot, "classification-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> lesson().error()).contains("at least 2"), fx(() -> lesson().error()));
        org.junit.jupiter.api.Assertions.assertArrayEquals(old.x().toArray(),
                fx(() -> sets().classificationAll().x().toArray()), "the lessons keep the points they had");
        onFx(() -> lesson().page().set("drawClass", 0));
        robot.moveTo(at(chart, 0.2, 0.2)).clickOn(MouseButton.PRIMARY);
        onFx(() -> lesson().page().set("drawClass", 1));
        robot.moveTo(at(chart, 0.8, 0.8)).clickOn(MouseButton.PRIMARY);
        waitFor("a two-point set of two classes", () -> sets().classificationAll().size() == 2);
        assertEquals("", fx(() -> lesson().error()));
    }
}
