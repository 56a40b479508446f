package org.trainlab.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Class colours stay apart for every class the importer accepts, in both themes. */
class PaletteTest {
    /** CIELAB (D65) of a colour. */
    private static double[] lab(Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double distance(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    @Test
    void everyImportableClassHasAColourOfItsOwnFarFromTheOthers() {
        assertEquals(64, Palette.CLASS_COUNT);
        for (Palette p : new Palette[] {Palette.LIGHT, Palette.DARK}) {
            double closest = Double.POSITIVE_INFINITY;
            for (int a = 0; a < Palette.CLASS_COUNT; a++) {
                for (int b = a + 1; b < Palette.CLASS_COUNT; b++) {
                    closest = Math.min(closest, distance(p.classColor(a), p.classColor(b)));
                }
                // every class shows against the plot: not lost in the background
                assertTrue(distance(p.classColor(a), p.plot()) > 20, "class " + a + " vanishes into the background");
            }
            assertTrue(closest > 20, "two classes are only " + closest + " CIELAB units apart");
        }
    }

    @Test
    void theFirstClassesAreOkabeAndItosColourBlindSafeSet() {
        assertEquals(Color.web("#d55e00"), Palette.LIGHT.classColor(0));
        assertEquals(Color.web("#009e73"), Palette.LIGHT.classColor(1));
        assertEquals(Color.web("#0072b2"), Palette.LIGHT.classColor(2));
    }
}
