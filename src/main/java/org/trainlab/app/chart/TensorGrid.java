package org.trainlab.app.chart;

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
 * Tensors drawn as grids of cells, side by side, each under the code that made it and its torch.Size: a
 * 1-D tensor is one row, a 2-D one rows and columns, and leading dimensions of size 1 are drawn as
 * frames around the grid (one frame per dimension), so {@code unsqueeze(0)} visibly wraps the same
 * cells. Cells of a row that broadcasting repeated can be drawn faint.
 */
public final class TensorGrid extends Region {
    /** One tensor: caption lines, shape, values row-major, and which cells are faint (may be null). */
    public record Item(String code, String size, int[] shape, float[] values, boolean[] faint) {
    }

    private static final Font CODE_FONT = Font.font("DejaVu Sans Mono", FontWeight.BOLD, 12);
    private static final Font SIZE_FONT = Font.font("DejaVu Sans Mono", 11);
    private static final Font CELL_FONT = Font.font("DejaVu Sans Mono", 12);
    private static final double CELL = 30;
    private static final double GAP = 28;
    private final Canvas canvas = new Canvas();
    private List<Item> items = List.of();
    private Palette palette = Palette.LIGHT;

    public TensorGrid() {
        getChildren().add(canvas);
        getStyleClass().add("tensor-grid");
    }

    public void setItems(List<Item> items) {
        this.items = List.copyOf(items);
        requestLayout();
        paint();
    }

    public List<Item> items() {
        return items;
    }

    public void setPalette(Palette palette) {
        this.palette = palette;
        paint();
    }

    private static int rows(int[] shape) {
        return shape.length >= 2 ? shape[shape.length - 2] : 1;
    }

    private static int columns(int[] shape) {
        return shape.length >= 1 ? shape[shape.length - 1] : 1;
    }

    private static int frames(int[] shape) {
        return Math.max(0, shape.length - 2);
    }

    private double itemWidth(Item it) {
        double grid = columns(it.shape()) * CELL + 2 * 6 * frames(it.shape());
        return Math.max(grid, Math.max(TextWidth.of(it.code(), CODE_FONT), TextWidth.of(it.size(), SIZE_FONT)));
    }

    /** Items flow left to right and wrap to the next line when the width runs out. */
    private double layoutHeight(double width, boolean paint, GraphicsContext g) {
        double x = 0;
        double y = 0;
        double lineHeight = 0;
        for (Item it : items) {
            double w = itemWidth(it);
            double h = 40 + rows(it.shape()) * CELL + 2 * 6 * frames(it.shape());
            if (x > 0 && x + w > width) {
                x = 0;
                y += lineHeight + GAP;
                lineHeight = 0;
            }
            if (paint) {
                paintItem(g, it, x, y);
            }
            x += w + GAP;
            lineHeight = Math.max(lineHeight, h);
        }
        return y + lineHeight + 4;
    }

    private void paintItem(GraphicsContext g, Item it, double x0, double y0) {
        Palette p = palette;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(p.foreground());
        g.setFont(CODE_FONT);
        g.fillText(it.code(), x0, y0);
        g.setFill(p.muted());
        g.setFont(SIZE_FONT);
        g.fillText(it.size(), x0, y0 + 16);
        int frames = frames(it.shape());
        double top = y0 + 38;
        int r = rows(it.shape());
        int c = columns(it.shape());
        g.setStroke(p.muted());
        g.setLineWidth(1);
        for (int f = 0; f < frames; f++) {
            double inset = 6 * f;
            g.strokeRoundRect(x0 + inset + 0.5, top + inset + 0.5, c * CELL + 2 * 6 * (frames - f) - 2 * 0 - 1,
                    r * CELL + 2 * 6 * (frames - f) - 1, 6, 6);
        }
        double gx = x0 + 6 * frames;
        double gy = top + 6 * frames;
        g.setFont(CELL_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                int k = i * c + j;
                boolean faint = it.faint() != null && it.faint()[k];
                Color fill = p.data().deriveColor(0, 1, 1, faint ? 0.08 : 0.22);
                g.setFill(fill);
                g.fillRect(gx + j * CELL, gy + i * CELL, CELL, CELL);
                g.setStroke(p.data());
                g.strokeRect(gx + j * CELL + 0.5, gy + i * CELL + 0.5, CELL - 1, CELL - 1);
                g.setFill(faint ? p.muted() : p.foreground());
                float v = k < it.values().length ? it.values()[k] : Float.NaN;
                g.fillText(v == Math.rint(v) ? Long.toString((long) v) : Float.toString(v), gx + (j + 0.5) * CELL,
                        gy + (i + 0.5) * CELL);
            }
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return layoutHeight(width > 0 ? width : 600, false, null);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
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
        g.clearRect(0, 0, w, h);
        layoutHeight(w, true, g);
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }
}
