package org.trainlab.app.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.trainlab.lab.NetworkPicture;

/**
 * A network drawn as TensorFlow Playground draws it: a column of circles per layer, a line per weight in the
 * positive or negative colour, as thick as its size against the layer's largest; inside each neuron, its
 * output across the inputs (a small heatmap over the plane for two inputs, a curve for one). A layer wider
 * than {@value #MAX_SHOWN} shows its first and last few neurons around a "…". Pointing at a neuron or a
 * line tells its numbers under PyTorch's parameter names ({@code hidden.weight[3, 0] = -0.412}). It draws
 * only the newest {@link NetworkPicture} it was given, on one Canvas, when {@link #redraw()} is called.
 */
public final class NetworkChart extends Region {
    /** Layers up to this wide show every neuron. */
    public static final int MAX_SHOWN = 12;
    /** A folded layer shows this many neurons on each side of the "…". */
    static final int FOLD_SIDE = 5;
    private static final Font TITLE_FONT = Font.font(null, FontWeight.BOLD, 13);
    private static final Font CAPTION_FONT = Font.font(null, FontWeight.BOLD, 12);
    private static final Font SMALL_FONT = Font.font(11);
    private static final double TOP = 50;
    private static final double BOTTOM = 44;
    private static final double SIDE = 24;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final String title;
    private NetworkPicture picture;
    private NetworkPicture shapeOf;
    /** The layout of the last redraw: per column, the neuron index of each slot (-1 for the fold). */
    private int[][] slots = new int[0][];
    private double[] columnX = new double[0];
    private double slotH;
    private double radius;
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;
    private String hoverText = "";
    /** The line pointed at: layer, slot in its column, slot in the next; null for none. */
    private int[] hoverLine;
    private final List<WritableImage> heat = new ArrayList<>();
    private int redraws;

    public NetworkChart(String title) {
        this.title = title;
        getStyleClass().add("network-chart");
        getChildren().add(canvas);
        setMinSize(160, 120);
        setPrefSize(480, 320);
        setBackground(Background.fill(palette.get().background()));
        palette.addListener((obs, old, now) -> {
            setBackground(Background.fill(now.background()));
            redraw();
        });
        ChartChrome.saveMenu(this, title);
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> hover(Double.NaN, Double.NaN));
        ChartChrome.focusable(this, title);
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public String title() {
        return title;
    }

    /** The picture to draw at the next {@link #redraw()} (the newest wins; null draws nothing). */
    public void setPicture(NetworkPicture picture) {
        this.picture = picture;
        if (picture != null && !picture.sameShape(shapeOf)) {
            shapeOf = picture;
            setAccessibleText(title + ": " + describe(picture));
        }
    }

    /** The picture drawn last. */
    public NetworkPicture picture() {
        return picture;
    }

    /** How often the chart has painted (tests: it follows the training). */
    public int redraws() {
        return redraws;
    }

    /** What pointing at the chart tells now: a weight, a neuron, or empty. */
    public String hoverText() {
        return hoverText;
    }

    /** The number of neurons column {@code column} draws (the inputs are column 0), after the last redraw. */
    public int shownNeurons(int column) {
        int n = 0;
        for (int s : slots[column]) {
            n += s >= 0 ? 1 : 0;
        }
        return n;
    }

    /** Whether column {@code column} was folded with "…" at the last redraw. */
    public boolean folded(int column) {
        for (int s : slots[column]) {
            if (s < 0) {
                return true;
            }
        }
        return false;
    }

    /** The centre of neuron {@code neuron} of column {@code column} in the chart's pixels, or null if not shown. */
    public double[] neuronCenter(int column, int neuron) {
        if (column >= slots.length) {
            return null;
        }
        for (int i = 0; i < slots[column].length; i++) {
            if (slots[column][i] == neuron) {
                return new double[] {columnX[column], slotY(column, i)};
            }
        }
        return null;
    }

