package org.trainlab.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A computational graph drawn top to bottom: the tensors that feed it in the upper rows, each operation
 * below what it reads, the result at the bottom. Boxes carry a caption, a name and a value (and, once
 * backward reached them, a gradient); edges run from an input to the operation that read it, with the
 * gradient backward sent down them written beside them. The box backward is at is outlined. Edges along
 * which no gradient can flow are dashed. Saves as PNG from its context menu.
 */
public final class GraphChart extends Region {
    /** How a box is drawn. */
    public enum Style {
        /** A recorded operation (a grad_fn). */
        OPERATION,
        /** A leaf that requires grad. */
        LEAF,
        /** A tensor no gradient reaches: a leaf without requires_grad, a detached tensor, a number. */
        PLAIN
    }

    /** One box; {@code layer} 0 is the bottom row. Null or empty lines are left out. */
    public record Box(String caption, String title, String value, String grad, Style style, int layer,
            boolean current) {
    }

    /** {@code from} (an input, above) feeds {@code to}; {@code grad} is written beside it when not null. */
    public record Edge(int from, int to, String grad, boolean flows) {
    }

    private static final Font TITLE = Font.font("DejaVu Sans Mono", FontWeight.BOLD, 12);
    private static final Font TEXT = Font.font("DejaVu Sans Mono", 11);
    private static final double LINE = 15;
    private static final double PAD = 7;
    private static final double GAP = 18;
    private static final double ROW_GAP = 44;
    private static final double MAX_BOX = 230;
    private final Canvas canvas = new Canvas();
    private final String title;
    private List<Box> boxes = List.of();
    private List<Edge> edges = List.of();
    private String message;
    private Palette palette = Palette.LIGHT;

    public GraphChart(String title) {
        this.title = title;
        getChildren().add(canvas);
        getStyleClass().add("graph-chart");
        ChartChrome.focusable(this, title);
        ChartChrome.saveMenu(this, title);
    }

    /** The graph to draw, or, with no boxes, {@code message} in their place. */
    public void setGraph(List<Box> boxes, List<Edge> edges, String message) {
        this.boxes = List.copyOf(boxes);
        this.edges = List.copyOf(edges);
        this.message = message;
        requestLayout();
        paint();
    }

    public List<Box> boxes() {
        return boxes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public void setPalette(Palette palette) {
        this.palette = palette;
        paint();
    }

    private static List<String> lines(Box b) {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {b.caption(), b.title(), b.value(), b.grad()}) {
            if (s != null && !s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static double boxWidth(Box b) {
        double w = 0;
        for (String s : lines(b)) {
            w = Math.max(w, TextWidth.of(s, s.equals(b.title()) ? TITLE : TEXT));
        }
        return Math.min(MAX_BOX, Math.max(70, w + 2 * PAD));
    }

    private static double boxHeight(Box b) {
        return lines(b).size() * LINE + 2 * PAD - 2;
    }

    /** Where each box goes: rows by layer (deepest on top), boxes in a row in their order, the row centred. */
    private double[][] layout(double width) {
        int layers = 0;
        for (Box b : boxes) {
            layers = Math.max(layers, b.layer() + 1);
        }
        double[] rowHeight = new double[layers];
        double[] rowWidth = new double[layers];
        for (Box b : boxes) {
            rowHeight[b.layer()] = Math.max(rowHeight[b.layer()], boxHeight(b));
            rowWidth[b.layer()] += boxWidth(b) + (rowWidth[b.layer()] > 0 ? GAP : 0);
        }
        double[] top = new double[layers];
        double y = 6;
        for (int l = layers - 1; l >= 0; l--) {
            top[l] = y;
            y += rowHeight[l] + ROW_GAP;
        }
        double[] next = new double[layers];
        for (int l = 0; l < layers; l++) {
            next[l] = Math.max(4, (width - rowWidth[l]) / 2);
        }
        double[][] at = new double[boxes.size()][];
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            double w = boxWidth(b);
            at[i] = new double[] {next[b.layer()], top[b.layer()] + (rowHeight[b.layer()] - boxHeight(b)) / 2, w,
                boxHeight(b)};
            next[b.layer()] += w + GAP;
        }
        return at;
    }

    private double contentWidth() {
        double widest = 0;
        java.util.Map<Integer, Double> rows = new java.util.HashMap<>();
        for (Box b : boxes) {
            widest = Math.max(widest, rows.merge(b.layer(), boxWidth(b) + GAP, Double::sum));
        }
        return widest + 8;
    }

    /** The message in lines no wider than {@code width}, broken after a space where there is one. */
    private static List<String> wrap(String text, double width) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start + 1;
            int lastSpace = -1;
            while (end <= text.length() && TextWidth.of(text.substring(start, end), TEXT) <= width) {
                if (text.charAt(end - 1) == ' ') {
                    lastSpace = end;
                }
                end++;
            }
            if (end > text.length()) {
                lines.add(text.substring(start));
                break;
            }
            int cut = lastSpace > start ? lastSpace : Math.max(start + 1, end - 1);
            lines.add(text.substring(start, cut).strip());
            start = cut;
        }
        return lines;
    }

