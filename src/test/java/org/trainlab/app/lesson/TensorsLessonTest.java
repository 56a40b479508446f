package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.trainlab.app.chart.TensorGrid;
import org.trainlab.app.lesson.tensors.TensorsLesson;

/** The Tensors lesson, driven through the window: typed values, both columns, the dot pitfall, the shapes. */
class TensorsLessonTest extends WindowTest {
    private TensorsLesson lesson() {
        app.select("tensors");
        return fx(() -> (TensorsLesson) app.window().current());
    }

    private static String text(FxRobot robot, String id) {
        Label l = AppFixture.node(robot, id);
        return fx(l::getText);
    }

    private static void replaceText(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        onFx(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void theTutorialsValuesShowWhatNumpyAndTorchPrint(FxRobot robot) {
        lesson();
        assertEquals("[1 2 1 2]", text(robot, "numpy-abs"));
        assertEquals("tensor([1., 2., 1., 2.])", text(robot, "torch-abs"));
        assertEquals("[-0.84147098 -0.90929743  0.84147098  0.90929743]", text(robot, "numpy-sin"));
        assertEquals("tensor([-0.8415, -0.9093,  0.8415,  0.9093])", text(robot, "torch-sin"));
        assertEquals("0.0", text(robot, "numpy-mean"));
        assertEquals("tensor(0.)", text(robot, "torch-mean"));
        assertEquals("[[ 7 10]\n [15 22]]", text(robot, "dot-numpy"));
        assertEquals("30.0", text(robot, "dot-old"));
        assertEquals("RuntimeError: 1D tensors expected, but got 2D and 2D tensors", text(robot, "dot-torch"));
    }

    @Test
    void typedValuesAreComputedByBothAndABadListChangesNothing(FxRobot robot) {
        TensorsLesson lesson = lesson();
        TextField data = AppFixture.node(robot, "data");
        replaceText(robot, data, "[0.5, -3]");
        assertEquals("[0.5 3. ]", text(robot, "numpy-abs"));
        assertEquals("tensor([0.5000, 3.0000])", text(robot, "torch-abs"));
        assertEquals("-1.25", text(robot, "numpy-mean"));
        assertTrue(fx(() -> lesson.page().code()).contains("data = [0.5, -3.0]"));

        replaceText(robot, data, "[1, 2, x]");
        Label error = AppFixture.node(robot, "data-error");
        assertTrue(fx(error::isVisible));
        assertEquals("'x' at character 8 is not a number; the values shown stay.", fx(error::getText));
        assertEquals("[0.5 3. ]", text(robot, "numpy-abs"));

        TextField matrix = AppFixture.node(robot, "matrix");
        replaceText(robot, matrix, "[[1, 2], [3]]");
        assertTrue(fx(() -> ((Label) robot.lookup("#matrix-error").query()).getText()).startsWith("Row 2"));
        replaceText(robot, matrix, "[[1, 0, 0], [0, 2, 0], [0, 0, 3]]");
        assertFalse(fx(() -> robot.lookup("#matrix-error").query().isVisible()));
        assertEquals("14.0", text(robot, "dot-old"));
        assertEquals("[[1 0 0]\n [0 4 0]\n [0 0 9]]", text(robot, "dot-numpy"));
    }

    @Test
    void theShapesFollowRowsAndColumns(FxRobot robot) {
        TensorsLesson lesson = lesson();
        TextField rows = AppFixture.node(robot, "rows-field");
        replaceText(robot, rows, "4");
        TextField columns = AppFixture.node(robot, "columns-field");
        replaceText(robot, columns, "1");
        List<TensorGrid.Item> items = fx(() -> lesson.grids().items());
        assertEquals("x = torch.arange(4).view(4, 1)", items.get(0).code());
        assertArrayEquals(new int[] {1, 4}, items.get(1).shape());
        assertEquals("torch.Size([1, 4, 1])", items.get(2).size());
        assertArrayEquals(new int[] {1, 4}, items.get(3).shape());
        assertArrayEquals(new float[] {10, 11, 12, 13}, items.get(items.size() - 1).values());
        assertEquals("[[0]\n [1]\n [2]\n [3]]", text(robot, "numpy-fromNumpy"));
    }

    @Test
    void chineseWordsAreShown(FxRobot robot) {
        app.setLanguage(Locale.SIMPLIFIED_CHINESE);
        lesson();
        assertTrue(fx(() -> robot.lookup("陷阱：data.dot(data)").tryQuery().isPresent()));
        assertEquals("tensor([1., 2., 1., 2.])", text(robot, "torch-abs"));
    }
}
