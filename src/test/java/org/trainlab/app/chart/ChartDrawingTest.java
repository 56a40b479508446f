package org.trainlab.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trainlab.app.Messages;
import org.trainlab.lab.DecisionRegions;

/** What the charts show in the cases a learner ran into: a wild prediction, rings, legends, big sets. */
@ExtendWith(ApplicationExtension.class)
class ChartDrawingTest {
    private ScatterCurveChart fit;
    private HeatmapPointsChart regions;

    @BeforeAll
    static void words() {
        ChartText.set(new Messages(java.util.Locale.ENGLISH));
    }

    @Start
    void start(Stage stage) {
        fit = new ScatterCurveChart("Data and fit", "x", "y");
        regions = new HeatmapPointsChart("Regions", "x1", "x2");
        fit.setPrefSize(500, 340);
        regions.setPrefSize(500, 340);
        stage.setScene(new Scene(new HBox(fit, regions), 1000, 340));
        stage.show();
    }

    private static float[] line(int n, double from, double to) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (from + (to - from) * i / (n - 1));
        }
        return v;
    }

    /** For each pixel column of the chart, how many of its pixels have the fit colour. */
    private int[] fitPixelsPerColumn() {
        WritableImage img = fx(() -> {
            fit.redraw();
            return fit.picture();
        });
        PixelReader r = img.getPixelReader();
        Color red = Palette.LIGHT.fit();
        int[] count = new int[(int) img.getWidth()];
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                Color c = r.getColor(x, y);
                if (Math.abs(c.getRed() - red.getRed()) < 0.08 && Math.abs(c.getGreen() - red.getGreen()) < 0.08
                        && Math.abs(c.getBlue() - red.getBlue()) < 0.08) {
                    count[x]++;
                }
            }
        }
        return count;
    }

    @Test
    void aPredictionFarAboveTheDataStaysVisibleAlongThePlotsEdge() {
        float[] x = line(200, -1, 1);
        float[] above = new float[200];
        java.util.Arrays.fill(above, 1e6f);
        onFx(() -> {
            fit.setPoints(line(20, -1, 1), line(20, 0, 1), "data");
            fit.setCurve(x, above, "prediction", false);
        });
        int[] columns = fitPixelsPerColumn();
        int drawn = 0;
        for (int c : columns) {
            drawn += c > 0 ? 1 : 0;
        }
        assertTrue(drawn > 200, "the prediction shows in only " + drawn + " pixel columns");
    }

    @Test
    void aSteepPredictionIsNoBarAtTheEnds() {
        // what Adam at lr 1000 makes: huge values of opposite sign at the two ends, a steep line between
        float[] x = line(200, -1, 1);
        float[] y = new float[200];
        for (int i = 0; i < 200; i++) {
            y[i] = (float) (3e8 * x[i] * x[i] * x[i]);
        }
        onFx(() -> {
            fit.setPoints(line(20, -1, 1), line(20, 0, 1), "data");
            fit.setCurve(x, y, "prediction", false);
        });
        int[] columns = fitPixelsPerColumn();
        int height = (int) (double) fx(fit::getHeight);
        int tallest = 0;
        int at = 0;
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] > tallest) {
                tallest = columns[i];
                at = i;
            }
        }
        // the one crossing is at x = 0, the middle of the plot; the ends run along the edges, not up and down
        double middle = fx(() -> fit.x.toPixel(0));
        assertTrue(Math.abs(at - middle) < 6, "the tallest red column is at " + at + ", not at x = 0 (" + middle + ")");
        double left = fx(() -> fit.x.toPixel(-1));
        double right = fx(() -> fit.x.toPixel(1));
        for (int i = (int) left - 3; i <= (int) left + 3; i++) {
            assertTrue(columns[i] < height / 4, "a red bar " + columns[i] + " pixels high at x = -1");
        }
        for (int i = (int) right - 3; i <= (int) right + 3; i++) {
            assertTrue(columns[i] < height / 4, "a red bar " + columns[i] + " pixels high at x = 1");
        }
    }

    @Test
    void ringsAppearOnlyWithPredictionsAndTheLegendSaysWhatTheyMean() {
        onFx(() -> {
            regions.setClasses(2);
            regions.setRegions(null);
            regions.setTrain(new float[] {0, 0, 1, 1}, new int[] {0, 0}, null);
            regions.setTest(new float[0], new int[0], null);
            regions.redraw();
        });
        assertFalse(fx(regions::legendLabels).contains("ring: true class (misclassified)"));
        onFx(() -> {
            regions.setTrain(new float[] {0, 0, 1, 1}, new int[] {0, 0}, new int[] {0, 1});
            regions.redraw();
        });
        assertTrue(fx(regions::legendLabels).contains("ring: true class (misclassified)"));
    }

    @Test
    void theLegendMovesOffThePointsAndListsManyClassesInColumns() {
        int n = 400;
        float[] xy = new float[2 * n];
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            // every point in the top right corner, where a legend goes first
            xy[2 * i] = 0.6f + 0.4f * (i % 20) / 20;
            xy[2 * i + 1] = 0.6f + 0.4f * (i / 20) / 20f;
            classes[i] = i % 20;
        }
        onFx(() -> {
            regions.setClasses(20);
            regions.setRegions(new DecisionRegions(-1, 1, -1, 1, 1, 1, new int[] {0}, new float[] {1f}));
            regions.setTrain(xy, classes, classes);
            regions.setTest(new float[0], new int[0], null);
            regions.redraw();
            regions.redraw();
        });
        assertNotEquals(0, fx(regions::legendCorner), "the legend stayed on the points");
        assertEquals(20, fx(regions::legendLabels).size());
    }

    @Test
    void aHundredThousandPointsDrawFromOneImage() {
        int n = 100_000;
        float[] xy = new float[2 * n];
        int[] shown = new int[n];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < n; i++) {
            xy[2 * i] = (float) r.nextGaussian();
            xy[2 * i + 1] = (float) r.nextGaussian();
            shown[i] = xy[2 * i] > 0 ? 1 : 0;
        }
        onFx(() -> {
            regions.setClasses(2);
            regions.setRegions(null);
            regions.setTrain(xy, shown, null);
            regions.setTest(new float[0], new int[0], null);
        });
        WritableImage img = fx(() -> {
            regions.redraw();
            return regions.picture();
        });
        // both classes' colours show: the points are all drawn, not a blank plot
        PixelReader px = img.getPixelReader();
        int[] seen = new int[2];
        for (int x = 0; x < img.getWidth(); x += 2) {
            for (int y = 0; y < img.getHeight(); y += 2) {
                for (int c = 0; c < 2; c++) {
                    if (px.getColor(x, y).equals(Palette.LIGHT.classColor(c))) {
                        seen[c]++;
                    }
                }
            }
        }
        assertTrue(seen[0] > 500 && seen[1] > 500, "class pixels: " + seen[0] + ", " + seen[1]);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
