package org.trainlab.app.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.api.FxRobot;
import org.trainlab.app.AppFixture;
import org.trainlab.app.LessonEntry;
import org.trainlab.app.DataSets;
import org.trainlab.app.Lesson;
import org.trainlab.app.WindowTest;
import org.trainlab.app.lesson.data.DataLesson;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.RunState;

/** The frame every lesson shares, driven through the window: fields, keys, switching, runs past their end, prompts, language. */
class LessonFrameTest extends WindowTest {
    private TrainingLesson<?> training(String id) {
        app.select(id);
        return fx(() -> (TrainingLesson<?>) app.window().current());
    }

    private static PageModel page(Lesson lesson) {
        if (lesson instanceof org.trainlab.app.lesson.activations.ActivationsLesson a) {
            return a.page();
        }
        if (lesson instanceof org.trainlab.app.lesson.tensors.TensorsLesson t) {
            return t.page();
        }
        if (lesson instanceof org.trainlab.app.lesson.autograd.AutogradLesson a) {
            return a.page();
        }
        return lesson instanceof TrainingLesson<?> t ? t.page() : ((DataLesson) lesson).page();
    }

    private static void frames(LiveRun<?> live, int n) {
        long target = fx(live::frames) + n;
        waitFor(n + " frames", () -> live.frames() >= target);
    }

    private static void replaceText(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        onFx(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void aValueBelowTheMinimumIsShownAsRefusedAndChangesNothing(FxRobot robot) {
        app.select("data");
        DataLesson data = fx(() -> (DataLesson) app.window().current());
        DataSets sets = fx(() -> app.window().context().data());
        List<Throwable> thrown = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = fx(() -> Thread.currentThread().getUncaughtExceptionHandler());
        onFx(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e)));
        try {
            int points = fx(() -> sets.regression().size());
            for (String[] typed : new String[][] {{"points", "1", "2 to 5000"}, {"pointsPerClass", "0", "1 to 2000"}}) {
                String id = typed[0];
                Object inForce = fx(() -> data.page().editing().get(id));
                TextField field = AppFixture.node(robot, id + "-field");
                replaceText(robot, field, typed[1]);
                Label problem = AppFixture.node(robot, id + "-problem");
                assertTrue(fx(problem::isVisible), id);
                assertEquals("Out of range: allowed are " + typed[2] + "; the value in force is unchanged.",
                        fx(problem::getText));
                assertTrue(fx(() -> field.getStyleClass().contains("invalid")), id);
                assertEquals(typed[1], fx(field::getText), "the refused value stays typed");
                assertEquals(inForce, fx(() -> data.page().editing().get(id)), id + " unchanged");
            }
            assertEquals(points, fx(() -> sets.regression().size()));
            assertEquals(200, fx(() -> sets.classificationAll().size()));

            TextField field = AppFixture.node(robot, "points-field");
            replaceText(robot, field, "50");
            assertEquals(50, fx(() -> data.page().editing().integer("points")));
            assertEquals(50, fx(() -> sets.regression().size()));
            Label problem = AppFixture.node(robot, "points-problem");
            assertFalse(fx(problem::isVisible));
            assertFalse(fx(() -> field.getStyleClass().contains("invalid")));
        } finally {
            onFx(() -> Thread.currentThread().setUncaughtExceptionHandler(before));
        }
        assertEquals(List.of(), thrown, "nothing was thrown on the JavaFX thread");
    }

    @Test
    void singleKeyShortcutsWorkAfterEditingANumber(FxRobot robot) {
        TrainingLesson<?> lesson = training("regression");
        LiveRun<?> live = fx(lesson::live);
        TextField hidden = AppFixture.node(robot, "hidden-field");
        robot.clickOn(hidden);
        onFx(hidden::selectAll);
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT3).type(KeyCode.ENTER);
        assertEquals(23, fx(() -> lesson.page().editing().integer("hidden")));
        assertFalse(fx(hidden::isFocused), "Enter hands the focus back to the lesson");
        assertTrue(fx(() -> lesson.page().pending()));

        robot.type(KeyCode.S);
        waitFor("one step from S", () -> live.shown().step() == 1);
        frames(live, 10);
        assertEquals(1, fx(() -> live.latest().step()));
        assertEquals(RunState.PAUSED, fx(() -> live.latest().state()));

