package org.trainlab.lab;

/**
 * The smallest and largest finite value of some numbers (an x range to lay a prediction grid over, the box
 * around a classification set), optionally padded: the one place the lessons work out a data range.
 * Empty (no finite value) when min > max.
 */
public record Extent(double min, double max) {
    public static final Extent EMPTY = new Extent(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);

    /** The range of the finite values. */
    public static Extent of(float[] values) {
        return of(values, 0, 1);
    }

    /** The range of values[start], values[start + stride], ...: one column of interleaved points. */
    public static Extent of(float[] values, int start, int stride) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = start; i < values.length; i += stride) {
            float v = values[i];
            if (Float.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new Extent(lo, hi);
    }

    public boolean isEmpty() {
        return min > max;
    }

    /** The range covering both. */
    public Extent union(Extent o) {
        return new Extent(Math.min(min, o.min), Math.max(max, o.max));
    }

    /** Widened on each side by {@code fraction} of its width, at least {@code atLeast}. */
    public Extent padded(double fraction, double atLeast) {
        double pad = Math.max(fraction * (max - min), atLeast);
        return new Extent(min - pad, max + pad);
    }
}
