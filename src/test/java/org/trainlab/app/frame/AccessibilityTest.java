package org.trainlab.app.frame;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.trainlab.app.Lesson;
import org.trainlab.app.LessonEntry;
import org.trainlab.app.WindowTest;
import org.trainlab.app.chart.ChartPane;

/** Every lesson's charts are tab stops with a name, and its buttons and fields say what they are. */
class AccessibilityTest extends WindowTest {
    @Test
    void chartsAreNamedTabStopsAndButtonsAndFieldsHaveNamesOrTips() {
        int charts = 0;
        for (LessonEntry entry : lessons) {
            app.select(entry.id());
            Lesson lesson = fx(() -> app.window().current());
            if (lesson instanceof TabbedLesson tabs) {
                lesson = fx(tabs::selected);
            }
            if (!(lesson instanceof TrainingLesson<?> t)) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            for (Node n : fx(() -> List.copyOf(t.view().lookupAll("*")))) {
                if (!fx(n::isVisible)) {
                    continue;
                }
                if (n instanceof ChartPane chart) {
                    charts++;
                    String text = fx(chart::getAccessibleText);
                    if (text == null || text.isBlank() || !fx(chart::isFocusTraversable)) {
                        problems.add("chart " + chart.getId() + " unnamed or not a tab stop");
                    }
                } else if (n instanceof ButtonBase b) {
                    boolean named = !blank(fx(b::getText)) || !blank(fx(b::getAccessibleText)) || fx(b::getTooltip) != null;
                    if (!named) {
                        problems.add("button " + b.getId() + " " + b.getClass().getSimpleName() + b.getStyleClass() + " in " + b.getParent().getStyleClass() + "/" + b.getParent().getId() + " has no text, accessible text or tooltip");
                    }
                } else if (n instanceof TextField f && f.getId() != null && f.getId().endsWith("-field")) {
                    if (blank(fx(f::getAccessibleText)) || fx(f::getTooltip) == null) {
                        problems.add("field " + f.getId() + " has no accessible text or tooltip");
                    }
                }
            }
            assertTrue(problems.isEmpty(), entry.id() + ": " + problems);
        }
        assertTrue(charts >= 4, "charts seen: " + charts);
        app.select("regression");
        TrainingLesson<?> regression = fx(() -> (TrainingLesson<?>) app.window().current());
        ChartPane fit = fx(() -> (ChartPane) regression.view().lookup("#fit-chart"));
        org.trainlab.app.AppFixture.onFx(fit::requestFocus);
        org.trainlab.app.AppFixture.waitFor("the chart has the focus", fit::isFocused);
        assertTrue(fx(() -> fit.getEffect() != null), "a focused chart shows its focus");
        org.trainlab.app.AppFixture.onFx(() -> regression.view().lookup("#play").requestFocus());
        org.trainlab.app.AppFixture.waitFor("the outline goes with the focus", () -> fit.getEffect() == null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
