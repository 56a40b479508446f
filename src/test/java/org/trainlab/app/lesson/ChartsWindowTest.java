package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.trainlab.app.AppFixture;
import org.trainlab.app.WindowTest;
import org.trainlab.app.chart.HeatmapPointsChart;
import org.trainlab.app.chart.Palette;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.app.lesson.classification.ClassificationCharts;
import org.trainlab.app.lesson.data.DataLesson;
import org.trainlab.lab.ClassificationView;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.RunState;

/** What a robot sees of issue 16: typed classes, many classes, long messages, the data shared by snapshots. */
class ChartsWindowTest extends WindowTest {
    @TempDir
    Path dir;

    private DataLesson data() {
        app.select("data");
        return fx(() -> (DataLesson) app.window().current());
    }

    @Test
    void xorCirclesAndMoonsShowTheirTwoClassesAndTheTypedValueComesBack(FxRobot robot) {
        data();
        TextField classes = AppFixture.node(robot, "classes-field");
        robot.clickOn(classes);
        onFx(classes::selectAll);
        robot.write("5").type(KeyCode.ENTER);
        assertEquals("5", fx(classes::getText));
        ComboBox<String> layout = AppFixture.node(robot, "layout");
        for (String fixed : List.of("xor", "circles", "moons")) {
            onFx(() -> layout.setValue(fixed));
            assertEquals("2", fx(classes::getText), fixed);
            assertTrue(fx(() -> AppFixture.<Node>node(robot, "classes").isDisabled()), fixed);
            assertEquals(2, fx(() -> app.window().context().data().classificationAll().classes()), fixed);
        }
        onFx(() -> layout.setValue("clusters"));
        assertEquals("5", fx(classes::getText));
        assertEquals(5, fx(() -> app.window().context().data().classificationAll().classes()));
    }

    @Test
    void twentyImportedClassesEachGetTheirOwnColourInTheLegend() throws Exception {
        Path file = dir.resolve("twenty.csv");
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 400; i++) {
            int c = i % 20;
            csv.append(Math.cos(c * 0.314) * 3 + (i % 7) * 0.05).append(',')
                    .append(Math.sin(c * 0.314) * 3 + (i % 5) * 0.05).append(',').append(c).append('\n');
        }
        Files.writeString(file, csv);
        assertTrue(fx(() -> data().importFile(org.trainlab.app.DataSets.Kind.CLASSIFICATION, file)));
        app.select("classification");
        @SuppressWarnings("unchecked")
        TrainingLesson<ClassificationView> lesson = fx(() -> (TrainingLesson<ClassificationView>) app.window().current());
        onFx(lesson::reset);
        onFx(lesson::step);
        waitFor("one step", () -> lesson.live().shown().step() == 1);
        HeatmapPointsChart chart = ((ClassificationCharts) lesson.charts()).regionsChart();
        onFx(chart::redraw);
        List<String> legend = fx(chart::legendLabels);
        for (int c = 0; c < 20; c++) {
            assertTrue(legend.contains(String.valueOf(c)), "class " + c + " is missing from the legend " + legend);
        }
        Set<javafx.scene.paint.Color> colours = new HashSet<>();
        for (int c = 0; c < 20; c++) {
            colours.add(Palette.LIGHT.classColor(c));
        }
        assertEquals(20, colours.size());
    }

    @Test
    void moreClassesThanColoursAreRefusedWithTheReason() throws Exception {
        Path file = dir.resolve("many.csv");
        Files.writeString(file, "x1,x2,label\n0,0,0\n1,1,64\n");
        DataLesson lesson = data();
        assertFalse(fx(() -> lesson.importFile(org.trainlab.app.DataSets.Kind.CLASSIFICATION, file)));
        String error = fx(lesson::error);
        assertTrue(error.contains("line 3") && error.contains("0 to 63"), error);
    }

    @Test
    void aLongMessageShowsWholeAndLeavesTheLessonsTitleFree() {
        String message = "This run cannot go on: loss became NaN at step 12; try a smaller learning rate. "
                + "Press Reset (R) to start over, or lower the learning rate in the settings on the left first.";
        onFx(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        app.select("regression");
        onFx(() -> app.window().context().notify(message));
        NotificationPane pane = fx(() -> (NotificationPane) stage.getScene().getRoot().lookup(".notification-pane"));
        waitFor("the message", () -> pane.isShowing());
        waitFor("the bar in place", () -> {
            Label l = text(pane, message);
            return l != null && l.getHeight() > 0;
        });
        Label label = fx(() -> text(pane, message));
        // the bar slides in and lays out over a few frames: wait for it to settle with all the lines
        waitFor("the whole message (" + message.length() + " characters) on its lines",
                () -> label.getHeight() + 1 >= label.prefHeight(label.getWidth()) && label.getHeight() > 30);
        Bounds shown = fx(() -> label.localToScene(label.getLayoutBounds()));
        assertTrue(shown.getMaxX() <= fx(() -> stage.getScene().getWidth()) + 1, "the message runs off: " + shown);
        Node title = fx(() -> stage.getScene().getRoot().lookup("#lesson-title"));
        Bounds titleBounds = fx(() -> title.localToScene(title.getLayoutBounds()));
        assertFalse(shown.intersects(titleBounds), "the message covers the title");
    }

    private static Label text(NotificationPane pane, String message) {
        for (Node n : pane.lookupAll(".label")) {
            if (n instanceof Label l && message.equals(l.getText())) {
                return l;
            }
        }
        return null;
    }

    @Test
    void snapshotsOfOneRunShareTheDataArrays() {
        app.select("classification");
        @SuppressWarnings("unchecked")
        TrainingLesson<ClassificationView> lesson = fx(() -> (TrainingLesson<ClassificationView>) app.window().current());
        RunSnapshot<ClassificationView> first = fx(() -> lesson.live().latest());
        onFx(lesson::step);
        waitFor("a step", () -> lesson.live().latest().step() == 1 && lesson.live().latest().state() == RunState.PAUSED);
        RunSnapshot<ClassificationView> next = fx(() -> lesson.live().latest());
        assertTrue(first.data().x() == next.data().x() && first.data().labels() == next.data().labels()
                && first.data().testX() == next.data().testX(), "the data set was copied into a snapshot");
    }

    @Test
    void theMenusHoldWhatADesktopProgramHasWithTheUsualKeys(FxRobot robot) {
        app.select("regression");
        javafx.scene.control.MenuBar bar = AppFixture.node(robot, "menu-bar");
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        for (javafx.scene.control.Menu m : fx(bar::getMenus)) {
            for (javafx.scene.control.MenuItem item : m.getItems()) {
                if (item.getAccelerator() != null) {
                    keys.put(item.getText(), item.getAccelerator().getName().replace("Shortcut+", "Ctrl+"));
                }
            }
        }
        assertEquals(List.of("File", "Lessons", "View", "Help"), fx(() -> bar.getMenus().stream()
                .map(javafx.scene.control.Menu::getText).toList()));
        assertEquals("Ctrl+Q", keys.get("Quit"));
        assertEquals("Ctrl+E", keys.get("Save picture of the lesson…"));
        assertEquals("Ctrl+T", keys.get("Dark theme"));
        assertEquals("F11", keys.get("Full screen"));
        assertEquals("F1", keys.get("Lesson notes"));

        javafx.scene.control.TitledPane notes = AppFixture.node(robot, "notes");
        onFx(() -> notes.setExpanded(false));
        robot.type(KeyCode.F1);
        waitFor("the notes open", notes::isExpanded);
    }
}
