package org.trainlab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.trainlab.app.chart.ChartPane;
import org.trainlab.app.chart.Png;

/**
 * Every lesson at the window's smallest size (900×600): nothing runs off the window, every chart keeps a
 * readable height, the settings' labels are whole; and when the window grows again the notes and code
 * come back to their width. With {@code -Dsmallwindow.dir=DIR} it also writes each lesson's picture at
 * both sizes there, to look at.
 */
class SmallWindowTest extends WindowTest {
    private static final double SMALLEST_CHART_HEIGHT = 140;
    /** Small multiples (no axis titles, no legend) read at less. */
    private static final double SMALLEST_MULTIPLE_HEIGHT = 80;

    @Test
    void everyLessonIsUsableAtTheSmallestSizeAndPanesComeBackWhenTheWindowGrows() throws Exception {
        for (LessonEntry entry : Lessons.all()) {
            size(MainWindow.MIN_WIDTH, MainWindow.MIN_HEIGHT);
            onFx(() -> app.window().select(entry.id()));
            settle();
            picture(entry.id() + "-900x600.png");
            Node view = fx(() -> app.window().current().view());
            double sceneWidth = fx(() -> stage.getScene().getWidth());
            double sceneHeight = fx(() -> stage.getScene().getHeight());
            Bounds b = fx(() -> view.localToScene(view.getLayoutBounds()));
            assertTrue(b.getMaxX() <= sceneWidth + 0.5 && b.getMaxY() <= sceneHeight + 0.5,
                    entry.id() + ": the lesson runs off the window: " + b + " in " + sceneWidth + "×" + sceneHeight);
            for (ChartPane chart : fx(() -> all(view, ChartPane.class))) {
                Bounds c = fx(() -> chart.localToScene(chart.getLayoutBounds()));
                double least = fx(chart::compact) ? SMALLEST_MULTIPLE_HEIGHT : SMALLEST_CHART_HEIGHT;
                assertTrue(c.getHeight() >= least || !fx(chart::isVisible),
                        entry.id() + ": chart '" + chart.title() + "' is only " + c.getHeight() + " pixels high");
                assertTrue(c.getMaxX() <= sceneWidth + 0.5, entry.id() + ": chart '" + chart.title() + "' runs off");
            }
            for (Label label : fx(() -> all(view, Label.class))) {
                if (fx(() -> label.isVisible() && label.getStyleClass().contains("form-label"))) {
                    // a cut label ends in "…" where its text does not
                    String shown = fx(() -> ((javafx.scene.text.Text) label.lookup(".text")).getText());
                    assertTrue(shown.replace("\n", " ").strip().equals(label.getText().strip())
                            || !shown.endsWith("…"), entry.id() + ": label '" + label.getText() + "' is cut: " + shown);
                }
            }
            // every setting's control lies whole inside the settings column
            for (org.trainlab.app.frame.SettingsForm form : fx(() -> all(view, org.trainlab.app.frame.SettingsForm.class))) {
                Bounds column = fx(() -> {
                    Node scroll = form;
                    while (scroll != null && !(scroll instanceof javafx.scene.control.ScrollPane)) {
                        scroll = scroll.getParent();
                    }
                    return scroll.localToScene(scroll.getLayoutBounds());
                });
                for (Node control : fx(() -> List.copyOf(form.getChildren()))) {
                    if (fx(() -> control.isVisible() && javafx.scene.layout.GridPane.getColumnIndex(control) != null
                            && javafx.scene.layout.GridPane.getColumnIndex(control) == 1)) {
                        Bounds c = fx(() -> control.localToScene(control.getLayoutBounds()));
                        assertTrue(c.getMaxX() <= column.getMaxX() + 0.5, entry.id() + ": the control "
                                + control.getId() + " runs out of the settings column (" + c.getMaxX() + " > "
                                + column.getMaxX() + ")");
                    }
                }
            }
            double narrow = sideWidth(view);
            size(1360, 860);
            settle();
            picture(entry.id() + "-1360x860.png");
            double wide = sideWidth(view);
            if (!Double.isNaN(narrow)) {
                assertTrue(wide > narrow + 60, entry.id() + ": the notes and code stayed " + narrow
                        + " pixels wide after the window grew (now " + wide + ")");
            }
        }
    }

    private void size(double w, double h) {
        onFx(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void picture(String name) {
        String dir = System.getProperty("smallwindow.dir");
        if (dir != null) {
            try {
                Png.write(fx(() -> stage.getScene().snapshot(null)), Path.of(dir).resolve(name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The width of the notes-and-code side of the lesson's page, or NaN for a lesson without one. */
    private static double sideWidth(Node view) {
        return fx(() -> {
            for (SplitPane split : all(view, SplitPane.class)) {
                for (Node item : split.getItems()) {
                    if (item.getStyleClass().contains("lesson-side")) {
                        return item.getLayoutBounds().getWidth();
                    }
                }
            }
            return Double.NaN;
        });
    }

    private static <T> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T> void collect(Node n, Class<T> type, List<T> found) {
        if (type.isInstance(n)) {
            found.add(type.cast(n));
        }
        if (n instanceof SplitPane s) {
            s.getItems().forEach(c -> collect(c, type, found));
        } else if (n instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) {
            collect(s.getContent(), type, found);
        } else if (n instanceof javafx.scene.control.TabPane t) {
            t.getTabs().forEach(tab -> {
                if (tab.getContent() != null) {
                    collect(tab.getContent(), type, found);
                }
            });
        } else if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, type, found));
        }
    }
}
