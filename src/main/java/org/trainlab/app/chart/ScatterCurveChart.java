package org.trainlab.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Points (x, y) with a curve through them, as in the tutorial's regression plot: the data as dots,
 * the net's prediction as a thick red line, and a red note such as "Loss=0.0041". The axes follow the
 * data only, so a wild early prediction does not rescale the plot every frame; where the prediction
 * leaves the plot it runs dashed along the plot's edge, so it never disappears. Large data sets are
 * drawn binned ({@link PointBins}).
 */
public final class ScatterCurveChart extends ChartPane {

    private float[] px = new float[0];
    private float[] py = new float[0];
    private float[] cx = new float[0];
    private float[] cy = new float[0];
    private String pointsLabel = "data";
    private String curveLabel = "prediction";
    private boolean dashedCurve;

    public ScatterCurveChart(String title, String xLabel, String yLabel) {
        super(title, xLabel, yLabel);
    }

    public void setPoints(float[] x, float[] y, String label) {
        if (x != px || y != py || !label.equals(pointsLabel)) {
            staticChanged(); // a run's snapshots share one data set: repaint it only when another comes
        }
        this.px = x;
        this.py = y;
        this.pointsLabel = label;
    }

    /** The curve (x ascending); {@code dashed} draws a reference curve instead of a fit. */
    public void setCurve(float[] x, float[] y, String label, boolean dashed) {
        this.cx = x;
        this.cy = y;
        this.curveLabel = label;
        this.dashedCurve = dashed;
    }

    @Override
    protected void updateDomain() {
        double xlo = Double.POSITIVE_INFINITY;
        double xhi = Double.NEGATIVE_INFINITY;
        double ylo = Double.POSITIVE_INFINITY;
        double yhi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < px.length; i++) {
            if (Float.isFinite(px[i]) && Float.isFinite(py[i])) {
                xlo = Math.min(xlo, px[i]);
                xhi = Math.max(xhi, px[i]);
                ylo = Math.min(ylo, py[i]);
                yhi = Math.max(yhi, py[i]);
            }
        }
        x.domainPadded(xlo, xhi, 0.05);
        y.domainPadded(ylo, yhi, 0.12);
    }

    @Override
    protected void paintStaticPlot(GraphicsContext g, Palette p) {
        int[] shown = PointBins.shown(px.length, new PointBins.Pixels() {
            @Override
            public double x(int i) {
                return x.toPixel(px[i]);
            }

            @Override
            public double y(int i) {
                return y.toPixel(py[i]);
            }
        }, x.pixelLow() - 4, y.pixelLow() - 4, x.pixelHigh() + 4, y.pixelHigh() + 4, 3, null);
        for (int i : shown) {
            Marker.dot(g, x.toPixel(px[i]), y.toPixel(py[i]), 3.5, p.data(), p.background());
        }
    }

    @Override
    protected int drawnIn(double left, double top, double right, double bottom) {
        int n = 0;
        int stride = Math.max(1, px.length / PointBins.ALL);
        for (int i = 0; i < px.length; i += stride) {
            n += inside(x.toPixel(px[i]), y.toPixel(py[i]), left, top, right, bottom) ? stride : 0;
        }
        for (int i = 0; i < cx.length; i++) {
            n += inside(x.toPixel(cx[i]), y.toPixel(cy[i]), left, top, right, bottom) ? 4 : 0;
        }
        return n;
    }

    /** The curve's points rounded to a tenth of a pixel: closer than that, a redraw changes nothing visible. */
    @Override
    protected String movingPictureKey() {
        StringBuilder key = new StringBuilder(cx.length * 8).append(dashedCurve).append(curveLabel);
        for (int i = 0; i < cx.length; i++) {
            key.append(',').append(Math.round(10 * y.toPixel(cy[i])));
        }
        return key.toString();
    }

    @Override
    protected void paintPlot(GraphicsContext g, Palette p) {
        if (cx.length < 2) {
            return;
        }
        Color c = dashedCurve ? p.muted() : p.fit();
        g.setStroke(c);
        g.setLineWidth(dashedCurve ? 2 : 4);
        g.setLineCap(javafx.scene.shape.StrokeLineCap.ROUND); // the curve is drawn piece by piece: round joins
        if (dashedCurve) {
            g.setLineDashes(6, 4);
        }
        double top = y.pixelLow();
        double bottom = y.pixelHigh();
        for (int i = 0; i + 1 < cx.length; i++) {
            if (Float.isFinite(cy[i]) && Float.isFinite(cy[i + 1])) {
                segment(g, x.toPixel(cx[i]), y.toPixel(cy[i]), x.toPixel(cx[i + 1]), y.toPixel(cy[i + 1]), top,
                        bottom, dashedCurve);
            }
        }
        g.setLineDashes();
    }

    /**
     * One piece of the curve, cut where it crosses the plot's top or bottom: what lies inside is drawn as
     * it is, what lies outside runs dashed along the edge it left by. Cutting in double precision keeps
     * a steep line's slope right however far out its ends are (drawing them clamped would bend it into
     * vertical bars).
     */
    private static void segment(GraphicsContext g, double x0, double y0, double x1, double y1, double top,
            double bottom, boolean dashed) {
        double[] cuts = {0, 1, cut(y0, y1, top), cut(y0, y1, bottom)};
        java.util.Arrays.sort(cuts);
        for (int k = 0; k + 1 < cuts.length; k++) {
            double a = cuts[k];
            double b = cuts[k + 1];
            if (!(a >= 0 && b <= 1 && b > a)) {
                continue;
            }
            double mid = y0 + (y1 - y0) * (a + b) / 2;
            double xa = x0 + (x1 - x0) * a;
            double xb = x0 + (x1 - x0) * b;
            if (mid >= top && mid <= bottom) {
                g.setLineDashes(dashed ? new double[] {6, 4} : null);
                g.strokeLine(xa, y0 + (y1 - y0) * a, xb, y0 + (y1 - y0) * b);
            } else {
                double edge = mid < top ? top + 1.5 : bottom - 1.5;
                g.setLineDashes(5, 5);
                g.strokeLine(xa, edge, xb, edge);
            }
        }
        g.setLineDashes();
    }

    /** Where, from 0 to 1, the segment from y0 to y1 crosses {@code edge}; -1 when it does not. */
    private static double cut(double y0, double y1, double edge) {
        if ((y0 - edge) * (y1 - edge) >= 0 || y0 == y1) {
            return -1;
        }
        return (edge - y0) / (y1 - y0);
    }

    private static boolean inside(double px, double py, double left, double top, double right, double bottom) {
        return px >= left && px <= right && py >= top && py <= bottom;
    }

    @Override
    protected List<LegendItem> legend(Palette p) {
        List<LegendItem> items = new ArrayList<>();
        if (px.length > 0) {
            items.add(new LegendItem(pointsLabel, p.data(), Marker.DOT));
        }
        if (cx.length > 1) {
            items.add(new LegendItem(curveLabel, dashedCurve ? p.muted() : p.fit(),
                    dashedCurve ? Marker.DASHED : Marker.LINE));
        }
        return items;
    }
}
