package org.trainlab.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A chart over fixed axes that draws what it is given, back to front: shaded bands between two curves,
 * bars (a histogram), lines (bold or faint, solid or dashed), and lines of text at the top left of the
 * plot, as the tutorial's {@code plt.text}. The GAN's paintings between their bounds, D's verdict over a
 * family of curves, and the distribution of the a that G's paintings imply are all such pictures.
 * Setters only store; {@link #redraw()} paints.
 */
public final class PlotChart extends ChartPane {
    private static final Font TEXT_FONT = Font.font(12);

    /** A band between {@code lower} and {@code upper} over {@code x}, filled with {@code color}. */
    public record Band(float[] x, float[] lower, float[] upper, Color color) {
    }

    /** A line through (x, y); {@code width} in pixels; {@code label} null for no legend row. */
    public record Line(float[] x, float[] y, Color color, double width, boolean dashed, String label) {
    }

    /** Bars from 0 to {@code heights[i]} over [edges[i], edges[i + 1]]. */
    public record Bars(float[] edges, float[] heights, Color color, String label) {
    }

    private List<Band> bands = List.of();
    private List<Bars> bars = List.of();
    private List<Line> lines = List.of();
    private List<String> texts = List.of();
    private boolean legendVisible = true;
    private double xLo = 0;
    private double xHi = 1;
    private double yLo = 0;
    private double yHi = 1;

    public PlotChart(String title, String xLabel, String yLabel) {
        super(title, xLabel, yLabel);
    }

    /** The axes' ranges: fixed, so the picture does not jump while the data moves. */
    public void setDomain(double xLo, double xHi, double yLo, double yHi) {
        this.xLo = xLo;
        this.xHi = xHi;
        this.yLo = yLo;
        this.yHi = yHi;
    }

    public void setBands(List<Band> bands) {
        this.bands = List.copyOf(bands);
    }

    public void setBars(List<Bars> bars) {
        this.bars = List.copyOf(bars);
    }

    public void setLines(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Lines of text written at the top left of the plot. */
    public void setTexts(List<String> texts) {
        this.texts = List.copyOf(texts);
    }

    /** Whether the legend is drawn in the plot (off when the page shows it beside a small chart). */
    public void setLegendVisible(boolean visible) {
        this.legendVisible = visible;
    }

    public List<Line> lines() {
        return lines;
    }

    public List<String> texts() {
        return texts;
    }

    @Override
    protected void updateDomain() {
        x.domain(xLo, xHi);
        y.domain(yLo, yHi);
    }

    @Override
    protected void paintPlot(GraphicsContext g, Palette p) {
        for (Band b : bands) {
            g.setFill(b.color());
            g.beginPath();
            for (int i = 0; i < b.x().length; i++) {
                double px = x.toPixel(b.x()[i]);
                double py = y.toPixel(b.upper()[i]);
                if (i == 0) {
                    g.moveTo(px, py);
                } else {
                    g.lineTo(px, py);
                }
            }
            for (int i = b.x().length - 1; i >= 0; i--) {
                g.lineTo(x.toPixel(b.x()[i]), y.toPixel(b.lower()[i]));
            }
            g.closePath();
            g.fill();
        }
        for (Bars b : bars) {
            g.setFill(b.color());
            double base = y.toPixel(Math.max(yLo, 0));
            for (int i = 0; i < b.heights().length; i++) {
                double left = x.toPixel(b.edges()[i]);
                double right = x.toPixel(b.edges()[i + 1]);
                double top = y.toPixel(b.heights()[i]);
                g.fillRect(left + 0.5, Math.min(top, base), Math.max(0.5, right - left - 1), Math.abs(base - top));
            }
        }
        for (Line l : lines) {
            g.setStroke(l.color());
            g.setLineWidth(l.width());
            if (l.dashed()) {
                g.setLineDashes(6, 4);
            }
            g.beginPath();
            boolean started = false;
            for (int i = 0; i < l.x().length; i++) {
                if (!Float.isFinite(l.y()[i])) {
                    started = false;
                    continue;
                }
                double px = x.toPixel(l.x()[i]);
                double py = y.toPixel(Math.max(yLo - (yHi - yLo), Math.min(yHi + (yHi - yLo), l.y()[i])));
                if (started) {
                    g.lineTo(px, py);
                } else {
                    g.moveTo(px, py);
                    started = true;
                }
            }
            g.stroke();
            g.setLineDashes();
        }
    }

    @Override
    protected void paintOverlay(GraphicsContext g, Palette p, double left, double top, double right, double bottom) {
        super.paintOverlay(g, p, left, top, right, bottom);
        g.setFont(TEXT_FONT);
        g.setFill(p.foreground());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < texts.size(); i++) {
            g.fillText(texts.get(i), left + 6, top + 4 + 16 * i);
        }
    }

    @Override
    protected List<LegendItem> legend(Palette p) {
        List<LegendItem> items = new ArrayList<>();
        if (!legendVisible) {
            return items;
        }
        for (Bars b : bars) {
            if (b.label() != null) {
                items.add(new LegendItem(b.label(), b.color(), Marker.SQUARE));
            }
        }
        for (Line l : lines) {
            if (l.label() != null) {
                items.add(new LegendItem(l.label(), l.color(), l.dashed() ? Marker.DASHED : Marker.LINE));
            }
        }
        return items;
    }
}
