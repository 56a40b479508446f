package org.trainlab.app.chart;

/**
 * A linear axis: a data interval mapped onto a pixel interval, with "nice" tick values (1, 2 or 5
 * times a power of ten) and their labels.
 */
final class Axis {
    private double min;
    private double max;
    private double from;
    private double to;

    /** Sets the data interval; an empty or invalid one becomes a small interval around it. */
    void domain(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
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

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    double toPixel(double v) {
        return from + (v - min) / (max - min) * (to - from);
    }

    /** Tick values inside the domain, about {@code count} of them. */
    double[] ticks(int count) {
        double step = niceStep((max - min) / Math.max(1, count));
        double first = Math.ceil(min / step - 1e-9) * step;
        int n = (int) Math.floor((max - first) / step + 1e-9) + 1;
        double[] t = new double[Math.max(0, n)];
        for (int i = 0; i < t.length; i++) {
            t[i] = Math.abs(first + i * step) < step * 1e-9 ? 0 : first + i * step;
        }
        return t;
    }

    /** A label that shows just enough digits for ticks {@code step} apart. */
    static String label(double v, double step) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            return String.format("%.1e", v);
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return String.format("%." + decimals + "f", v);
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
