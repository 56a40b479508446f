package org.trainlab.app.lesson.batches;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.trainlab.app.Messages;
import org.trainlab.app.chart.Palette;
import org.trainlab.lab.BatchesView;

/**
 * The data set as numbered tiles (x on the tile, y under it) and, below, each epoch's batches as the
 * loader dealt them: a row per epoch, a box per batch, the newest batch outlined. Each sample keeps its
 * colour, so a shuffle shows as a new order of colours. Rows that do not fit give way to the newest.
 */
final class TilesPicture extends Region {
    private static final double PAD = 14;
    private static final double LABEL = 86;
    private static final Font TILE_FONT = Font.font(null, FontWeight.BOLD, 14);
    private static final Font SMALL = Font.font(11);

    private final Canvas canvas = new Canvas();
    private final Messages messages;
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.LIGHT);
    private BatchesView view;

    TilesPicture(Messages messages) {
        this.messages = messages;
        getChildren().add(canvas);
        setMinSize(100, 100);
        setPrefSize(700, 420);
        palette.addListener((obs, old, now) -> redraw());
    }

    ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    void show(BatchesView v) {
        view = v;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(snapSizeX(getWidth()));
        canvas.setHeight(snapSizeY(getHeight()));
        redraw();
    }

    private void redraw() {
        Palette p = palette.get();
        setBackground(Background.fill(p.background()));
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        if (view == null || w < 50 || h < 50) {
            return;
        }
        int n = view.points();
        int perEpoch = Math.max(1, view.batchesPerEpoch());
        double gap = 10;
        double tile = Math.min(46, (w - 2 * PAD - LABEL - gap * (perEpoch - 1) - 4 * perEpoch * 2) / Math.max(n, 1));
        tile = Math.max(tile, 12);
        double rowH = tile + 30;

        double y = PAD;
        label(g, p, messages.text("batches.picture.dataset"), y, tile);
        double x = PAD + LABEL;
        for (int i = 1; i <= n; i++) {
            tile(g, p, x, y, tile, i, n);
            x += tile;
        }
        y += rowH + 8;
        g.setStroke(p.grid());
        g.strokeLine(PAD, y - 8, w - PAD, y - 8);

        List<BatchesView.Batch> batches = view.batches();
        if (batches.isEmpty()) {
            g.setFill(p.muted());
            g.setFont(SMALL);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(messages.text("batches.picture.start"), PAD, y + 4);
            return;
        }
        int lastEpoch = batches.get(batches.size() - 1).epoch();
        int rows = Math.max(1, (int) ((h - y) / rowH));
        int firstEpoch = Math.max(0, lastEpoch - rows + 1);
        BatchesView.Batch newest = batches.get(batches.size() - 1);
        for (int e = firstEpoch; e <= lastEpoch; e++) {
            label(g, p, messages.format("batches.picture.epoch", e), y, tile);
            x = PAD + LABEL;
            for (BatchesView.Batch b : batches) {
                if (b.epoch() != e) {
                    continue;
                }
                double boxW = b.x().length * tile + 8;
                boolean isNew = b == newest;
                g.setStroke(isNew ? p.fit() : p.muted());
                g.setLineWidth(isNew ? 3 : 1);
                g.strokeRoundRect(x, y - 4, boxW, tile + 8, 8, 8);
                for (int i = 0; i < b.x().length; i++) {
                    tile(g, p, x + 4 + i * tile, y, tile, Math.round(b.x()[i]), n);
                }
                g.setFill(isNew ? p.fit() : p.muted());
                g.setFont(SMALL);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
                g.fillText(messages.format("batches.picture.step", b.step(), b.x().length), x + 2, y + tile + 6);
                x += boxW + gap;
            }
            y += rowH;
        }
    }

    private static void label(GraphicsContext g, Palette p, String text, double y, double tile) {
        g.setFill(p.foreground());
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, PAD, y + tile / 2, LABEL - 6);
    }

    /** Sample {@code value} (x = value, y = n + 1 - value) as a coloured tile. */
    private static void tile(GraphicsContext g, Palette p, double x, double y, double size, int value, int n) {
        Color c = Color.hsb(360.0 * (value - 1) / Math.max(n, 1), 0.55, 0.85);
        g.setFill(c);
        g.fillRoundRect(x + 1, y, size - 2, size, 6, 6);
        g.setFill(Color.web("#111111"));
        g.setFont(size >= 24 ? TILE_FONT : SMALL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(String.valueOf(value), x + size / 2, y + size * 0.42);
        if (size >= 28) {
            g.setFont(Font.font(9));
            g.fillText("y=" + (n + 1 - value), x + size / 2, y + size * 0.8);
        }
    }
}
