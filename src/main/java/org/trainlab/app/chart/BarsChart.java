package org.trainlab.app.chart;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Values as bars over their indices 0, 1, ... (plt.bar), each with its value written above it: the
 * probabilities softmax makes of a vector. The y axis runs from 0 to 1 unless a value goes beyond.
 */
public final class BarsChart extends ChartPane {
    private static final Font VALUE_FONT = Font.font(11);
    private float[] values = new float[0];
    private String label = "";

    public BarsChart(String title, String xLabel, String yLabel) {
        super(title, xLabel, yLabel);
        setMinSize(90, 70);
    }

    public void setValues(float[] values, String label) {
        this.values = values.clone();
        this.label = label;
    }

    public float[] values() {
        return values.clone();
    }

    @Override
    protected void updateDomain() {
        x.domain(-0.6, Math.max(1, values.length) - 0.4);
        double hi = 1;
        for (float v : values) {
            hi = Math.max(hi, v);
        }
        y.domain(0, hi * 1.08);
    }

    @Override
    protected void paintPlot(GraphicsContext g, Palette p) {
        double halfWidth = Math.abs(x.toPixel(0.35) - x.toPixel(0));
        g.setFont(VALUE_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (int i = 0; i < values.length; i++) {
            double cx = x.toPixel(i);
            double top = y.toPixel(values[i]);
            double base = y.toPixel(0);
            g.setFill(p.fit());
            g.fillRect(cx - halfWidth, Math.min(top, base), 2 * halfWidth, Math.abs(base - top));
            g.setFill(p.foreground());
            if (halfWidth > 9) {
                g.fillText(String.format(java.util.Locale.ROOT, "%.3f", values[i]), cx, top - 2);
            }
        }
    }

    @Override
    protected List<LegendItem> legend(Palette p) {
        return values.length == 0 ? List.of() : List.of(new LegendItem(label, p.fit(), Marker.LINE));
    }
}
