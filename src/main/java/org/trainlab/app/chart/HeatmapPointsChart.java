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
 * ring in the true class's colour (the legend says so). The heatmap goes through one reused image, so
 * redrawing allocates nothing while the grid size stays the same. Large sets (more than
 * {@link PointBins#ALL} points) are drawn as pixels into one image ({@link PointRaster}).
 */
public final class HeatmapPointsChart extends ChartPane {

    private DecisionRegions regions;
    private WritableImage heat;
    private final PointRaster raster = new PointRaster();
    private int[] heatArgb = new int[0];
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
        x.domainPadded(xlo, xhi, 0.08);
        y.domainPadded(ylo, yhi, 0.08);
    }

    @Override
    protected void paintPlot(GraphicsContext g, Palette p) {
        boolean hasRegions = regions != null && regions.cols() > 0 && regions.rows() > 0;
        if (Math.min(trainShown.length, train.length / 2) + Math.min(testShown.length, test.length / 2)
                > PointBins.ALL) {
            // one image for regions and points: the renderer composites one picture per frame
            raster.begin((int) Math.ceil(x.pixelHigh() - x.pixelLow()), (int) Math.ceil(y.pixelHigh() - y.pixelLow()));
            if (hasRegions) {
                paintHeat(p);
                raster.cells(heatArgb, regions.cols(), regions.rows());
            }
            rasterRings(p, train, trainShown, trainTruth);
            rasterRings(p, test, testShown, testTruth);
            rasterPoints(p, train, trainShown, false);
            rasterPoints(p, test, testShown, true);
            raster.draw(g, x.pixelLow(), y.pixelLow());
            return;
        }
        if (hasRegions) {
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

    private void rasterRings(Palette p, float[] xy, int[] shown, int[] truth) {
        if (truth == null) {
            return;
        }
        for (int i = 0; i < shown.length && 2 * i + 1 < xy.length && i < truth.length; i++) {
            if (truth[i] != shown[i]) {
                raster.ring(x.toPixel(xy[2 * i]) - x.pixelLow(), y.toPixel(xy[2 * i + 1]) - y.pixelLow(),
                        p.classColor(truth[i]));
            }
        }
    }

    private void rasterPoints(Palette p, float[] xy, int[] shown, boolean diamonds) {
        for (int i = 0; i < shown.length && 2 * i + 1 < xy.length; i++) {
            double px = x.toPixel(xy[2 * i]) - x.pixelLow();
            double py = y.toPixel(xy[2 * i + 1]) - y.pixelLow();
            if (diamonds) {
                raster.diamond(px, py, p.classColor(shown[i]));
            } else {
                raster.dot(px, py, p.classColor(shown[i]));
            }
        }
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
        if (heatArgb.length != rows * cols) {
            heatArgb = new int[rows * cols];
        }
        Color bg = p.plot();
        int k = Math.max(2, classes);
        double chance = 1.0 / k;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                double conf = (regions.confidence()[i] - chance) / (1 - chance);
                double a = 0.12 + 0.43 * Math.max(0, Math.min(1, conf));
                Color cell = bg.interpolate(p.classColor(regions.predicted()[i]), a);
                w.setColor(c, r, cell);
                heatArgb[i] = PointRaster.argb(cell);
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

    /** Whether some point is drawn in another class than its true one (so it has a ring). */
    private boolean ringed() {
        return misclassified(trainShown, trainTruth) || misclassified(testShown, testTruth);
    }

    private static boolean misclassified(int[] shown, int[] truth) {
        if (truth == null) {
            return false;
        }
        for (int i = 0; i < shown.length && i < truth.length; i++) {
            if (shown[i] != truth[i]) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected int drawnIn(double left, double top, double right, double bottom) {
        int count = 0;
        for (float[] pts : new float[][] {train, test}) {
            int stride = Math.max(1, pts.length / 2 / PointBins.ALL);
            for (int i = 0; 2 * i + 1 < pts.length; i += stride) {
                double px = x.toPixel(pts[2 * i]);
                double py = y.toPixel(pts[2 * i + 1]);
                if (px >= left && px <= right && py >= top && py <= bottom) {
                    count += stride;
                }
            }
        }
        return count;
    }

    /**
     * One row per class ("class 3", or just "3" beyond eight classes, where the title says what they
     * are), then train and test markers when points are held out, then what a ring means when one shows.
     */
    @Override
    protected List<LegendItem> legend(Palette p) {
        List<LegendItem> items = new ArrayList<>();
        Marker marker = regions != null ? Marker.SQUARE : Marker.DOT;
        for (int c = 0; c < classes; c++) {
            String label = classes > 8 ? String.valueOf(c) : ChartText.get().format("chart.class", c);
            items.add(new LegendItem(label, p.classColor(c), marker));
        }
        if (test.length > 0) {
            items.add(new LegendItem(ChartText.get().text("chart.train"), p.muted(), Marker.DOT));
            items.add(new LegendItem(ChartText.get().text("chart.test"), p.muted(), Marker.DIAMOND));
        }
        if (ringed()) {
            items.add(new LegendItem(ChartText.get().text("chart.ring"), p.foreground(), Marker.RING));
        }
        return items;
    }
}
