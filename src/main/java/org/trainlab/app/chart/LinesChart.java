package org.trainlab.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Lines through (x, y) points, each in a colour of the palette, as the tutorial's {@code plt.plot(x, y, 'r-')}:
 * the RNN lessons' target (red) and prediction (blue) over time. The x axis spans the lines' points, so
 * giving it the latest stretch of a long signal makes it scroll.
 */
public final class LinesChart extends ChartPane {
    /** One line: its legend label, its points and its colour in a palette. */
    public record Line(String label, float[] x, float[] y, Function<Palette, Color> color) {
    }

    private List<Line> lines = List.of();
    private double yMin = Double.NaN;
    private double yMax = Double.NaN;

    public LinesChart(String title, String xLabel, String yLabel) {
        super(title, xLabel, yLabel);
    }

    public void setLines(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** A fixed y range (the lines may leave it and are clipped), instead of following the data. */
    public void setYRange(double min, double max) {
        yMin = min;
        yMax = max;
    }

    public List<Line> lines() {
        return lines;
    }

    @Override
    protected void updateDomain() {
        double xlo = Double.POSITIVE_INFINITY;
        double xhi = Double.NEGATIVE_INFINITY;
        double ylo = Double.POSITIVE_INFINITY;
        double yhi = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (int i = 0; i < l.x().length; i++) {
                if (Float.isFinite(l.x()[i]) && Float.isFinite(l.y()[i])) {
                    xlo = Math.min(xlo, l.x()[i]);
                    xhi = Math.max(xhi, l.x()[i]);
                    ylo = Math.min(ylo, l.y()[i]);
                    yhi = Math.max(yhi, l.y()[i]);
                }
            }
        }
        if (xlo > xhi) {
            xlo = 0;
            xhi = 1;
            ylo = -1;
            yhi = 1;
        }
        x.domain(xlo, xhi > xlo ? xhi : xlo + 1);
        if (!Double.isNaN(yMin)) {
            y.domain(yMin, yMax);
        } else {
            double pad = 0.08 * Math.max(yhi - ylo, 1e-6);
            y.domain(ylo - pad, yhi + pad);
        }
    }

    @Override
    protected void paintPlot(GraphicsContext g, Palette p) {
        for (Line l : lines) {
            g.setStroke(l.color().apply(p));
            g.setLineWidth(2.5);
            g.beginPath();
            boolean pen = false;
            for (int i = 0; i < l.x().length; i++) {
                if (!Float.isFinite(l.y()[i])) {
                    pen = false;
                    continue;
                }
                double px = x.toPixel(l.x()[i]);
                double py = Math.max(-1e5, Math.min(1e5, y.toPixel(l.y()[i])));
                if (pen) {
                    g.lineTo(px, py);
                } else {
                    g.moveTo(px, py);
                    pen = true;
                }
            }
            g.stroke();
        }
    }

    @Override
    protected List<LegendItem> legend(Palette p) {
        List<LegendItem> items = new ArrayList<>();
        for (Line l : lines) {
            items.add(new LegendItem(l.label(), l.color().apply(p), Marker.LINE));
        }
        return items;
    }
}