    /** "2 → 10 → 2: relu" for screen readers, or why there is no picture. */
    static String describe(NetworkPicture p) {
        if (!p.drawable()) {
            return p.reason();
        }
        StringBuilder s = new StringBuilder();
        int[] w = p.widths();
        for (int i = 0; i < w.length; i++) {
            s.append(i == 0 ? "" : " → ").append(w[i]);
        }
        List<String> functions = new ArrayList<>();
        for (NetworkPicture.Layer l : p.layers()) {
            functions.addAll(l.after());
        }
        return s + (functions.isEmpty() ? "" : " (" + String.join(", ", functions) + ")");
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

    /** Paints the newest picture. Call on the JavaFX thread. */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        redraws++;
        Palette p = palette.get();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        g.setFill(p.foreground());
        g.setFont(TITLE_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(title, SIDE, 16);
        if (picture == null) {
            slots = new int[0][];
            return;
        }
        if (!picture.drawable()) {
            slots = new int[0][];
            paintReason(g, p, w, h);
            return;
        }
        layout(w, h);
        paintLegend(g, p, w);
        paintConnections(g, p);
        paintNeurons(g, p);
        paintCaptions(g, p, h);
        hover(hoverX, hoverY, false);
        if (hoverLine != null) {
            int k = hoverLine[0];
            g.setStroke(p.foreground());
            g.setLineWidth(1.5);
            g.setLineDashes(4, 3);
            g.strokeLine(columnX[k] + radius, slotY(k, hoverLine[1]), columnX[k + 1] - radius,
                    slotY(k + 1, hoverLine[2]));
            g.setLineDashes((double[]) null);
        }
        paintHover(g, p, w, h);
    }

    private void layout(double w, double h) {
        int[] widths = picture.widths();
        slots = new int[widths.length][];
        int most = 1;
        for (int c = 0; c < widths.length; c++) {
            slots[c] = slotsOf(widths[c]);
            most = Math.max(most, slots[c].length);
        }
        columnX = new double[widths.length];
        double colW = (w - 2 * SIDE) / widths.length;
        for (int c = 0; c < widths.length; c++) {
            columnX[c] = SIDE + colW * (c + 0.5);
        }
        slotH = Math.max(4, (h - TOP - BOTTOM) / most);
        double largest = picture.grid() != null ? 26 : 15;
        radius = Math.max(3, Math.min(largest, Math.min(slotH * 0.45, colW * 0.22)));
    }

    /** The neuron shown in each slot of a column this wide: all, or the first and last few around a fold (-1). */
    static int[] slotsOf(int width) {
        if (width <= MAX_SHOWN) {
            int[] s = new int[width];
            for (int i = 0; i < width; i++) {
                s[i] = i;
            }
            return s;
        }
        int[] s = new int[2 * FOLD_SIDE + 1];
        for (int i = 0; i < FOLD_SIDE; i++) {
            s[i] = i;
            s[FOLD_SIDE + 1 + i] = width - FOLD_SIDE + i;
        }
        s[FOLD_SIDE] = -1;
        return s;
    }

    private double slotY(int column, int slot) {
        double mid = TOP + (canvas.getHeight() - TOP - BOTTOM) / 2;
        return mid + (slot - (slots[column].length - 1) / 2.0) * slotH;
    }

    /** The sign colours: the data colour (blue) for positive, Okabe and Ito's orange for negative, as Playground. */
    static Color positive(Palette p) {
        return p.data();
    }

    static Color negative(Palette p) {
        return p.background().getBrightness() < 0.5 ? Color.web("#f0a020") : Color.web("#d55e00");
    }

    private void paintConnections(GraphicsContext g, Palette p) {
        for (int k = 0; k < picture.layers().size(); k++) {
            NetworkPicture.Layer layer = picture.layers().get(k);
            float max = layer.maxAbsWeight();
            for (int a = 0; a < slots[k].length; a++) {
                int from = slots[k][a];
                if (from < 0) {
                    continue;
                }
                for (int b = 0; b < slots[k + 1].length; b++) {
                    int to = slots[k + 1][b];
                    if (to < 0) {
                        continue;
                    }
                    float wv = layer.weight(to, from);
                    double t = max > 0 && Float.isFinite(wv) ? Math.abs(wv) / max : 0;
                    Color c = !Float.isFinite(wv) ? p.muted() : wv >= 0 ? positive(p) : negative(p);
                    g.setStroke(c.deriveColor(0, 1, 1, 0.25 + 0.75 * t));
                    g.setLineWidth(0.6 + 4.4 * t);
                    g.strokeLine(columnX[k] + radius, slotY(k, a), columnX[k + 1] - radius, slotY(k + 1, b));
                }
            }
        }
    }

    private void paintNeurons(GraphicsContext g, Palette p) {
        int image = 0;
        for (int c = 0; c < slots.length; c++) {
            for (int i = 0; i < slots[c].length; i++) {
                int neuron = slots[c][i];
                double cx = columnX[c];
                double cy = slotY(c, i);
                if (neuron < 0) {
                    // a pill over the lines: "… 190 more"
                    String text = "… " + ChartText.get().format("network.folded", picture.widths()[c] - 2 * FOLD_SIDE);
                    double tw = TextWidth.of(text, SMALL_FONT) + 10;
                    double th = Math.min(16, slotH + 4);
                    g.setFill(p.background());
                    g.fillRoundRect(cx - tw / 2, cy - th / 2, tw, th, th, th);
                    g.setStroke(p.grid());
                    g.setLineWidth(1);
                    g.strokeRoundRect(cx - tw / 2, cy - th / 2, tw, th, th, th);
                    g.setFill(p.muted());
                    g.setFont(SMALL_FONT);
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.CENTER);
                    g.fillText(text, cx, cy);
                    continue;
                }
                g.setFill(p.plot());
                g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
                if (picture.grid() != null && radius >= 4) {
                    g.save();
                    g.beginPath();
                    g.arc(cx, cy, radius, radius, 0, 360);
                    g.closePath();
                    g.clip();
                    // each neuron on its own scale, so its shape shows however small it is (the numbers are on hover)
                    float[] values = picture.output(c, neuron);
                    float scale = maxAbs(values);
                    if (picture.grid().inputs() == 2) {
                        WritableImage img = heatImage(image++, values, scale, p);
                        g.setImageSmoothing(false);
                        g.drawImage(img, cx - radius, cy - radius, 2 * radius, 2 * radius);
                    } else {
                        paintCurve(g, p, values, scale, cx, cy);
                    }
                    g.restore();
                }
                g.setStroke(p.muted());
                g.setLineWidth(1);
                g.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
            }
        }
    }

