package org.trainlab.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.trainlab.lab.DecisionRegions;

/**
 * 2-D points coloured by class over a decision-region heatmap (TensorFlow Playground's picture): each
 * grid cell takes its predicted class's colour, stronger where the net is more confident. Training
 * points are dots, test points diamonds; a point whose shown class differs from its true class gets a
 * ring in the true class's colour. The heatmap goes through one reused image, so redrawing allocates
 * nothing while the grid size stays the same.
 */
public final class HeatmapPointsChart extends ChartPane {

    private DecisionRegions regions;
    private WritableImage heat;
    private DecisionRegions painted;
    private Palette paintedWith;
    private float[] train = new float[0];
    private int[] trainShown = new int[0];
    private int[] trainTruth;
    private float[] test = new float[0];
    private int[] testShown = new int[0];
    private int[] testTruth;
    private int classes = 2;

    public HeatmapPointsChart(String title, String xLabel, String yLabel) {
        super(title, xLabel, yLabel);
    }

    /** The decision regions behind the points, or null for none. */
    public void setRegions(DecisionRegions regions) {
        this.regions = regions;
    }

    /**
     * Training points [n, 2] row-major, the class each is drawn in, and their true classes (null when
     * the drawn class is the true one).
     */
    public void setTrain(float[] xy, int[] shown, int[] truth) {
        this.train = xy;
        this.trainShown = shown;
        this.trainTruth = truth;
    }

    /** Test points, like {@link #setTrain}; empty arrays for none. */
    public void setTest(float[] xy, int[] shown, int[] truth) {
        this.test = xy;
        this.testShown = shown;
        this.testTruth = truth;
    }

    public void setClasses(int classes) {
        this.classes = classes;
    }

    @Override
    protected void updateDomain() {
        if (regions != null) {
            x.domain(regions.xMin(), regions.xMax());
            y.domain(regions.yMin(), regions.yMax());
            return;
        }
        double xlo = Double.POSITIVE_INFINITY;
        double xhi = Double.NEGATIVE_INFINITY;
        double ylo = Double.POSITIVE_INFINITY;
        double yhi = Double.NEGATIVE_INFINITY;
        for (float[] pts : new float[][] {train, test}) {
            for (int i = 0; i + 1 < pts.length; i += 2) {
                xlo = Math.min(xlo, pts[i]);
                xhi = Math.max(xhi, pts[i]);
                ylo = Math.min(ylo, pts[i + 1]);
                yhi = Math.max(yhi, pts[i + 1]);
            }
        }
        if (xlo > xhi) {
            x.domain(-1, 1);
            y.domain(-1, 1);
            return;
        }
        double xp = 0.08 * Math.max(xhi - xlo, 1e-6);
        double yp = 0.08 * Math.max(yhi - ylo, 1e-6);
        x.domain(xlo - xp, xhi + xp);
        y.domain(ylo - yp, yhi + yp);
    }

    @Override
    protected void paintPlot(GraphicsContext g, Palette p) {
        if (regions != null && regions.cols() > 0 && regions.rows() > 0) {
            paintHeat(p);
            double x0 = x.toPixel(regions.xMin());
            double x1 = x.toPixel(regions.xMax());
            double y0 = y.toPixel(regions.yMax());
            double y1 = y.toPixel(regions.yMin());
            g.drawImage(heat, x0, y0, x1 - x0, y1 - y0);
        }
        paintPoints(g, p, train, trainShown, trainTruth, false);
        paintPoints(g, p, test, testShown, testTruth, true);
    }

    private void paintHeat(Palette p) {
        if (painted == regions && paintedWith == p) {
            return;
        }
        int cols = regions.cols();
        int rows = regions.rows();
        if (heat == null || heat.getWidth() != cols || heat.getHeight() != rows) {
            heat = new WritableImage(cols, rows);
        }
        PixelWriter w = heat.getPixelWriter();
        Color bg = p.plot();
        int k = Math.max(2, classes);
        double chance = 1.0 / k;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                double conf = (regions.confidence()[i] - chance) / (1 - chance);
                double a = 0.12 + 0.43 * Math.max(0, Math.min(1, conf));
                w.setColor(c, r, bg.interpolate(p.classColor(regions.predicted()[i]), a));
            }
        }
        painted = regions;
        paintedWith = p;
    }

    private void paintPoints(GraphicsContext g, Palette p, float[] xy, int[] shown, int[] truth, boolean diamonds) {
        for (int i = 0; i < shown.length && 2 * i + 1 < xy.length; i++) {
            double px = x.toPixel(xy[2 * i]);
            double py = y.toPixel(xy[2 * i + 1]);
            Color fill = p.classColor(shown[i]);
            if (truth != null && truth[i] != shown[i]) {
                g.setStroke(p.classColor(truth[i]));
                g.setLineWidth(2);
                g.strokeOval(px - 8, py - 8, 16, 16);
            }
            if (diamonds) {
                Marker.diamond(g, px, py, 5.5, fill, p.foreground());
            } else {
                Marker.dot(g, px, py, 4.5, fill, p.background());
            }
        }
    }

    @Override
    protected List<LegendItem> legend(Palette p) {
        List<LegendItem> items = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            items.add(new LegendItem(ChartText.get().format("chart.class", c), p.classColor(c), regions != null ? Marker.SQUARE : Marker.DOT));
        }
        if (test.length > 0) {
            items.add(new LegendItem(ChartText.get().text("chart.train"), p.muted(), Marker.DOT));
            items.add(new LegendItem(ChartText.get().text("chart.test"), p.muted(), Marker.DIAMOND));
        }
        return items;
    }
}
