package org.trainlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The window: title, sidebar from the registry, shortcuts, theme switch and remembered settings. */
class AppTest extends WindowTest {
    private static final Messages EN = Messages.english();

    @Test
    void startsOnTheFirstLessonWithItsNameInTheTitle(FxRobot robot) {
        assertEquals("TrainLab — " + Lessons.all().get(0).title(EN), fx(stage::getTitle));
        ListView<LessonEntry> lessons = AppFixture.node(robot, "lessons");
        assertEquals(Lessons.all().stream().map(e -> e.title(EN)).toList(),
                fx(() -> lessons.getItems().stream().map(e -> e.title(EN)).toList()));
        assertTrue(fx(() -> lessons.getItems().stream().allMatch(e -> e.icon() != null && !e.subtitle(EN).isBlank()
                && !e.subtitle(EN).startsWith("["))));
    }

    @Test
    void ctrlDigitSwitchesLessonsAndTheSidebarFollows(FxRobot robot) {
        robot.clickOn("#lesson-title"); // the window has the keyboard focus
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT2).release(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitFor("the second lesson", () -> stage.getTitle().equals("TrainLab — " + Lessons.all().get(1).title(EN)));
        ListView<LessonEntry> lessons = AppFixture.node(robot, "lessons");
        assertEquals(Lessons.all().get(1).id(), fx(() -> lessons.getSelectionModel().getSelectedItem().id()));
        robot.clickOn(Lessons.all().get(0).title(EN));
        waitFor("the first lesson again", () -> stage.getTitle().equals("TrainLab — " + Lessons.all().get(0).title(EN)));
    }

    @Test
    void darkThemeSwitchesTheStylesheetAndIsRemembered(FxRobot robot) {
        assertEquals(new PrimerLight().getUserAgentStylesheet(), fx(Application::getUserAgentStylesheet));
        robot.clickOn("#dark-theme .thumb-area");
        waitFor("the dark stylesheet",
                () -> new PrimerDark().getUserAgentStylesheet().equals(Application.getUserAgentStylesheet()));
        assertEquals(Theme.DARK, app.prefs().theme());
        onFx(() -> app.window().themeProperty().set(Theme.LIGHT));
        assertEquals(Theme.LIGHT, app.prefs().theme());
    }

    @Test
    void lastLessonAndWindowSizeAreRemembered() {
        onFx(() -> app.window().select(Lessons.all().get(2).id()));
        onFx(() -> {
            stage.setWidth(1111);
            stage.setHeight(777);
        });
        waitFor("the new size", () -> stage.getScene().getWidth() < 1112);
        onFx(() -> app.window().close());
        assertEquals(Lessons.all().get(2).id(), app.prefs().lastLesson("none"));
        double width = app.prefs().width(0);
        assertTrue(width > 1000 && width <= 1111, "remembered width " + width);

        Stage second = fx(Stage::new);
        MainWindow again = fx(() -> new MainWindow(second, app.prefs(), Lessons.all()));
        assertEquals("TrainLab — " + Lessons.all().get(2).title(EN), fx(second::getTitle));
        assertEquals(width, fx(() -> second.getScene().getWidth()));
        onFx(again::close);
        assertTrue(fx(() -> ((Parent) second.getScene().getRoot()).getChildrenUnmodifiable().size() > 0));
    }
}