        robot.clickOn(hidden);
        assertTrue(fx(hidden::isFocused));
        robot.type(KeyCode.R);
        assertEquals("23", fx(hidden::getText), "R types nothing into a number field");
        waitFor("reset by R", () -> live.shown().step() == 0 && live.shown().state() == RunState.READY);
        assertEquals(23, fx(() -> lesson.page().applied().integer("hidden")), "Reset applied the new size");
        assertFalse(fx(() -> lesson.page().pending()));
    }

    @Test
    void switchingLessonsMidRunPausesAndKeepsTheRun(FxRobot robot) {
        TrainingLesson<?> lesson = training("regression");
        LiveRun<?> live = fx(lesson::live);
        robot.clickOn("#play");
        waitFor("training past step 5", () -> live.shown().state() == RunState.RUNNING && live.shown().step() > 5);
        app.select("classification");
        waitFor("the regression run paused", () -> live.latest().state() == RunState.PAUSED);
        long step = fx(() -> live.latest().step());
        assertTrue(step > 5, "step " + step);
        frames(fx(() -> ((TrainingLesson<?>) app.window().current()).live()), 20);
        assertEquals(step, fx(() -> live.latest().step()), "no training while away");

        app.select("regression");
        assertEquals(lesson, fx(() -> app.window().current()), "the same lesson, not a new one");
        waitFor("the kept run on screen", () -> live.shown() != null && live.shown().step() == step);
        RunSnapshot<?> shown = fx(live::shown);
        assertEquals(RunState.PAUSED, shown.state());
        Label status = AppFixture.node(robot, "status-step");
        assertEquals("Step " + step + " / 200", fx(status::getText));
        org.trainlab.app.lesson.regression.RegressionCharts charts =
                (org.trainlab.app.lesson.regression.RegressionCharts) lesson.charts();
        assertTrue(fx(() -> charts.fitChart().note()).startsWith("Loss="), "the fit chart shows the run");
        assertEquals(step, ((org.trainlab.lab.RegressionView) shown.data()).losses().size(), "the loss curve is kept");
    }

    @Test
    void playOnAFinishedRunGoesOnTraining(FxRobot robot) {
        TrainingLesson<?> lesson = training("regression");
        LiveRun<?> live = fx(lesson::live);
        onFx(() -> lesson.toolbar().setSpeedIndex(6));
        robot.clickOn("#play");
        waitFor("the run to finish", () -> live.shown().state() == RunState.FINISHED);
        Label status = AppFixture.node(robot, "status-step");
        assertEquals("Step 200 / 200", fx(status::getText));
        robot.clickOn("#play");
        waitFor("training past 200", () -> live.shown().step() > 200);
        assertEquals(400, fx(() -> live.shown().totalSteps()));
        waitFor("the longer run to finish", () -> live.shown().state() == RunState.FINISHED);
        assertEquals("Step 400 / 400", fx(status::getText));

        robot.clickOn("#stepOnce");
        waitFor("one step past the end", () -> live.shown().step() == 401);
    }

    @Test
    void stepOrPlayOnAFailedRunSaysWhyAndChangesNothing(FxRobot robot) {
        TrainingLesson<?> lesson = training("regression");
        LiveRun<?> live = fx(lesson::live);
        onFx(() -> lesson.page().set("lr", 50.0));
        robot.clickOn("#play");
        waitFor("the run to fail", () -> live.shown().state() == RunState.FAILED);
        RunSnapshot<?> failed = fx(live::shown);
        NotificationPane note = robot.lookup(".notification-pane").queryAs(NotificationPane.class);
        String expected = "This run cannot go on: " + failed.reason() + ". Press Reset (R) to start over.";

        robot.clickOn("#stepOnce");
        waitFor("the notification", () -> note.isShowing() && expected.equals(note.getText()));
        frames(live, 20);
        assertEquals(failed.step(), fx(() -> live.latest().step()));
        assertEquals(RunState.FAILED, fx(() -> live.latest().state()));

        onFx(note::hide);
        waitFor("the notification hidden", () -> !note.isShowing());
        robot.clickOn("#play");
        waitFor("the notification again", () -> note.isShowing() && expected.equals(note.getText()));
        frames(live, 20);
        assertEquals(failed.step(), fx(() -> live.latest().step()));
        assertEquals(RunState.FAILED, fx(() -> live.latest().state()));
    }

    @Test
    void everyTryThisPromptSetsWhatItDeclares(FxRobot robot) {
        for (LessonEntry entry : lessons) {
            app.select(entry.id());
            Lesson shown = fx(() -> app.window().current());
            List<Lesson> pages = new java.util.ArrayList<>();
            List<String> tabs = new java.util.ArrayList<>();
            if (shown instanceof TabbedLesson tabbed) {
                for (var tab : fx(() -> List.copyOf(tabbed.tabs().getTabs()))) {
                    String id = tab.getId().substring("tab-".length());
                    tabs.add(id);
                    pages.add(tabbed.page(id));
                }
            } else {
                tabs.add("");
                pages.add(shown);
            }
            for (int i = 0; i < pages.size(); i++) {
                if (shown instanceof TabbedLesson tabbed) {
                    String tab = tabs.get(i);
                    onFx(() -> tabbed.select(tab));
                    WaitForAsyncUtils.waitForFxEvents();
                }
                PageModel page = page(pages.get(i));
                String id = page.lesson().id();
                List<Prompt> prompts = page.lesson().prompts();
                assertTrue(prompts.size() >= 3 && prompts.size() <= 5, id + " has three to five prompts");
                javafx.scene.Node view = pages.get(i).view();
                TitledPane notes = (TitledPane) view.lookup("#notes");
                onFx(() -> notes.setExpanded(true));
                WaitForAsyncUtils.waitForFxEvents();
                for (Prompt p : prompts) {
                    onFx(page::restoreDefaults);
                    Hyperlink link = (Hyperlink) view.lookup("#try-" + p.id());
                    onFx(() -> AppFixture.scrollIntoView(link));
                    WaitForAsyncUtils.waitForFxEvents();
                    assertTrue(fx(() -> AppFixture.visible(link)), id + " prompt " + p.id() + " can be seen");
                    robot.clickOn(link);
                    for (Map.Entry<String, Object> e : p.values().entrySet()) {
                        assertEquals(e.getValue(), fx(() -> page.editing().get(e.getKey())),
                                id + " prompt " + p.id() + ": " + e.getKey());
                    }
                    assertNotEquals(page.lesson().defaults(), fx(page::editing),
                            id + " prompt " + p.id() + " changes something");
                }
            }
        }
    }

    @Test
    void chineseIsShownAndRemembered(FxRobot robot) {
        app.select("regression");
        app.setLanguage(Locale.SIMPLIFIED_CHINESE);
        Label title = AppFixture.node(robot, "lesson-title");
        assertEquals("回归", fx(title::getText));
        assertEquals(Locale.SIMPLIFIED_CHINESE, app.prefs().language());
        assertTrue(fx(stage::getTitle).endsWith("回归"), fx(stage::getTitle));
        assertEquals("regression", fx(() -> app.window().currentEntry().id()), "the same lesson, rebuilt");
        Label step = AppFixture.node(robot, "status-step");
        assertFalse(fx(step::getText).startsWith("Step"), fx(step::getText));

        app.setLanguage(Locale.ENGLISH);
        assertEquals("Regression", fx(((Label) AppFixture.node(robot, "lesson-title"))::getText));
        assertEquals(Locale.ENGLISH, app.prefs().language());
    }

    @Test
    void lessonsBuiltForTheOldLanguageNoLongerFollowTheData(FxRobot robot) {
        app.select("regression");
        Label old = AppFixture.node(robot, "data-description-regression");
        String before = fx(old::getText);
        app.setLanguage(Locale.SIMPLIFIED_CHINESE);
        onFx(() -> app.window().context().data().setRegression(
                org.trainlab.data.RegressionData.generate(org.trainlab.data.RegressionData.Shape.SINE, 100, 0.2, 1),
                new org.trainlab.lab.DataOrigin.RegressionGenerator(org.trainlab.data.RegressionData.Shape.SINE, 100,
                        0.2, 1)));
        assertEquals(before, fx(old::getText), "a closed lesson's page is not told of data changes");
        Label now = AppFixture.node(robot, "data-description-regression");
        assertTrue(fx(now::getText).contains("sin(πx)"), fx(now::getText));
    }
}
