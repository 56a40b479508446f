package org.trainlab.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A function y = f(x) over fixed limits, as one panel of the tutorial's activation picture (plt.plot with
 * plt.ylim), optionally with its derivative dashed on top; the axes at x = 0 and y = 0 are drawn.
 */
public final class FunctionChart extends ChartPane {
    private float[] xs = new float[0];
    private float[] ys = new float[0];
    private float[] dys;
    private String label = "";
    private String derivativeLabel = "";
    private double xLow = -1;
    private double xHigh = 1;
    private double yLow = -1;
    private double yHigh = 1;

    public FunctionChart(String title, String xLabel, String yLabel) {
        super(title, xLabel, yLabel);
        setMinSize(90, 70);
    }

    /**
     * The function, its derivative (null for none) and the limits to show; x ascending. Repaints on the
     * next {@link #redraw()}.
     */
    public void setFunction(float[] x, float[] y, float[] dy, String label, String derivativeLabel, double xLow,
            double xHigh, double yLow, double yHigh) {
        this.xs = x;
        this.ys = y;
        this.dys = dy;
        this.label = label;
        this.derivativeLabel = derivativeLabel;
        this.xLow = xLow;
        this.xHigh = xHigh;
        this.yLow = yLow;
        this.yHigh = yHigh;
    }

    public float[] values() {
        return ys;
    }

    /** The derivative shown, or null. */
    public float[] derivative() {
        return dys;
    }

    public double yLow() {
        return yLow;
    }

    public double yHigh() {
        return yHigh;
    }

    @Override
    protected void updateDomain() {
        x.domain(xLow, xHigh);
        y.domain(yLow, yHigh);
    }

    @Override
    protected void paintPlot(GraphicsContext g, Palette p) {
        g.setStroke(p.muted());
        g.setLineWidth(1);
        if (xLow < 0 && xHigh > 0) {
            g.strokeLine(x.toPixel(0), y.toPixel(yLow), x.toPixel(0), y.toPixel(yHigh));
        }
        if (yLow < 0 && yHigh > 0) {
            g.strokeLine(x.toPixel(xLow), y.toPixel(0), x.toPixel(xHigh), y.toPixel(0));
        }
        line(g, xs, ys, p.fit(), 3, false);
        if (dys != null) {
            line(g, xs, dys, p.data(), 2, true);
        }
    }

    private void line(GraphicsContext g, float[] px, float[] py, Color c, double width, boolean dashed) {
        if (px.length < 2) {
            return;
        }
        g.setStroke(c);
        g.setLineWidth(width);
        if (dashed) {
            g.setLineDashes(6, 4);
        }
        g.beginPath();
        g.moveTo(x.toPixel(px[0]), clamp(y.toPixel(py[0])));
        for (int i = 1; i < px.length; i++) {
            g.lineTo(x.toPixel(px[i]), clamp(y.toPixel(py[i])));
        }
        g.stroke();
        g.setLineDashes();
    }

    private static double clamp(double pixel) {
        return Double.isFinite(pixel) ? Math.max(-1e5, Math.min(1e5, pixel)) : 0;
    }

    @Override
    protected List<LegendItem> legend(Palette p) {
        List<LegendItem> items = new ArrayList<>();
        items.add(new LegendItem(label, p.fit(), Marker.LINE));
        if (dys != null) {
            items.add(new LegendItem(derivativeLabel, p.data(), Marker.DASHED));
        }
        return items;
    }
}
