package org.trainlab.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.trainlab.app.WindowTest;

/** The PyTorch console, typed into as a learner does: in the Tensors lesson, and in its own window. */
class ConsolePaneTest extends WindowTest {
    /** The console pane inside the shown lesson's view. */
    private ConsolePane lessonConsole(String lesson) {
        app.select(lesson);
        return fx(() -> (ConsolePane) app.window().current().view().lookup("#console"));
    }

    private static void type(FxRobot robot, ConsolePane pane, String... lines) {
        TextArea input = pane.input();
        scrollDown(pane);
        robot.clickOn(input);
        onFx(input::clear);
        for (int i = 0; i < lines.length; i++) {
            robot.write(lines[i]);
            if (i < lines.length - 1) {
                robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
            }
        }
        robot.type(KeyCode.ENTER);
    }

    /** The Tensors lesson's console is at the end of its page: scroll there, as a learner would. */
    private static void scrollDown(ConsolePane pane) {
        onFx(() -> {
            for (javafx.scene.Parent p = pane.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane s) {
                    s.setVvalue(s.getVmax());
                }
            }
            pane.getScene().getRoot().layout();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForOutput(ConsolePane pane, String ending) {
        waitFor("the console to print " + ending, () -> !pane.running() && pane.output().getText().endsWith(ending));
    }

    @Test
    void typedCodePrintsWhatPyTorchPrintsAndAnErrorItsLastLine(FxRobot robot) {
        ConsolePane pane = lessonConsole("tensors");
        type(robot, pane, "import torch", "x = torch.arange(6).view(2, 3)", "print(x.sum(0), x.shape)");
        waitForOutput(pane, ">>> import torch\n... x = torch.arange(6).view(2, 3)\n... print(x.sum(0), x.shape)\n"
                + "tensor([3, 5, 7]) torch.Size([2, 3])\n");
        assertEquals("", fx(pane.input()::getText));

        type(robot, pane, "x.float().dot(x.float())");
        waitForOutput(pane, ">>> x.float().dot(x.float())\nRuntimeError: 1D tensors expected, but got 2D and 2D "
                + "tensors\n");

        type(robot, pane, "x.mean(1)");
        waitForOutput(pane, "RuntimeError: mean(): could not infer output dtype. Input dtype must be either a "
                + "floating point or complex dtype. Got: Long\n");

        // Up brings back the last input, then the one before; Down goes forward again
        scrollDown(pane);
        robot.clickOn(pane.input());
        robot.type(KeyCode.UP);
        assertEquals("x.mean(1)", fx(pane.input()::getText));
        robot.type(KeyCode.UP);
        assertEquals("x.float().dot(x.float())", fx(pane.input()::getText));
        robot.type(KeyCode.DOWN);
        assertEquals("x.mean(1)", fx(pane.input()::getText));
    }

    @Test
    void stopEndsAnEndlessLoopAndTheWindowStaysResponsive(FxRobot robot) {
        ConsolePane pane = lessonConsole("tensors");
        type(robot, pane, "n = 0", "while True:", "    n += 1");
        waitFor("the loop to start", pane::running);
        Button stop = (Button) fx(() -> pane.lookup("#console-stop"));
        scrollDown(pane);
        robot.clickOn(stop);
        waitForOutput(pane, "KeyboardInterrupt\n");
        type(robot, pane, "n > 0");
        waitForOutput(pane, ">>> n > 0\nTrue\n");
    }

    @Test
    void ctrlShiftPOpensTheConsoleWindowFromAnyLesson(FxRobot robot) {
        app.select("regression");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("the console window", () -> consoleWindow() != null);
        ConsolePane pane = fx(() -> (ConsolePane) consoleWindow().getScene().getRoot());
        onFx(() -> pane.input().setText("import numpy as np\nprint(np.arange(6).reshape((2, 3)))"));
        onFx(pane::runInput);
        waitForOutput(pane, "[[0 1 2]\n [3 4 5]]\n");
        onFx(() -> consoleWindow().close());
    }

    @Test
    void theActivationsLessonHasTheConsoleToo(FxRobot robot) {
        ConsolePane pane = lessonConsole("activations");
        assertTrue(pane != null);
        onFx(pane::runInput); // the starter code
        waitForOutput(pane, "tensor([0.0067, 0.0181, 0.0486, 0.1269, 0.3133, 0.6931, 1.3133, 2.1269, 3.0486,\n"
                + "        4.0181, 5.0067])\n");
    }

    @Test
    void itsWordsComeInChinese(FxRobot robot) {
        app.setLanguage(Locale.SIMPLIFIED_CHINESE);
        ConsolePane pane = lessonConsole("tensors");
        Button run = (Button) fx(() -> pane.lookup("#console-run"));
        assertEquals("运行", fx(run::getText));
        assertTrue(fx(() -> pane.output().getText()).startsWith("# 带 torch 和 numpy 的 Python"));
    }

    private static Stage consoleWindow() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.isShowing() && s.getScene() != null
                    && s.getScene().getRoot() instanceof ConsolePane) {
                return s;
            }
        }
        return null;
    }
}
