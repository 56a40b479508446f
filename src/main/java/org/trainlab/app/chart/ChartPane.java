package org.trainlab.app.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A chart drawn on two stacked Canvases: title, axes with ticks and labels, a legend, and a context
 * menu that saves the picture as PNG. Subclasses hold the data, pick the domain and paint the plot
 * area; their setters only store, and one {@link #redraw()} paints it all, so a frame that changes
 * several things paints once. The lower canvas fills the pane and holds what rarely changes (frame,
 * grid, axes, and the plot's static layer such as a data scatter); it is repainted only when its layout
 * or static data changed. The upper one covers just the plot area and holds the moving data, the note
 * and the legend. Software rendering then re-rasterises and composites only that area each frame, which
 * keeps 60 redraws a second cheap enough not to slow training on the same core.
 */
public abstract class ChartPane extends Region {
    private static final Font NOTE_FONT = Font.font(null, FontWeight.BOLD, 20);
    private String note = "";
    private static final Font TICK_FONT = Font.font(11);
    private static final Font LABEL_FONT = Font.font(12);
    private static final Font TITLE_FONT = Font.font(null, FontWeight.BOLD, 13);
    private static final double LEFT = 58;
    private static final double RIGHT = 26;
    private static final double TOP = 30;
    private static final double BOTTOM = 42;

    /** A legend row: a marker of some kind and its colour. */
    public record LegendItem(String label, Color color, Marker marker) {
    }

    private final Canvas canvas = new Canvas();
    private final Canvas moving = new Canvas();
    private String baseKey = "";
    private String movingKey = "";
    private int staticVersion;
    private int legendCorner;
    private final ContextMenu menu;
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final String title;
    private boolean compact;
    /** The plot area of the last redraw: left, top, right, bottom in the pane's pixels. */
    private double[] plotBox = {0, 0, 0, 0};
    private final String xLabel;
    private final String yLabel;
    protected final Axis x = new Axis();
    protected final Axis y = new Axis();

    protected ChartPane(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        getStyleClass().add("chart-pane");
        getChildren().addAll(canvas, moving);
        setMinSize(160, 120);
        setPrefSize(480, 320);
        // An opaque background of the chart's own colour lets the renderer start at this pane when only
        // the chart changed, instead of repainting every ancestor's background under it each frame.
        setBackground(Background.fill(palette.get().background()));
        palette.addListener((obs, old, now) -> {
            setBackground(Background.fill(now.background()));
            redraw();
        });
        menu = ChartChrome.saveMenu(this, title);
    }

    /** The chart's context menu ("Save as PNG…" and whatever a chart adds). */
    protected ContextMenu menu() {
        return menu;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public String title() {
        return title;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** The chart's domain, from its current data. */
    protected abstract void updateDomain();

    /** Paints the moving data inside the plot area (already clipped to it), every redraw. */
    protected abstract void paintPlot(GraphicsContext g, Palette p);

    /**
     * Paints data that changes rarely inside the plot area, under the moving data; repainted only after
     * {@link #staticChanged()} or a change of layout. Nothing by default.
     */
    protected void paintStaticPlot(GraphicsContext g, Palette p) {
    }

    /**
     * A short text that is the same whenever {@link #paintPlot} and the legend would paint the same
     * pixels (for example the rounded pixel positions of what changed), so a redraw that would change
     * nothing is skipped; null (the default) always repaints. Axes and plot box are set when it is asked.
     */
    protected String movingPictureKey() {
        return null;
    }

    /** Tells the chart that what {@link #paintStaticPlot} draws has changed. */
    protected final void staticChanged() {
        staticVersion++;
    }

    protected abstract List<LegendItem> legend(Palette p);

    /**
     * About how much data is drawn inside this rectangle of the pane (points, curve pieces), so the legend
     * goes where it hides least; 0 by default (the legend then stays top right).
     */
    protected int drawnIn(double left, double top, double right, double bottom) {
        return 0;
    }

    /**
     * Text written in bold, in the fit colour, at the bottom right of the plot, as the tutorial's
     * {@code plt.text} ("Loss=0.0041", "Accuracy=0.98"); empty for none.
     */
    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }

    public String note() {
        return note;
    }

    /** Paints over the plot after the axes: the note, if there is one. */
    protected void paintOverlay(GraphicsContext g, Palette p, double left, double top, double right, double bottom) {
        if (note.isEmpty()) {
            return;
        }
        g.setFill(p.fit());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        // a narrow plot gets a smaller note, then the note's parts on lines of their own, never a cut one
        double room = right - left - 20;
        Font font = noteFont(note, room);
        g.setFont(font);
        if (TextWidth.of(note, font) <= room || !note.contains("  ")) {
            g.fillText(note, right - 10, bottom - 8);
            return;
        }
        String[] parts = note.split(" {2,}");
        double lineH = font.getSize() * 1.25;
        for (int i = 0; i < parts.length; i++) {
            g.fillText(parts[i], right - 10, bottom - 8 - lineH * (parts.length - 1 - i));
        }
    }

    /** The note's font: 20 points bold, smaller (down to 12) when the note is wider than {@code room}. */
    private static Font noteFont(String text, double room) {
        double w = TextWidth.of(text, NOTE_FONT);
        if (w <= room) {
            return NOTE_FONT;
        }
        return Font.font(null, FontWeight.BOLD, Math.max(12, Math.floor(NOTE_FONT.getSize() * room / w)));
    }

    /**
     * A small multiple: narrow margins, no axis titles and no legend (the title says what it is), so a
     * grid of small charts shows their data rather than their frames.
     */
    public void setCompact(boolean compact) {
        this.compact = compact;
        redraw();
    }

    /** Whether this is a small multiple ({@link #setCompact}). */
    public boolean compact() {
        return compact;
    }

    /** Whether a point of the pane (in its pixels) lies inside the plot area. */
    public boolean inPlot(double px, double py) {
        return px >= plotBox[0] && px <= plotBox[2] && py >= plotBox[1] && py <= plotBox[3];
    }

    /** The data coordinates (x, y) under a point of the pane, by the axes of the last redraw. */
    public double[] toData(double px, double py) {
        return new double[] {x.fromPixel(px), y.fromPixel(py)};
    }

    /** How many data units a distance of {@code pixels} spans on each axis (x, y), for "near" on screen. */
    public double[] dataPerPixels(double pixels) {
        return new double[] {Math.abs(x.fromPixel(plotBox[0] + pixels) - x.fromPixel(plotBox[0])),
            Math.abs(y.fromPixel(plotBox[3] - pixels) - y.fromPixel(plotBox[3]))};
    }

    /** Repaints everything from the current data. Call on the JavaFX thread. */
    public final void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        Palette p = palette.get();
        double top = compact ? 20 : TOP;
        double bottom = Math.max(top + 10, h - (compact ? 20 : BOTTOM));
        updateDomain();
        double[] yt = y.ticks(Math.max(2, (int) ((bottom - top) / 50)));
        // room for the widest tick label, so long numbers never run into the axis title
        double left = compact ? 8 + widestLabel(y, yt) : Math.max(LEFT, 30 + widestLabel(y, yt));
        double right = Math.max(left + 10, w - (compact ? 8 : RIGHT));
        x.range(left, right);
        y.range(bottom, top);
        plotBox = new double[] {left, top, right, bottom};
        double[] xt = x.ticks(Math.max(2, (int) ((right - left) / 80)));

        String key = w + "," + h + "," + p + "," + left + "," + x.toPixel(0) + "," + x.toPixel(1) + ","
                + y.toPixel(0) + "," + y.toPixel(1) + "," + java.util.Arrays.toString(xt) + ","
                + java.util.Arrays.toString(yt) + "," + staticVersion;
        String plotKey = movingPictureKey();
        String nextMovingKey = plotKey == null ? null : key + "|" + plotKey + "|" + note;
        if (nextMovingKey != null && nextMovingKey.equals(movingKey)) {
            return; // the same pixels as on screen
        }
        movingKey = nextMovingKey;
        if (!key.equals(baseKey)) {
            baseKey = key;
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(p.background());
            g.fillRect(0, 0, w, h);
            g.setFill(p.plot());
            g.fillRect(left, top, right - left, bottom - top);
            paintGrid(g, p, xt, yt, left, top, right, bottom);
            g.save();
            g.beginPath();
            g.rect(left, top, right - left, bottom - top);
            g.clip();
            paintStaticPlot(g, p);
            g.restore();
            paintAxes(g, p, xt, yt, left, top, right, bottom);
            // the moving layer covers the plot area only, so each frame repaints and composites no more
            moving.relocate(left, top);
            moving.setWidth(right - left);
            moving.setHeight(bottom - top);
        }

        GraphicsContext g = moving.getGraphicsContext2D();
        g.clearRect(0, 0, moving.getWidth(), moving.getHeight());
        g.save();
        g.translate(-left, -top); // subclasses paint in the pane's coordinates
        paintPlot(g, p);
        paintOverlay(g, p, left, top, right, bottom);
        if (!compact) {
            paintLegend(g, p, legend(p), left, top, right, bottom);
        }
        g.restore();
    }

    /** The text, cut with "…" if it is wider than {@code room}. */
    private static String fitted(String text, double room, Font font) {
        if (TextWidth.of(text, font) <= room) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && TextWidth.of(t + "…", font) > room) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }

    private static double widestLabel(Axis axis, double[] ticks) {
        double widest = 0;
        for (double t : ticks) {
            widest = Math.max(widest, TextWidth.of(axis.label(t, ticks), TICK_FONT));
        }
        return widest;
    }

    private void paintGrid(GraphicsContext g, Palette p, double[] xt, double[] yt, double left, double top,
            double right, double bottom) {
        g.setStroke(p.grid());
        g.setLineWidth(1);
        for (double t : xt) {
            double px = Math.round(x.toPixel(t)) + 0.5;
            g.strokeLine(px, top, px, bottom);
        }
        for (double t : yt) {
            double py = Math.round(y.toPixel(t)) + 0.5;
            g.strokeLine(left, py, right, py);
        }
    }

    private void paintAxes(GraphicsContext g, Palette p, double[] xt, double[] yt, double left, double top,
            double right, double bottom) {
        g.setStroke(p.muted());
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, right - left - 1, bottom - top - 1);
        g.setFill(p.muted());
        g.setFont(TICK_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : xt) {
            double px = x.toPixel(t);
            g.strokeLine(px, bottom, px, bottom + 4);
            g.fillText(x.label(t, xt), px, bottom + 6);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : yt) {
            double py = y.toPixel(t);
            g.strokeLine(left - 4, py, left, py);
            g.fillText(y.label(t, yt), left - 6, py);
        }
        g.setFill(p.foreground());
        if (!compact) {
            g.setFont(LABEL_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(xLabel, (left + right) / 2, canvas.getHeight() - 4);
            g.save();
            g.translate(14, (top + bottom) / 2);
            g.rotate(-90);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(yLabel, 0, 0);
            g.restore();
        }
        g.setFont(TITLE_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(fitted(title, canvas.getWidth() - left - 4, TITLE_FONT), left, top / 2 + 1);
    }

    /**
     * The legend in the plot's corner that covers the least data and not the note, in as many columns as
     * its rows need to fit the plot's height. It moves only when another corner is clearly better, so it
     * does not jump about while the data moves.
     */
    private void paintLegend(GraphicsContext g, Palette p, List<LegendItem> items, double left, double top,
            double right, double bottom) {
        if (items.isEmpty()) {
            return;
        }
        g.setFont(LABEL_FONT);
        double rowH = 18;
        double textW = 0;
        for (LegendItem item : items) {
            textW = Math.max(textW, TextWidth.of(item.label(), LABEL_FONT));
        }
        double colW = textW + 40;
        int maxRows = Math.max(1, (int) ((bottom - top - 24) / rowH));
        int columns = (items.size() + maxRows - 1) / maxRows;
        int rows = (items.size() + columns - 1) / columns;
        double boxW = columns * colW;
        double boxH = rows * rowH + 8;
        if (boxW > right - left - 16 || boxH > bottom - top - 16) {
            return; // no room in a plot this small: the title and the colours must do
        }
        double[][] corners = {
            {right - boxW - 8, top + 8}, {left + 8, top + 8}, {left + 8, bottom - boxH - 8},
            {right - boxW - 8, bottom - boxH - 8},
        };
        Font noteFont = noteFont(note, right - left - 20);
        boolean split = TextWidth.of(note, noteFont) > right - left - 20 && note.contains("  ");
        double noteLeft = note.isEmpty() ? right : split ? left : right - 10 - TextWidth.of(note, noteFont) - 4;
        double noteTop = bottom - 8 - noteFont.getSize() * 1.4 * (split ? note.split(" {2,}").length : 1);
        double[] score = new double[corners.length];
        int best = 0;
        for (int k = 0; k < corners.length; k++) {
            double bx = corners[k][0];
            double by = corners[k][1];
            boolean coversNote = bx < right && bx + boxW > noteLeft && by + boxH > noteTop;
            score[k] = drawnIn(bx, by, bx + boxW, by + boxH) + (coversNote ? 1e6 : 0);
            if (score[k] < score[best]) {
                best = k;
            }
        }
        if (score[legendCorner] > score[best] * 1.5 + 2) {
            legendCorner = best;
        }
        double bx = corners[legendCorner][0];
        double by = corners[legendCorner][1];
        g.setFill(p.background().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(bx, by, boxW, boxH, 6, 6);
        g.setStroke(p.grid());
        g.setLineWidth(1);
        g.strokeRoundRect(bx + 0.5, by + 0.5, boxW, boxH, 6, 6);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < items.size(); i++) {
            LegendItem item = items.get(i);
            double cx = bx + colW * (i / rows);
            double cy = by + 4 + rowH * (i % rows) + rowH / 2;
            item.marker().paint(g, cx + 16, cy, item.color(), p);
            g.setFill(p.foreground());
            g.fillText(item.label(), cx + 32, cy);
        }
    }

    /** The legend's rows as the chart would draw them now (tests, tools). */
    public List<String> legendLabels() {
        return legend(palette.get()).stream().map(LegendItem::label).toList();
    }

    /** Where the legend is: 0 top right, 1 top left, 2 bottom left, 3 bottom right (tests). */
    public int legendCorner() {
        return legendCorner;
    }

    /** The chart as it is now, pixel for pixel. */
    public WritableImage picture() {
        return snapshot(null, null);
    }

    /** Writes the chart as a PNG file. */
    public void savePng(Path file) throws IOException {
        ChartChrome.write(this, file);
    }
}