    private WritableImage heatImage(int index, float[] values, float scale, Palette p) {
        int n = picture.grid().size();
        while (heat.size() <= index) {
            heat.add(new WritableImage(n, n));
        }
        WritableImage img = heat.get(index);
        if ((int) img.getWidth() != n) {
            img = new WritableImage(n, n);
            heat.set(index, img);
        }
        PixelWriter pw = img.getPixelWriter();
        for (int r = 0; r < n; r++) {
            for (int col = 0; col < n; col++) {
                pw.setColor(col, r, shade(values[r * n + col], scale, p));
            }
        }
        return img;
    }

    /** A value's colour: the plot colour at 0, the sign's colour at ±scale. */
    static Color shade(float v, float scale, Palette p) {
        if (!Float.isFinite(v)) {
            return p.muted();
        }
        double t = scale > 0 ? Math.min(1, Math.abs(v) / scale) : 0;
        return p.plot().interpolate(v >= 0 ? positive(p) : negative(p), t);
    }

    private void paintCurve(GraphicsContext g, Palette p, float[] values, float scale, double cx, double cy) {
        double half = radius * 0.8;
        g.setStroke(p.muted().deriveColor(0, 1, 1, 0.5));
        g.setLineWidth(0.8);
        g.strokeLine(cx - radius, cy, cx + radius, cy);
        g.setStroke(p.foreground());
        g.setLineWidth(1.4);
        g.beginPath();
        boolean started = false;
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (!Float.isFinite(v)) {
                started = false;
                continue;
            }
            double x = cx - half + 2 * half * i / Math.max(1, values.length - 1);
            double y = cy - (scale > 0 ? v / scale : 0) * half;
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
        }
        g.stroke();
    }

    private static float maxAbs(float[] values) {
        float m = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    private void paintCaptions(GraphicsContext g, Palette p, double h) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int c = 0; c < slots.length; c++) {
            String name;
            String detail;
            int width = picture.widths()[c];
            if (c == 0) {
                name = ChartText.get().text("network.input");
                detail = String.valueOf(width);
            } else {
                NetworkPicture.Layer l = picture.layers().get(c - 1);
                name = "(" + l.name() + "): Linear";
                detail = width + (l.after().isEmpty() ? "" : " · " + String.join(", ", l.after()));
            }
            double room = columnX.length > 1 ? columnX[1] - columnX[0] - 6 : canvas.getWidth();
            g.setFill(p.foreground());
            g.setFont(CAPTION_FONT);
            g.fillText(fitted(name, room, CAPTION_FONT), columnX[c], h - BOTTOM + 14);
            g.setFill(p.muted());
            g.setFont(SMALL_FONT);
            g.fillText(fitted(detail, room, SMALL_FONT), columnX[c], h - BOTTOM + 30);
        }
    }

    private void paintLegend(GraphicsContext g, Palette p, double w) {
        String pos = ChartText.get().text("network.positive");
        String neg = ChartText.get().text("network.negative");
        g.setFont(SMALL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double negW = TextWidth.of(neg, SMALL_FONT);
        double posW = TextWidth.of(pos, SMALL_FONT);
        double x = w - SIDE - negW - 26 - posW - 40;
        double y = 16;
        if (x < SIDE + TextWidth.of(title, TITLE_FONT) + 12) {
            y = 34; // under the title when the chart is narrow
            x = Math.max(SIDE, w - SIDE - negW - 26 - posW - 40);
        }
        g.setLineWidth(3);
        g.setStroke(positive(p));
        g.strokeLine(x, y, x + 18, y);
        g.setFill(p.foreground());
        g.fillText(pos, x + 24, y);
        double x2 = x + 24 + posW + 16;
        g.setStroke(negative(p));
        g.strokeLine(x2, y, x2 + 18, y);
        g.fillText(neg, x2 + 24, y);
    }

    private void paintReason(GraphicsContext g, Palette p, double w, double h) {
        g.setFill(p.muted());
        g.setFont(Font.font(13));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        List<String> lines = wrap(ChartText.get().format("network.cannotDraw", picture.reason()), w - 2 * SIDE,
                Font.font(13));
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), w / 2, h / 2 + (i - (lines.size() - 1) / 2.0) * 18);
        }
    }

    private static List<String> wrap(String text, double room, Font font) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && TextWidth.of(next, font) > room) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        lines.add(line.toString());
        return lines;
    }

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

    // ---------------------------------------------------------------- pointing

    private void hover(double x, double y) {
        hover(x, y, true);
    }

    private void hover(double x, double y, boolean repaint) {
        String before = hoverText;
        hoverX = x;
        hoverY = y;
        hoverLine = null;
        hoverText = Double.isNaN(x) || picture == null || !picture.drawable() || slots.length == 0 ? "" : textAt(x, y);
        if (repaint && (!before.equals(hoverText) || !hoverText.isEmpty())) {
            redraw();
        }
    }

    private String textAt(double x, double y) {
        hoverLine = null;
        for (int c = 0; c < slots.length; c++) {
            for (int i = 0; i < slots[c].length; i++) {
                int neuron = slots[c][i];
                if (neuron >= 0 && Math.hypot(x - columnX[c], y - slotY(c, i)) <= radius + 2) {
                    return neuronText(c, neuron);
                }
            }
        }
        String best = "";
        hoverLine = null;
        double bestDistance = 6;
        for (int k = 0; k < picture.layers().size(); k++) {
            if (x < columnX[k] + radius || x > columnX[k + 1] - radius) {
                continue;
            }
            NetworkPicture.Layer layer = picture.layers().get(k);
            for (int a = 0; a < slots[k].length; a++) {
                for (int b = 0; b < slots[k + 1].length; b++) {
                    int from = slots[k][a];
                    int to = slots[k + 1][b];
                    if (from < 0 || to < 0) {
                        continue;
                    }
                    double d = distanceToSegment(x, y, columnX[k] + radius, slotY(k, a), columnX[k + 1] - radius,
                            slotY(k + 1, b));
                    if (d < bestDistance) {
                        bestDistance = d;
                        hoverLine = new int[] {k, a, b};
                        best = layer.name() + ".weight[" + to + ", " + from + "] = " + number(layer.weight(to, from));
                    }
                }
            }
        }
        return best;
    }

    /** The point on the line from neuron {@code from} of column k to neuron {@code to} of column k+1 halfway. */
    public double[] connectionMidpoint(int k, int to, int from) {
        double[] a = neuronCenter(k, from);
        double[] b = neuronCenter(k + 1, to);
        if (a == null || b == null) {
            return null;
        }
        return new double[] {(a[0] + radius + b[0] - radius) / 2, (a[1] + b[1]) / 2};
    }

    private String neuronText(int column, int neuron) {
        List<String> lines = new ArrayList<>();
        if (column == 0) {
            lines.add(ChartText.get().format("network.inputNeuron", "x[:, " + neuron + "]"));
        } else {
            NetworkPicture.Layer l = picture.layers().get(column - 1);
            lines.add(ChartText.get().format("network.neuron", l.name(), neuron));
            if (l.bias() != null) {
                lines.add(l.name() + ".bias[" + neuron + "] = " + number(l.bias()[neuron]));
            }
            if (!l.after().isEmpty()) {
                lines.add(ChartText.get().format("network.after", String.join(", ", l.after())));
            }
        }
        float[] v = picture.output(column, neuron);
        if (v != null) {
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (float f : v) {
                if (Float.isFinite(f)) {
                    lo = Math.min(lo, f);
                    hi = Math.max(hi, f);
                }
            }
            if (lo <= hi) {
                lines.add(ChartText.get().format("network.range", number(lo), number(hi)));
            }
        }
        return String.join("\n", lines);
    }

    static String number(float v) {
        if (Float.isNaN(v)) {
            return "nan";
        }
        if (Float.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Math.abs(v) >= 1e4 ? String.format(Locale.ROOT, "%.4g", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    private void paintHover(GraphicsContext g, Palette p, double w, double h) {
        if (hoverText.isEmpty()) {
            return;
        }
        String[] lines = hoverText.split("\n");
        double textW = 0;
        for (String l : lines) {
            textW = Math.max(textW, TextWidth.of(l, SMALL_FONT));
        }
        double boxW = textW + 16;
        double boxH = lines.length * 16 + 8;
        double bx = Math.min(hoverX + 14, w - boxW - 4);
        double by = Math.min(hoverY + 14, h - boxH - 4);
        if (bx < 4) {
            bx = 4;
        }
        g.setFill(p.background().deriveColor(0, 1, 1, 0.94));
        g.fillRoundRect(bx, by, boxW, boxH, 6, 6);
        g.setStroke(p.muted());
        g.setLineWidth(1);
        g.strokeRoundRect(bx + 0.5, by + 0.5, boxW, boxH, 6, 6);
        g.setFill(p.foreground());
        g.setFont(SMALL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < lines.length; i++) {
            g.fillText(lines[i], bx + 8, by + 4 + 16 * i + 8);
        }
    }

    // ---------------------------------------------------------------- export

    /** Writes the chart as a PNG file. */
    public void savePng(Path file) throws IOException {
        ChartChrome.write(this, file);
    }
}
