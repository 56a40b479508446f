package org.trainlab.app.lesson.gan;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/** A legend under a small chart, so it never covers the data: a short line of each colour and its name. */
final class LegendBar extends FlowPane {
    /** One entry: its name, colour, and whether the line is dashed. */
    record Entry(String label, Color color, boolean dashed) {
    }

    LegendBar(List<Entry> entries) {
        super(10, 2);
        setPadding(new Insets(0, 6, 2, 6));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("gan-legend");
        for (Entry e : entries) {
            Line line = new Line(0, 0, 18, 0);
            line.setStroke(e.color());
            line.setStrokeWidth(3);
            if (e.dashed()) {
                line.getStrokeDashArray().setAll(5.0, 3.0);
            }
            Label l = new Label(e.label(), line);
            l.setStyle("-fx-font-size: 11px;");
            getChildren().add(l);
        }
    }
}
