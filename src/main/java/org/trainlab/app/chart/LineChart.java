package org.trainlab.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.paint.Color;
import org.trainlab.lab.Series;

/**
 * Curves over steps (loss curves), on a linear or (context menu) logarithmic y axis. Value i of a
 * series is drawn at step i + 1. Long series are
 * reduced to a minimum and a maximum per pixel column, so drawing costs the same at step 100 and at
 * step 100 000.
 */
public final class LineChart extends ChartPane {
    /** One curve: its legend label and values. */
    public record Curve(String label, Series.View values) {
    }

    /** A horizontal reference line at {@code value} (an equilibrium, a target), dashed, with its label. */
    public record Guide(double value, String label) {
    }

    private List<Curve> curves = List.of();
    private List<Guide> guides = List.of();
    private long xMax = 1;
    private boolean smoothed;

    public LineChart(String title, String xLabel, String yLabel) {
        super(title, xLabel, yLabel);
        CheckMenuItem logItem = new CheckMenuItem(ChartText.get().text("chart.logY"));
        logItem.selectedProperty().addListener((obs, old, now) -> setLogScale(now));
        menu().getItems().add(0, logItem);
    }

    /** Draws values on a logarithmic axis (a diverging loss stays readable); values ≤ 0 leave gaps. */
    public void setLogScale(boolean log) {
        y.setLog(log);
        redraw();
    }

    public boolean logScale() {
        return y.log();
    }

    /**
     * Draws each curve faint with a smoothed line on top (an exponential moving average, debiased as
     * TensorBoard's is), for noisy per-batch losses.
     */
    public void setSmoothed(boolean smoothed) {
        this.smoothed = smoothed;
        redraw();
    }

    /** Sets the curves and the last step of the x axis (at least the longest curve). */
    public void setCurves(List<Curve> curves, long lastStep) {
        this.curves = List.copyOf(curves);
        this.xMax = lastStep;
    }

    /** Reference lines drawn under the curves; the y axis always shows them. */
    public void setGuides(List<Guide> guides) {
        this.guides = List.copyOf(guides);
    }

    @Override
    protected void updateDomain() {
        long n = 1;
        double hi = Double.NEGATIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        for (Curve c : curves) {
            Series.View v = c.values();
            n = Math.max(n, v.size());
            float[] r = range(v, 0, v.size());
            if (r[0] <= r[1]) {
                lo = Math.min(lo, r[0]);
                hi = Math.max(hi, r[1]);
            }
        }
        x.domain(0, stepsShown(n, xMax));
        for (Guide gd : guides) {
            if (!y.log() || gd.value() > 0) {
                lo = Math.min(lo, gd.value());
                hi = Math.max(hi, gd.value());
            }
        }
        if (hi == Double.NEGATIVE_INFINITY) {
            y.domain(y.log() ? 0.01 : 0, 1);
        } else if (y.log()) {
            y.domain(lo / 1.3, hi * 1.3);
        } else {
            y.domain(Math.min(0, lo), hi + 0.05 * (hi - Math.min(0, lo)));
        }
    }

    /**
     * The last step on the x axis: the whole run when it is short, else a round number a little past
     * the steps done, so a long run's curve is readable from the start and the axis rarely jumps.
     */
    static long stepsShown(long done, long total) {
        if (total <= 1000) {
            return Math.max(done, total);
        }
        long wanted = Math.max(200, (long) Math.ceil(done * 1.2));
        long nice = (long) Axis.niceCeil(wanted);
        return Math.max(done, Math.min(total, nice));
    }

