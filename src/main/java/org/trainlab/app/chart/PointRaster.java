package org.trainlab.app.chart;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Many points drawn as pixels into one reused image, which the chart then draws in one call: a marker
 * costs a few array writes on the JavaFX thread instead of a shape for the renderer to rasterise, so a
 * 100,000-point set redraws every frame at full speed. Markers are small disks and rings with hard edges,
 * which reads fine at this density.
 */
final class PointRaster {
    private static final int[][] DISK = mask(2.6, 0);
    private static final int[][] RING = mask(6.2, 4.4);
    private static final int[][] DIAMOND = java.util.stream.IntStream.rangeClosed(-3, 3).boxed()
            .flatMap(dy -> java.util.stream.IntStream.rangeClosed(-3, 3).mapToObj(dx -> new int[] {dx, dy}))
            .filter(d -> Math.abs(d[0]) + Math.abs(d[1]) <= 3).toArray(int[][]::new);

    private WritableImage image;
    private int[] pixels = new int[0];
    private int width;
    private int height;

    /** Starts a picture of this size (pixels), transparent. */
    void begin(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        if (image == null || image.getWidth() != this.width || image.getHeight() != this.height) {
            image = new WritableImage(this.width, this.height);
            pixels = new int[this.width * this.height];
        } else {
            Arrays.fill(pixels, 0);
        }
    }

    /**
     * Fills the whole picture with a grid of colours ({@code cols} × {@code rows} cells, row 0 at the top,
     * ARGB), each cell a block of pixels: a decision-region heatmap under the points, in the same image.
     */
    void cells(int[] argb, int cols, int rows) {
        int[] col = new int[width];
        for (int px = 0; px < width; px++) {
            col[px] = Math.min(cols - 1, px * cols / width);
        }
        for (int py = 0; py < height; py++) {
            int row = Math.min(rows - 1, py * rows / height) * cols;
            int at = py * width;
            for (int px = 0; px < width; px++) {
                pixels[at + px] = argb[row + col[px]];
            }
        }
    }

    /** A filled disk centred at (x, y), in the picture's pixels. */
    void dot(double x, double y, Color c) {
        paint(DISK, x, y, argb(c));
    }

    /** A filled diamond centred at (x, y) (a test point). */
    void diamond(double x, double y, Color c) {
        paint(DIAMOND, x, y, argb(c));
    }

    /** A ring around (x, y), as around a misclassified point. */
    void ring(double x, double y, Color c) {
        paint(RING, x, y, argb(c));
    }

    /** Draws the picture with its top left corner at (x, y). */
    void draw(GraphicsContext g, double x, double y) {
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(),
                IntBuffer.wrap(pixels), width);
        g.drawImage(image, x, y);
    }

    private void paint(int[][] mask, double x, double y, int argb) {
        int cx = (int) Math.round(x);
        int cy = (int) Math.round(y);
        for (int[] d : mask) {
            int px = cx + d[0];
            int py = cy + d[1];
            if (px >= 0 && px < width && py >= 0 && py < height) {
                pixels[py * width + px] = argb;
            }
        }
    }

    static int argb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** Offsets of the pixels whose centres lie between the two radii. */
    private static int[][] mask(double outer, double inner) {
        int r = (int) Math.ceil(outer);
        return java.util.stream.IntStream.rangeClosed(-r, r).boxed()
                .flatMap(dy -> java.util.stream.IntStream.rangeClosed(-r, r).mapToObj(dx -> new int[] {dx, dy}))
                .filter(d -> {
                    double dist = Math.hypot(d[0], d[1]);
                    return dist <= outer - 0.5 && dist >= inner - 0.5;
                }).toArray(int[][]::new);
    }
}
