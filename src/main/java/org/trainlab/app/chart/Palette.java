package org.trainlab.app.chart;

import javafx.scene.paint.Color;

/**
 * The colours a chart paints with, one set per theme (Canvas drawing cannot use CSS). Class colours
 * start red and green like the tutorial's RdYlGn for two classes, then go on with distinct hues.
 */
public record Palette(Color background, Color plot, Color foreground, Color muted, Color grid, Color data,
        Color fit, Color[] classes) {

    private static final Color[] CLASSES = {
        Color.web("#d73027"), Color.web("#1a9850"), Color.web("#4575b4"), Color.web("#f28e2b"),
        Color.web("#8e6bb8"), Color.web("#17becf"), Color.web("#c9a227"), Color.web("#e377c2"),
        Color.web("#8c564b"), Color.web("#7f7f7f"),
    };

    public static final Palette LIGHT = new Palette(Color.web("#ffffff"), Color.web("#ffffff"),
            Color.web("#24292f"), Color.web("#57606a"), Color.web("#d8dee4"), Color.web("#1f77b4"),
            Color.web("#e0211d"), CLASSES);

    public static final Palette DARK = new Palette(Color.web("#0d1117"), Color.web("#0d1117"),
            Color.web("#e6edf3"), Color.web("#8d96a0"), Color.web("#30363d"), Color.web("#58a6ff"),
            Color.web("#ff4d4a"), CLASSES);

    /** The colour of class {@code c}; colours repeat after ten classes. */
    public Color classColor(int c) {
        return classes[Math.floorMod(c, classes.length)];
    }

    /** Lines after the first: Okabe and Ito's colour-blind-safe set, most distinct first. */
    private static final Color[] SERIES = {
        Color.web("#e69f00"), Color.web("#009e73"), Color.web("#cc79a7"), Color.web("#d55e00"),
        Color.web("#56b4e9"), Color.web("#8c564b"), Color.web("#7f7f7f"),
    };

    /** One colour per line of a line chart: the data colour, then colours no two of which look alike. */
    public Color series(int i) {
        return i == 0 ? data : SERIES[Math.floorMod(i - 1, SERIES.length)];
    }
}