    /**
     * Finite values' {min, max} over [from, to) from the series' block summaries; on a log axis only
     * positive values count, so a range that reaches 0 or below is read value by value.
     */
    private float[] range(Series.View v, int from, int to) {
        float[] r = v.range(from, to);
        if (!y.log() || r[0] > 0 || r[0] > r[1]) {
            return r;
        }
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int j = from; j < to; j++) {
            float f = v.get(j);
            if (Float.isFinite(f) && f > 0) {
                lo = Math.min(lo, f);
                hi = Math.max(hi, f);
            }
        }
        return new float[] {lo, hi};
    }

    /** Complete columns never change, so the picture is fixed by the column count and the last column. */
    @Override
    protected String movingPictureKey() {
        StringBuilder key = new StringBuilder();
        double pixelsPerStep = x.toPixel(1) - x.toPixel(0);
        int perColumn = Math.max(1, (int) Math.floor(1 / Math.max(pixelsPerStep, 1e-9)));
        key.append(smoothed).append(';').append(guides).append(';');
        for (Curve c : curves) {
            Series.View v = c.values();
            int n = v.size();
            int lastStart = n == 0 ? 0 : (n - 1) / perColumn * perColumn;
            float[] r = range(v, lastStart, n);
            key.append(c.label()).append(':').append(n / perColumn).append(',').append(n % perColumn == 0)
                    .append(',').append(Math.round(y.toPixel(r[0]))).append(',').append(Math.round(y.toPixel(r[1])))
                    .append(';');
        }
        return key.toString();
    }

    @Override
    protected void paintPlot(GraphicsContext g, Palette p) {
        paintGuides(g, p);
        for (int k = 0; k < curves.size(); k++) {
            Color c = p.series(k);
            paintCurve(g, curves.get(k).values(), smoothed ? c.deriveColor(0, 1, 1, 0.28) : c);
            if (smoothed) {
                paintSmoothed(g, curves.get(k).values(), c);
            }
        }
    }

    private void paintGuides(GraphicsContext g, Palette p) {
        if (guides.isEmpty()) {
            return;
        }
        double left = x.toPixel(x.min());
        double right = x.toPixel(x.max());
        g.setStroke(p.muted());
        g.setFill(p.muted());
        g.setLineWidth(1.2);
        g.setLineDashes(6, 4);
        g.setFont(javafx.scene.text.Font.font(11));
        g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        g.setTextBaseline(javafx.geometry.VPos.BOTTOM);
        for (Guide gd : guides) {
            double py = Math.round(y.toPixel(gd.value())) + 0.5;
            g.strokeLine(left, py, right, py);
            g.fillText(gd.label(), left + 6, py - 2);
        }
        g.setLineDashes();
    }

    private static final double SMOOTHING = 0.9;

    private void paintSmoothed(GraphicsContext g, Series.View v, Color color) {
        int n = v.size();
        if (n == 0) {
            return;
        }
        double pixelsPerStep = x.toPixel(1) - x.toPixel(0);
        int perColumn = Math.max(1, (int) Math.floor(1 / Math.max(pixelsPerStep, 1e-9)));
        g.setStroke(color);
        g.setLineWidth(2.2);
        g.beginPath();
        double ema = 0;
        double weight = 0;
        boolean started = false;
        for (int i = 0; i < n; i++) {
            float f = v.get(i);
            if (!Float.isFinite(f)) {
                break;
            }
            ema = SMOOTHING * ema + (1 - SMOOTHING) * f;
            weight = SMOOTHING * weight + (1 - SMOOTHING);
            if (i % perColumn == 0 || i == n - 1) {
                double py = y.toPixel(ema / weight);
                if (started) {
                    g.lineTo(x.toPixel(i + 1), py);
                } else {
                    g.moveTo(x.toPixel(i + 1), py);
                    started = true;
                }
            }
        }
        g.stroke();
    }

    private void paintCurve(GraphicsContext g, Series.View v, Color color) {
        int n = v.size();
        if (n == 0) {
            return;
        }
        g.setStroke(color);
        g.setLineWidth(2);
        g.beginPath();
        double x0 = x.toPixel(0);
        double pixelsPerStep = x.toPixel(1) - x0;
        int perColumn = Math.max(1, (int) Math.floor(1 / Math.max(pixelsPerStep, 1e-9)));
        boolean started = false;
        for (int i = 0; i < n; i += perColumn) {
            int end = Math.min(n, i + perColumn);
            float[] r = range(v, i, end);
            float lo = r[0];
            float hi = r[1];
            if (lo > hi) {
                continue; // NaN or infinite: leave a gap
            }
            double px = x.toPixel(i + 1);
            if (!started) {
                g.moveTo(px, y.toPixel(hi));
                started = true;
            } else {
                g.lineTo(px, y.toPixel(hi));
            }
            if (lo != hi) {
                g.lineTo(px, y.toPixel(lo));
            }
        }
        if (n == 1) {
            double px = x.toPixel(1);
            double py = y.toPixel(v.get(0));
            g.lineTo(px + 0.5, py);
        }
        g.stroke();
    }

    @Override
    protected List<LegendItem> legend(Palette p) {
        List<LegendItem> items = new ArrayList<>();
        for (int k = 0; k < curves.size(); k++) {
            items.add(new LegendItem(curves.get(k).label(), p.series(k), Marker.LINE));
        }
        return items;
    }
}
