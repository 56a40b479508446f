package org.trainlab.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.trainlab.lab.PathsView;
import org.trainlab.lab.Series;

/**
 * A 2-D surface as a heatmap with contour bands (log-scaled, so a valley as deep as Rosenbrock's shows),
 * the paths optimizers walk on it, the start point, and the minimum. A click on the plot asks for a new
 * start point.
 */
public final class SurfaceChart extends ChartPane {
    private static final int BANDS = 14;
    private PathsView.Contour contour;
    private List<PathsView.Path> paths = List.of();
    private float[] minimum;
    private double startX = Double.NaN;
    private double startY = Double.NaN;
    private WritableImage heat;
    private PathsView.Contour painted;
    private Palette paintedWith;

    public SurfaceChart(String title, BiConsumer<Double, Double> clicked) {
        super(title, "x", "y");
        setOnMouseClicked(e -> {
            if (contour == null || e.getButton() != javafx.scene.input.MouseButton.PRIMARY) {
                return;
            }
            double vx = x.fromPixel(e.getX());
            double vy = y.fromPixel(e.getY());
            if (vx >= contour.xMin() && vx <= contour.xMax() && vy >= contour.yMin() && vy <= contour.yMax()) {
                clicked.accept(round(vx), round(vy));
            }
        });
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The surface's values on a grid (the same object for a whole run, so the heatmap is made once). */
    public void setSurface(PathsView.Contour contour, float[] minimum) {
        if (contour != this.contour) {
            staticChanged();
        }
        this.contour = contour;
        this.minimum = minimum;
    }

    public void setPaths(List<PathsView.Path> paths) {
        this.paths = List.copyOf(paths);
    }

    public void setStart(double sx, double sy) {
        startX = sx;
        startY = sy;
    }

    @Override
    protected void updateDomain() {
        if (contour == null) {
            x.domain(-2, 2);
            y.domain(-2, 2);
            return;
        }
        x.domain(contour.xMin(), contour.xMax());
        y.domain(contour.yMin(), contour.yMax());
    }

    @Override
    protected void paintStaticPlot(GraphicsContext g, Palette p) {
        if (contour == null) {
            return;
        }
        paintHeat(p);
        double x0 = x.toPixel(contour.xMin());
        double x1 = x.toPixel(contour.xMax());
        double y0 = y.toPixel(contour.yMax());
        double y1 = y.toPixel(contour.yMin());
        g.setImageSmoothing(true);
        g.drawImage(heat, x0, y0, x1 - x0, y1 - y0);
        if (minimum != null && minimum.length == 2) {
            double mx = x.toPixel(minimum[0]);
            double my = y.toPixel(minimum[1]);
            g.setStroke(p.foreground());
            g.setLineWidth(1.5);
            g.strokeLine(mx - 6, my, mx + 6, my);
            g.strokeLine(mx, my - 6, mx, my + 6);
        }
    }

    /** Log-scaled values in bands: each band a shade between the plot colour and a cool blue, edges darker. */
    private void paintHeat(Palette p) {
        if (painted == contour && paintedWith == p) {
            return;
        }
        int cols = contour.columns();
        int rows = contour.rows();
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float v : contour.values()) {
            if (Float.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double span = Math.log1p(Math.max(hi - lo, 1e-12));
        if (heat == null || heat.getWidth() != cols || heat.getHeight() != rows) {
            heat = new WritableImage(cols, rows);
        }
        PixelWriter w = heat.getPixelWriter();
        Color low = Color.web("#2c7bb6");
        Color high = Color.web("#fdae61");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float v = contour.at(c, rows - 1 - r);
                double t = Float.isFinite(v) ? Math.log1p(v - lo) / span : 1;
                int band = (int) Math.min(BANDS - 1, Math.floor(t * BANDS));
                Color shade = low.interpolate(high, (band + 0.5) / BANDS);
                w.setColor(c, r, p.plot().interpolate(shade, 0.55));
            }
        }
        painted = contour;
        paintedWith = p;
    }

    @Override
    protected void paintPlot(GraphicsContext g, Palette p) {
        for (int k = 0; k < paths.size(); k++) {
            PathsView.Path path = paths.get(k);
            Color color = p.series(k);
            Series.View xs = path.x();
            Series.View ys = path.y();
            int n = Math.min(xs.size(), ys.size());
            g.setStroke(color);
            g.setLineWidth(2);
            g.beginPath();
            boolean started = false;
            for (int i = 0; i < n; i++) {
                float px = xs.get(i);
                float py = ys.get(i);
                if (!Float.isFinite(px) || !Float.isFinite(py)) {
                    break;
                }
                double sx = clampPixel(x.toPixel(px));
                double sy = clampPixel(y.toPixel(py));
                if (started) {
                    g.lineTo(sx, sy);
                } else {
                    g.moveTo(sx, sy);
                    started = true;
                }
            }
            g.stroke();
            if (n > 0 && Float.isFinite(xs.get(n - 1)) && Float.isFinite(ys.get(n - 1))) {
                Marker.dot(g, clampPixel(x.toPixel(xs.get(n - 1))), clampPixel(y.toPixel(ys.get(n - 1))), 5, color,
                        p.background());
            }
        }
        if (Double.isFinite(startX)) {
            double sx = x.toPixel(startX);
            double sy = y.toPixel(startY);
            g.setStroke(p.foreground());
            g.setLineWidth(2);
            g.strokeOval(sx - 6, sy - 6, 12, 12);
        }
    }

    /** Keeps a point that ran far off the picture drawable (JavaFX paths with huge coordinates misbehave). */
    private static double clampPixel(double v) {
        return Math.max(-1e5, Math.min(1e5, v));
    }

    @Override
    protected List<LegendItem> legend(Palette p) {
        List<LegendItem> items = new ArrayList<>();
        for (int k = 0; k < paths.size(); k++) {
            PathsView.Path path = paths.get(k);
            String name = ChartText.get().textOr("optimizer." + path.name(), path.name());
            if (path.diverged()) {
                name += " " + ChartText.get().text("chart.diverged");
            }
            items.add(new LegendItem(name, p.series(k), Marker.LINE));
        }
        return items;
    }
}
