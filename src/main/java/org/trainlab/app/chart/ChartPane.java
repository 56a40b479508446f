package org.trainlab.app.chart;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.stage.FileChooser;

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
    private final ContextMenu menu = new ContextMenu();
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
        MenuItem save = new MenuItem(ChartText.get().text("chart.savePng"));
        save.setOnAction(e -> chooseAndSave());
        menu.getItems().add(save);
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
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
        g.setFont(NOTE_FONT);
        g.setFill(p.fit());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(note, right - 10, bottom - 8);
    }

    /**
     * A small multiple: narrow margins, no axis titles and no legend (the title says what it is), so a
     * grid of small charts shows their data rather than their frames.
     */
    public void setCompact(boolean compact) {
        this.compact = compact;
        redraw();
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
            paintLegend(g, p, legend(p), right, top);
        }
        g.restore();
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
        g.fillText(title, left, top / 2 + 1);
    }

    private void paintLegend(GraphicsContext g, Palette p, List<LegendItem> items, double right, double top) {
        if (items.isEmpty()) {
            return;
        }
        g.setFont(LABEL_FONT);
        double rowH = 18;
        double textW = 0;
        for (LegendItem item : items) {
            textW = Math.max(textW, TextWidth.of(item.label(), LABEL_FONT));
        }
        double boxW = textW + 40;
        double boxH = items.size() * rowH + 8;
        double bx = right - boxW - 8;
        double by = top + 8;
        g.setFill(p.background().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(bx, by, boxW, boxH, 6, 6);
        g.setStroke(p.grid());
        g.strokeRoundRect(bx + 0.5, by + 0.5, boxW, boxH, 6, 6);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < items.size(); i++) {
            LegendItem item = items.get(i);
            double cy = by + 4 + rowH * i + rowH / 2;
            item.marker().paint(g, bx + 16, cy, item.color(), p);
            g.setFill(p.foreground());
            g.fillText(item.label(), bx + 32, cy);
        }
    }

    /** The chart as it is now, pixel for pixel. */
    public WritableImage picture() {
        return snapshot(null, null);
    }

    /** Writes the chart as a PNG file. */
    public void savePng(Path file) throws IOException {
        Png.write(picture(), file);
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ChartText.get().format("chart.savePng.title", title));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ChartText.get().text("chart.pngFilter"), "*.png"));
        String base = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        chooser.setInitialFileName((base.isEmpty() ? "chart" : base) + ".png");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            try {
                savePng(file.toPath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
