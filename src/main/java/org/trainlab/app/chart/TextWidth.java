package org.trainlab.app.chart;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures text for layout on a canvas; one reused Text node, JavaFX thread only. */
final class TextWidth {
    private static final Text TEXT = new Text();

    private TextWidth() {
    }

    static double of(String s, Font font) {
        TEXT.setFont(font);
        TEXT.setText(s);
        return TEXT.getLayoutBounds().getWidth();
    }
}
