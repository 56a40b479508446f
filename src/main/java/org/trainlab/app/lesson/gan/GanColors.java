package org.trainlab.app.lesson.gan;

import javafx.scene.paint.Color;

/** The GAN pictures' colours: the tutorial's green painting and blue/red bounds, and one hue per label. */
final class GanColors {
    static final Color PAINTING = Color.web("#2ca02c");
    static final Color UPPER = Color.web("#74BCFF");
    static final Color LOWER = Color.web("#FF9080");
    static final Color LABEL0 = Color.web("#d55e00");
    static final Color LABEL1 = Color.web("#0072b2");

    private GanColors() {
    }

    /** A painting's colour: green without labels, else between label 0's and label 1's hue. */
    static Color of(boolean labelled, float label) {
        if (!labelled) {
            return PAINTING;
        }
        return LABEL0.interpolate(LABEL1, Math.max(0, Math.min(1, label)));
    }

    static Color faint(Color c, double opacity) {
        return c.deriveColor(0, 1, 1, opacity);
    }
}
