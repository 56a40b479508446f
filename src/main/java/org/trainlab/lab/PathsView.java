package org.trainlab.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * What the paths lesson draws: each optimizer's walk over a 2-D surface and the surface itself.
 *
 * @param surface the surface's id ({@code rosenbrock}, ...)
 * @param paths one per optimizer, in the settings' order
 * @param contour the surface's values on a grid over its window; the same object in every snapshot of a run
 * @param minimum the known minimum {x, y}, or null (saddle); the same array in every snapshot
 */
public record PathsView(String surface, List<Path> paths, Contour contour, float[] minimum) implements MetricSource {
    public PathsView {
        paths = List.copyOf(paths);
    }

    /**
     * One optimizer's walk: positions from the start (index 0) to the current one, and f at each, shared
     * with the experiment like any {@link Series.View} (never copied per snapshot).
     *
     * @param name the optimizer's name ({@code adam})
     * @param x x of every position so far; {@code x.size()} is steps done by this optimizer + 1
     * @param y y of every position
     * @param loss f(x, y) at every position
     * @param divergedAt the step at which its position stopped being finite, or -1; it stops there and its
     *     path ends at the last finite position
     */
    public record Path(String name, Series.View x, Series.View y, Series.View loss, long divergedAt) {
        public boolean diverged() {
            return divergedAt >= 0;
        }

        /** The current position {x, y}. */
        public float[] position() {
            return new float[] {x.last(), y.last()};
        }

        /** f at the current position. */
        public float currentLoss() {
            return loss.last();
        }
    }

    /**
     * f on a {@code columns × rows} grid of evenly spaced points spanning [xMin, xMax] × [yMin, yMax]
     * (ends included), row-major with row 0 at yMin; raw values (a drawer takes logs if it wants).
     */
    public record Contour(double xMin, double xMax, double yMin, double yMax, int columns, int rows, float[] values) {
        public float at(int column, int row) {
            return values[row * columns + column];
        }
    }

    /** {@code loss:NAME} for every optimizer, at its current position (NaN once it diverged). */
    @Override
    public List<Metric> metrics() {
        List<Metric> m = new ArrayList<>();
        for (Path p : paths) {
            m.add(new Metric("loss:" + p.name(), p.diverged() ? Double.NaN : p.currentLoss()));
        }
        return m;
    }
}
