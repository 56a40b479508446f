package org.trainlab.app.lesson.data;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;
import org.trainlab.tensor.Tensor;

/**
 * Points drawn with the mouse, with undo: (x, y) pairs for a regression set, or (x₁, x₂, class) for a
 * classification set. Every edit (a click, a whole stroke, a removal, a clear) is one undo step. No JavaFX.
 */
public final class DrawnPoints {
    private final int width;
    private List<float[]> points = new ArrayList<>();
    private final Deque<List<float[]>> undo = new ArrayDeque<>();
    private boolean inStroke;

    /** @param width 2 for regression points (x, y), 3 for classification points (x₁, x₂, class) */
    public DrawnPoints(int width) {
        this.width = width;
    }

    public int size() {
        return points.size();
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /**
     * Starts again from a set's points (the first edit of a generated or imported set keeps its points);
     * what was drawn before, and its undo steps, are forgotten.
     */
    public void startFrom(float[][] rows) {
        undo.clear();
        points = new ArrayList<>();
        for (float[] r : rows) {
            points.add(r.clone());
        }
    }

    /** Adds one point; inside a stroke, the whole stroke is one undo step. */
    public void add(float... p) {
        if (p.length != width) {
            throw new IllegalArgumentException("a drawn point has " + width + " numbers, got " + p.length);
        }
        if (!inStroke) {
            save();
        }
        points.add(p.clone());
    }

    /** A drag begins: the points it adds are undone together. */
    public void beginStroke() {
        save();
        inStroke = true;
    }

    public void endStroke() {
        inStroke = false;
    }

    /** Removes the point nearest (x, y) within {@code radius} (in the same units); returns whether one was. */
    public boolean removeNear(double x, double y, double radiusX, double radiusY) {
        int best = -1;
        double bestD = 1;
        for (int i = 0; i < points.size(); i++) {
            float[] p = points.get(i);
            double dx = (p[0] - x) / radiusX;
            double dy = (p[1] - y) / radiusY;
            double d = dx * dx + dy * dy;
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        if (best < 0) {
            return false;
        }
        save();
        points.remove(best);
        return true;
    }

    public void clear() {
        save();
        points = new ArrayList<>();
    }

    /** Goes back one edit; returns whether there was one. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        points = undo.pop();
        return true;
    }

    private void save() {
        List<float[]> copy = new ArrayList<>(points.size());
        for (float[] p : points) {
            copy.add(p.clone());
        }
        undo.push(copy);
    }

    /** The points as drawn, each (x, y) or (x₁, x₂, class). */
    public List<float[]> points() {
        return List.copyOf(points);
    }

    /** The drawn regression set, sorted by x (as the tutorial's linspace is); null when it has fewer than 2 points. */
    public RegressionData regression() {
        if (points.size() < 2) {
            return null;
        }
        List<float[]> sorted = new ArrayList<>(points);
        sorted.sort((a, b) -> Float.compare(a[0], b[0]));
        int n = sorted.size();
        float[] xs = new float[n];
        float[] ys = new float[n];
        for (int i = 0; i < n; i++) {
            xs[i] = sorted.get(i)[0];
            ys[i] = sorted.get(i)[1];
        }
        return new RegressionData(new Tensor(xs, n, 1), new Tensor(ys, n, 1));
    }

    /** The drawn classification set; null while it has fewer than 2 points or fewer than 2 classes. */
    public ClassificationData classification() {
        int n = points.size();
        int classes = 0;
        long[] labels = new long[n];
        float[] xs = new float[2 * n];
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            float[] p = points.get(i);
            xs[2 * i] = p[0];
            xs[2 * i + 1] = p[1];
            labels[i] = (long) p[2];
            seen.add((int) p[2]);
            classes = Math.max(classes, (int) p[2] + 1);
        }
        if (n < 2 || seen.size() < 2) {
            return null;
        }
        return new ClassificationData(new Tensor(xs, n, 2), Tensor.ofLongs(labels, n), classes);
    }
}
