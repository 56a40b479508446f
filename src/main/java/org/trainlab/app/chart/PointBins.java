package org.trainlab.app.chart;

import java.util.Arrays;

/**
 * Large point sets drawn by binning: the plot is cut into square cells about a marker wide, and each
 * occupied cell is drawn by one of its points, so 100,000 points cost what a few thousand do while the
 * set keeps its shape and its outliers (an isolated point has a cell of its own). Sets up to
 * {@link #ALL} points are drawn whole.
 */
final class PointBins {
    /** Up to this many points every point is drawn. */
    static final int ALL = 2000;

    /** A point's pixel position: the point's index in, pixels out. */
    interface Pixels {
        double x(int i);

        double y(int i);
    }

    /** Which of two points in one cell shows it: true when point {@code i} should replace {@code shown}. */
    interface Preference {
        boolean before(int i, int shown);
    }

    private PointBins() {
    }

    /**
     * The indices of the points to draw, in increasing order: all of them when there are at most
     * {@link #ALL}, else one per occupied cell of {@code cell} pixels inside the box (points outside it
     * are skipped, as the plot's clip would hide them). The first point of a cell shows it unless
     * {@code preference} prefers a later one.
     */
    static int[] shown(int n, Pixels at, double left, double top, double right, double bottom, double cell,
            Preference preference) {
        if (n <= ALL) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int cols = Math.max(1, (int) Math.ceil((right - left) / cell));
        int rows = Math.max(1, (int) Math.ceil((bottom - top) / cell));
        int[] owner = new int[cols * rows];
        Arrays.fill(owner, -1);
        for (int i = 0; i < n; i++) {
            double px = at.x(i);
            double py = at.y(i);
            if (!(px >= left && px < right && py >= top && py < bottom)) {
                continue; // outside the plot, or NaN
            }
            int k = (int) ((py - top) / cell) * cols + (int) ((px - left) / cell);
            if (owner[k] < 0 || preference != null && preference.before(i, owner[k])) {
                owner[k] = i;
            }
        }
        return Arrays.stream(owner).filter(i -> i >= 0).sorted().toArray();
    }
}
