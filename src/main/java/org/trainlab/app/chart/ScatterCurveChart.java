package org.trainlab.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Points (x, y) with a curve through them, as in the tutorial's regression plot: the data as dots,
 * the net's prediction as a thick red line, and a red note such as "Loss=0.0041". The axes follow the
 * data only, so a wild early prediction is clipped instead of rescaling the plot every frame.
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
        if (!java.util.Arrays.equals(x, px) || !java.util.Arrays.equals(y, py) || !label.equals(pointsLabel)) {
            staticChanged(); // the data set is the same in every snapshot of a run: repaint it only when it differs
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
        if (xlo > xhi) {
            x.domain(-1, 1);
            y.domain(-1, 1);
            return;
        }
        double xp = 0.05 * Math.max(xhi - xlo, 1e-6);
        double yp = 0.12 * Math.max(yhi - ylo, 1e-6);
        x.domain(xlo - xp, xhi + xp);
        y.domain(ylo - yp, yhi + yp);
    }

    @Override
    protected void paintStaticPlot(GraphicsContext g, Palette p) {
        for (int i = 0; i < px.length; i++) {
            Marker.dot(g, x.toPixel(px[i]), y.toPixel(py[i]), 3.5, p.data(), p.background());
        }
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
        if (dashedCurve) {
            g.setLineDashes(6, 4);
        }
        g.beginPath();
        boolean pen = false;
        for (int i = 0; i < cx.length; i++) {
            if (!Float.isFinite(cy[i])) {
                pen = false;
                continue;
            }
            // keep far-off values finite for the rasteriser; the clip hides them anyway
            double yy = Math.max(-1e5, Math.min(1e5, y.toPixel(cy[i])));
            if (pen) {
                g.lineTo(x.toPixel(cx[i]), yy);
            } else {
                g.moveTo(x.toPixel(cx[i]), yy);
                pen = true;
            }
        }
        g.stroke();
        g.setLineDashes();
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
