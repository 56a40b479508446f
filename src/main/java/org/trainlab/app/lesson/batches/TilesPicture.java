package org.trainlab.app.lesson.batches;

import java.util.List;
import javafx.animation.AnimationTimer;
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
 *
 * <p>A batch that comes one step after the last one shown is dealt in motion: at the start of an epoch the
 * data set's tiles are shuffled about (when the loader shuffles), then the batch's tiles fly from the data set
 * into their box, and the tiles dealt so far in the epoch stay faded in the data set. Faster runs (more than one
 * new batch per frame) are drawn as they stand.
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
    /** The batch being dealt in motion, and since when (System.nanoTime); null when nothing moves. */
    private BatchesView.Batch moving;
    private long movingSince;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            redraw();
            if (moving == null || now - movingSince > (SHUFFLE_NANOS + DEAL_NANOS)) {
                moving = null;
                redraw();
                stop();
            }
        }
    };
    static final long SHUFFLE_NANOS = 450_000_000L;
    static final long DEAL_NANOS = 550_000_000L;

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
        BatchesView before = view;
        view = v;
        int was = before == null ? -1 : before.batches().size();
        if (was >= 0 && v.batches().size() == was + 1 && v.points() == before.points()) {
            moving = v.batches().get(was);
            movingSince = System.nanoTime();
            timer.start();
        } else if (before == null || v.batches().size() != was) {
            moving = null;
            timer.stop();
        }
        redraw();
    }

    /** Whether a batch is being dealt in motion now (tests). */
    boolean dealing() {
        return moving != null;
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
        double dataY = y;
        List<BatchesView.Batch> batches = view.batches();
        // the motion: how far the shuffle (0..1) and the deal (0..1) of the moving batch have gone
        BatchesView.Batch newest = batches.isEmpty() ? null : batches.get(batches.size() - 1);
        double elapsed = moving == newest && newest != null ? System.nanoTime() - movingSince : Double.MAX_VALUE;
        boolean shuffles = view.shuffle() && newest != null && newest.step() == 0;
        double shuffleT = shuffles ? Math.min(1, elapsed / SHUFFLE_NANOS) : 1;
        double dealT = Math.min(1, Math.max(0, (elapsed - (shuffles ? SHUFFLE_NANOS : 0)) / DEAL_NANOS));
        boolean[] dealt = dealtThisEpoch(batches, n, dealT > 0);
        label(g, p, messages.text(shuffleT < 1 ? "batches.picture.shuffling" : "batches.picture.dataset"), y, tile);
        double x = PAD + LABEL;
        int[] order = shuffleT < 1 ? scramble(n, newest.epoch()) : null;
        for (int i = 1; i <= n; i++) {
            double at = x + (i - 1) * tile;
            double lift = 0;
            if (order != null) { // out to a shuffled place and back, each tile on its own arc
                double out = Math.sin(Math.PI * shuffleT);
                at += (order[i - 1] - (i - 1)) * tile * out;
                lift = -Math.min(PAD - 2, tile * 0.3) * out * ((i % 2) * 2 - 1);
            }
            g.setGlobalAlpha(dealt[i - 1] ? 0.22 : 1);
            tile(g, p, at, y + lift, tile, i, n);
        }
        g.setGlobalAlpha(1);
        y += rowH + 8;
        g.setStroke(p.grid());
        g.strokeLine(PAD, y - 8, w - PAD, y - 8);

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
                    int value = Math.round(b.x()[i]);
                    double tx = x + 4 + i * tile;
                    double ty = y;
                    if (isNew && dealT < 1) { // flying from its place in the data set into the box
                        double e2 = ease(dealT);
                        tx = PAD + LABEL + (value - 1) * tile + (tx - PAD - LABEL - (value - 1) * tile) * e2;
                        ty = dataY + (y - dataY) * e2;
                        if (dealT == 0) {
                            continue;
                        }
                    }
                    tile(g, p, tx, ty, tile, value, n);
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

    /** Which samples (x = 1..n) the newest epoch has dealt so far; the newest batch's only once it moves. */
    private static boolean[] dealtThisEpoch(List<BatchesView.Batch> batches, int n, boolean newestToo) {
        boolean[] dealt = new boolean[n];
        if (batches.isEmpty()) {
            return dealt;
        }
        int epoch = batches.get(batches.size() - 1).epoch();
        for (int k = batches.size() - 1; k >= 0 && batches.get(k).epoch() == epoch; k--) {
            if (k == batches.size() - 1 && !newestToo) {
                continue;
            }
            for (float v : batches.get(k).x()) {
                int i = Math.round(v) - 1;
                if (i >= 0 && i < n) {
                    dealt[i] = true;
                }
            }
        }
        return dealt;
    }

    /** A fixed scramble of n places for an epoch's shuffle in motion (the picture's, not the loader's order). */
    private static int[] scramble(int n, int epoch) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Random r = new java.util.Random(31L * epoch + n);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static double ease(double t) {
        return t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
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
