package org.trainlab.app.chart;

import javafx.scene.paint.Color;

/**
 * The colours a chart paints with, one set per theme (Canvas drawing cannot use CSS). Class colours
 * begin with Okabe and Ito's colour-blind-safe set (vermillion and bluish green for two classes, in the
 * spirit of the tutorial's red and green) and go on with colours picked so that every two of the
 * {@value #CLASS_COUNT} stay apart (tools/class_palette.py: at least 21 CIELAB units, where about 2 is
 * the smallest difference an eye sees); the importer accepts no more classes than that.
 */
public record Palette(Color background, Color plot, Color foreground, Color muted, Color grid, Color data,
        Color fit, Color[] classes) {

    /** How many classes have colours of their own. */
    public static final int CLASS_COUNT = 64;

    // made by tools/class_palette.py; min CIELAB distance between two classes: 21.9
    private static final Color[] CLASSES = {
        Color.web("#d55e00"), Color.web("#009e73"), Color.web("#0072b2"), Color.web("#e69f00"),
        Color.web("#cc79a7"), Color.web("#56b4e9"), Color.web("#f0e442"), Color.web("#999999"),
        Color.web("#640bff"), Color.web("#00e900"), Color.web("#ff00d3"), Color.web("#ff0064"),
        Color.web("#8564e9"), Color.web("#64640b"), Color.web("#439b00"), Color.web("#ffb185"),
        Color.web("#9b4337"), Color.web("#bcd385"), Color.web("#00e985"), Color.web("#bc007a"),
        Color.web("#ff0016"), Color.web("#b1a6ff"), Color.web("#ff85f4"), Color.web("#59dede"),
        Color.web("#006f7a"), Color.web("#9b00c8"), Color.web("#7a4390"), Color.web("#9bde00"),
        Color.web("#ff7a85"), Color.web("#bc0b21"), Color.web("#004eff"), Color.web("#909b00"),
        Color.web("#0085ff"), Color.web("#b17a2c"), Color.web("#216f21"), Color.web("#856443"),
        Color.web("#7a9064"), Color.web("#b137b1"), Color.web("#9bde64"), Color.web("#e9c864"),
        Color.web("#debce9"), Color.web("#857aa6"), Color.web("#e900ff"), Color.web("#bc2c59"),
        Color.web("#7ade9b"), Color.web("#ffb1bc"), Color.web("#854e64"), Color.web("#ff64a6"),
        Color.web("#de64ff"), Color.web("#00a64e"), Color.web("#4359b1"), Color.web("#c8b185"),
        Color.web("#00c837"), Color.web("#de6f4e"), Color.web("#ff00a6"), Color.web("#ff9b4e"),
        Color.web("#9bd3b1"), Color.web("#7a9b43"), Color.web("#ffb1ff"), Color.web("#bc7a7a"),
        Color.web("#59a6ff"), Color.web("#ff5943"), Color.web("#bc7ad3"), Color.web("#9b376f"),
    };

    public static final Palette LIGHT = new Palette(Color.web("#ffffff"), Color.web("#ffffff"),
            Color.web("#24292f"), Color.web("#57606a"), Color.web("#d8dee4"), Color.web("#1f77b4"),
            Color.web("#e0211d"), CLASSES);

    public static final Palette DARK = new Palette(Color.web("#0d1117"), Color.web("#0d1117"),
            Color.web("#e6edf3"), Color.web("#8d96a0"), Color.web("#30363d"), Color.web("#58a6ff"),
            Color.web("#ff4d4a"), CLASSES);

    /** The colour of class {@code c}, one of its own for each of {@value #CLASS_COUNT} classes. */
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