    private double contentHeight(double width) {
        if (boxes.isEmpty()) {
            double w = width > 0 ? width : getWidth() > 0 ? getWidth() : 400;
            return 16 + LINE * wrap(message == null ? "" : message, Math.max(40, w - 16)).size();
        }
        double[][] at = layout(contentWidth());
        double bottom = 0;
        for (double[] a : at) {
            bottom = Math.max(bottom, a[1] + a[3]);
        }
        return bottom + 8;
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(240, contentWidth());
    }

    @Override
    protected double computePrefHeight(double width) {
        return contentHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return contentHeight(width);
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected void layoutChildren() {
        paint();
    }

    private void paint() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w < 1 || h < 1) {
            return;
        }
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = palette;
        g.setFill(p.plot());
        g.fillRect(0, 0, w, h);
        if (boxes.isEmpty()) {
            g.setFill(p.muted());
            g.setFont(TEXT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            double y = 8;
            for (String line : wrap(message == null ? "" : message, Math.max(40, w - 16))) {
                g.fillText(line, 8, y);
                y += LINE;
            }
            return;
        }
        double[][] at = layout(Math.max(w, contentWidth()));
        Color gradColor = p.fit();
        // edges first, under the boxes; inputs of one box spread along its top edge
        for (Edge e : edges) {
            double[] from = at[e.from()];
            double[] to = at[e.to()];
            int n = 0;
            int k = 0;
            for (Edge other : edges) {
                if (other.to() == e.to()) {
                    if (other == e) {
                        k = n;
                    }
                    n++;
                }
            }
            double x1 = from[0] + from[2] / 2;
            double y1 = from[1] + from[3];
            double x2 = to[0] + to[2] * (k + 1) / (n + 1);
            double y2 = to[1];
            g.setStroke(e.grad() != null ? gradColor : p.muted());
            g.setLineWidth(e.grad() != null ? 2 : 1.2);
            g.setLineDashes(e.flows() ? null : new double[] {4, 4});
            g.strokeLine(x1, y1, x2, y2);
            g.setLineDashes((double[]) null);
            double angle = Math.atan2(y2 - y1, x2 - x1);
            double[] xs = {x2, x2 - 8 * Math.cos(angle - 0.4), x2 - 8 * Math.cos(angle + 0.4)};
            double[] ys = {y2, y2 - 8 * Math.sin(angle - 0.4), y2 - 8 * Math.sin(angle + 0.4)};
            g.setFill(e.grad() != null ? gradColor : p.muted());
            g.fillPolygon(xs, ys, 3);
            if (e.grad() != null) {
                g.setFont(TEXT);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.CENTER);
                double mx = (x1 + x2) / 2 + 5;
                double my = (y1 + y2) / 2;
                double tw = TextWidth.of(e.grad(), TEXT);
                g.setFill(p.plot().deriveColor(0, 1, 1, 0.85));
                g.fillRect(mx - 2, my - 8, tw + 4, 16);
                g.setFill(gradColor);
                g.fillText(e.grad(), mx, my);
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            paintBox(g, p, boxes.get(i), at[i], gradColor);
        }
    }

    private static void paintBox(GraphicsContext g, Palette p, Box b, double[] a, Color gradColor) {
        Color edge = switch (b.style()) {
            case OPERATION -> p.data();
            case LEAF -> p.classColor(1);
            case PLAIN -> p.muted();
        };
        g.setFill(edge.deriveColor(0, 1, 1, b.style() == Style.PLAIN ? 0.06 : 0.14));
        g.fillRoundRect(a[0], a[1], a[2], a[3], 10, 10);
        g.setStroke(b.current() ? gradColor : edge);
        g.setLineWidth(b.current() ? 3 : 1.2);
        g.setLineDashes(b.style() == Style.PLAIN ? new double[] {3, 3} : null);
        g.strokeRoundRect(a[0] + 0.5, a[1] + 0.5, a[2] - 1, a[3] - 1, 10, 10);
        g.setLineDashes((double[]) null);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double y = a[1] + PAD - 1;
        double cx = a[0] + a[2] / 2;
        double max = a[2] - 2 * PAD + 4;
        for (String s : lines(b)) {
            boolean isTitle = s.equals(b.title());
            boolean isGrad = s.equals(b.grad()) && !isTitle;
            g.setFont(isTitle ? TITLE : TEXT);
            g.setFill(isGrad ? gradColor : isTitle ? p.foreground() : p.muted());
            g.fillText(s, cx, y, max);
            y += LINE;
        }
    }
}
