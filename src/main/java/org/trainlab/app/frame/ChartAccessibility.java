package org.trainlab.app.frame;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.trainlab.app.chart.ChartChrome;
import org.trainlab.app.chart.ChartPane;

/**
 * Makes a lesson's charts reachable by keyboard and named for screen readers: each chart is a tab stop
 * with a visible focus outline (an inner glow) (its context menu, Save as PNG, then opens with the menu key or
 * Shift+F10), an image role and its title as accessible text, unless the chart set its own.
 */
final class ChartAccessibility {
    private ChartAccessibility() {
    }

    /** Applies to the charts under {@code node} now and to those added later (a chart per chosen optimizer). */
    static void apply(Node node) {
        if (node.getProperties().putIfAbsent(ChartAccessibility.class, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof ChartPane chart) {
            ChartChrome.focusable(chart, chart.title());
            return;
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(ChartAccessibility::apply);
            split.getItems().addListener(added());
        } else if (node instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                if (t.getContent() != null) {
                    apply(t.getContent());
                }
            }
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            apply(scroll.getContent());
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(ChartAccessibility::apply);
            parent.getChildrenUnmodifiable().addListener(added());
        }
    }

    private static ListChangeListener<Node> added() {
        return change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(ChartAccessibility::apply);
            }
        };
    }
}
