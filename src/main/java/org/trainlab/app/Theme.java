package org.trainlab.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import org.trainlab.app.chart.Palette;

/** AtlantaFX's Primer themes, light and dark, with the matching chart palette. */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), Palette.LIGHT),
    DARK(new PrimerDark().getUserAgentStylesheet(), Palette.DARK);

    private final String stylesheet;
    private final Palette palette;

    Theme(String stylesheet, Palette palette) {
        this.stylesheet = stylesheet;
        this.palette = palette;
    }

    public Palette palette() {
        return palette;
    }

    /** Makes this the look of every window (JavaFX thread). */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet);
    }

    public static Theme parse(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return LIGHT;
    }
}
