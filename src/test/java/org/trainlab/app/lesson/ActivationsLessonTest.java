package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;

import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.trainlab.app.AppFixture;
import org.trainlab.app.WindowTest;
import org.trainlab.app.chart.FunctionChart;
import org.trainlab.app.lesson.activations.Activation;
import org.trainlab.app.lesson.activations.ActivationsLesson;
import org.trainlab.tensor.Tensor;

/** The Activations lesson, driven through the window: the picture, derivatives, parameters, softmax's vector. */
class ActivationsLessonTest extends WindowTest {
    private ActivationsLesson lesson() {
        app.select("activations");
        return fx(() -> (ActivationsLesson) app.window().current());
    }

    private static void replaceText(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        onFx(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void theDerivativesCheckBoxDrawsWhatAutogradComputes(FxRobot robot) {
        ActivationsLesson lesson = lesson();
        FunctionChart sigmoid = fx(() -> lesson.chart(Activation.SIGMOID));
        assertNull(fx(sigmoid::derivative));
        float[] y = fx(sigmoid::values);
        assertEquals(0.5f, (y[99] + y[100]) / 2, 1e-3);

        CheckBox derivative = AppFixture.node(robot, "derivative");
        robot.clickOn(derivative);
        float[] dy = fx(sigmoid::derivative);
        assertEquals(200, dy.length);
        for (int i = 0; i < dy.length; i++) {
            assertEquals(y[i] * (1 - y[i]), dy[i], 1e-6);
        }
        assertTrue(fx(() -> lesson.page().code()).contains("plt.plot(x_np, d_sigmoid"));
        Label key = AppFixture.node(robot, "activations-key");
        assertTrue(fx(key::getText).contains("autograd"), fx(key::getText));
    }

    @Test
    void aParameterRedrawsItsFunctionAndItsProgramAtOnce(FxRobot robot) {
        ActivationsLesson lesson = lesson();
        FunctionChart leaky = fx(() -> lesson.chart(Activation.LEAKY_RELU));
        assertEquals(-0.05f, fx(leaky::values)[0], 1e-6);
        TextField slope = AppFixture.node(robot, "negativeSlope-field");
        replaceText(robot, slope, "0.3");
        assertEquals(-1.5f, fx(leaky::values)[0], 1e-6);
        assertTrue(fx(() -> lesson.page().code()).contains("negative_slope=0.3"));

        FunctionChart elu = fx(() -> lesson.chart(Activation.ELU));
        TextField alpha = AppFixture.node(robot, "alpha-field");
        replaceText(robot, alpha, "3");
        assertEquals(-3 * (1 - Math.exp(-5)), fx(elu::values)[0], 1e-5);
        assertTrue(fx(elu::yLow) < -3, "elu's limits widen to show it: " + fx(elu::yLow));

        replaceText(robot, alpha, "99"); // out of range: refused, the value in force stays
        assertEquals(3.0, fx(() -> lesson.page().editing().decimal("alpha")));
        assertEquals(-3 * (1 - Math.exp(-5)), fx(elu::values)[0], 1e-5);
    }

    @Test
    void softmaxBarsFollowTheVectorAndTheTemperatureAndABadVectorChangesNothing(FxRobot robot) {
        ActivationsLesson lesson = lesson();
        TextField vector = AppFixture.node(robot, "logits");
        replaceText(robot, vector, "0, 0, 1");
        float[] p = fx(() -> lesson.softmax().values());
        double e = Math.E;
        assertArrayEquals(new float[] {(float) (1 / (2 + e)), (float) (1 / (2 + e)), (float) (e / (2 + e))}, p, 1e-6f);
        assertTrue(fx(() -> lesson.page().code()).contains("logits = torch.tensor([0.0, 0.0, 1.0])"));

        TextField temperature = AppFixture.node(robot, "temperature-field");
        replaceText(robot, temperature, "0.5");
        float[] sharper = fx(() -> lesson.softmax().values());
        assertArrayEquals(Tensor.of(0, 0, 2).softmax(0).toArray(), sharper, 1e-6f);

        replaceText(robot, vector, "1, x, 3");
        Label error = AppFixture.node(robot, "logits-error");
        assertTrue(fx(error::isVisible));
        assertEquals("'x' (number 2) is not a number; the vector shown stays.", fx(error::getText));
        assertArrayEquals(sharper, fx(() -> lesson.softmax().values()));
        assertTrue(fx(() -> lesson.page().code()).contains("[0.0, 0.0, 1.0]"));

        replaceText(robot, vector, "[2 2]");
        assertFalse(fx(error::isVisible));
        assertArrayEquals(new float[] {0.5f, 0.5f}, fx(() -> lesson.softmax().values()));
    }

    @Test
    void chineseWordsAndTheTutorialsSettingsComeBack(FxRobot robot) {
        app.setLanguage(Locale.SIMPLIFIED_CHINESE);
        ActivationsLesson lesson = lesson();
        assertTrue(fx(() -> AppFixture.visible(robot.lookup("激励函数").query())));
        onFx(() -> lesson.page().set("temperature", 4.0));
        assertNotEquals(lesson.model().defaults(), fx(() -> lesson.page().editing()));
        robot.clickOn("#defaults");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lesson.model().defaults(), fx(() -> lesson.page().editing()));
    }
}
