package org.trainlab.app.chart;

/**
 * An axis: a data interval mapped onto a pixel interval, linearly with "nice" tick values (1, 2 or 5
 * times a power of ten), or logarithmically with a tick at each power of ten.
 */
final class Axis {
    private double min;
    private double max;
    private double from;
    private double to;
    private boolean log;

    /** Logarithmic from the next {@link #domain} on; the domain must then be positive. */
    void setLog(boolean log) {
        this.log = log;
    }

    boolean log() {
        return log;
    }

    /** Sets the data interval; an empty or invalid one becomes a small interval around it. */
    void domain(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (log) {
            lo = lo > 0 ? Math.log10(lo) : -1;
            hi = hi > 0 ? Math.log10(hi) : lo + 1;
        }
        if (hi - lo < 1e-12) {
            double pad = Math.max(Math.abs(lo) * 0.1, 0.5);
            lo -= pad;
            hi += pad;
        }
        min = lo;
        max = hi;
    }

    /** Sets the pixel interval that {@code min..max} maps onto (to may be below from, for y). */
    void range(double from, double to) {
        this.from = from;
        this.to = to;
    }

    /** The lower of the two ends of the pixel interval. */
    double pixelLow() {
        return Math.min(from, to);
    }

    /** The higher of the two ends of the pixel interval. */
    double pixelHigh() {
        return Math.max(from, to);
    }

    /**
     * Sets the domain to the data's {@code lo..hi} padded by {@code fraction} of its span on each side. A
     * span too small to tell from rounding (two equal values, or values one float step apart) counts as
     * a single value and gets a round span around it, so the ticks read 0.9, 1.0, 1.1 rather than
     * 0.99999988, 1.00000010.
     */
    void domainPadded(double lo, double hi, double fraction) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
            domain(-1, 1);
            return;
        }
        double magnitude = Math.max(Math.abs(lo), Math.abs(hi));
        if (hi - lo <= 1e-5 * Math.max(magnitude, 1e-3)) {
            double mid = (lo + hi) / 2;
            double half = magnitude < 1e-3 ? 1 : niceStep(Math.abs(mid) * 0.1);
            double centre = Math.round(mid / half) * half; // a round centre, still within half/2 of the value
            domain(centre - half, centre + half);
            return;
        }
        double pad = fraction * (hi - lo);
        domain(lo - pad, hi + pad);
    }

    /** The domain's lower end (a data value, also on a log axis). */
    double min() {
        return log ? Math.pow(10, min) : min;
    }

    double max() {
        return log ? Math.pow(10, max) : max;
    }

    double toPixel(double v) {
        double u = log ? (v > 0 ? Math.log10(v) : min - 1e3) : v;
        return from + (u - min) / (max - min) * (to - from);
    }

    /** The data value at a pixel (the inverse of {@link #toPixel}). */
    double fromPixel(double px) {
        double u = min + (px - from) / (to - from) * (max - min);
        return log ? Math.pow(10, u) : u;
    }

    /** Tick values inside the domain, about {@code count} of them. */
    double[] ticks(int count) {
        if (log) {
            int first = (int) Math.ceil(min - 1e-9);
            int last = (int) Math.floor(max + 1e-9);
            int stride = Math.max(1, (last - first + 1 + count - 1) / Math.max(1, count));
            int n = last < first ? 0 : (last - first) / stride + 1;
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = Math.pow(10, first + i * stride);
            }
            return t;
        }
        double step = niceStep((max - min) / Math.max(1, count));
        double first = Math.ceil(min / step - 1e-9) * step;
        int n = (int) Math.floor((max - first) / step + 1e-9) + 1;
        double[] t = new double[Math.max(0, n)];
        for (int i = 0; i < t.length; i++) {
            t[i] = Math.abs(first + i * step) < step * 1e-9 ? 0 : first + i * step;
        }
        return t;
    }

    /** The label of a tick of this axis, given the ticks. */
    String label(double v, double[] ticks) {
        if (log) {
            return v >= 1e-3 && v < 1e5 ? label(v, v) : String.format("1e%d", Math.round(Math.log10(v)));
        }
        return label(v, ticks.length > 1 ? ticks[1] - ticks[0] : 1);
    }

    /** A label that shows just enough digits for ticks {@code step} apart. */
    static String label(double v, double step) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e7 && step >= 1 && v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        if (a >= 1e5 || a < 1e-3) {
            return String.format("%.1e", v);
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return String.format("%." + decimals + "f", v);
    }

    /** The smallest 1, 2 or 5 times a power of ten that is at least v (v > 0). */
    static double niceCeil(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v * (1 - 1e-12)) {
                return m * p;
            }
        }
        return 10 * p;
    }

    static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        return nice * p;
    }
}
