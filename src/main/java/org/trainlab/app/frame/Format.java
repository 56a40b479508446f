package org.trainlab.app.frame;

/** How numbers read on screen. */
public final class Format {
    private Format() {
    }

    /** A loss as the tutorial prints it on the plot: four decimals ("0.0041"), or NaN/inf as they are. */
    public static String loss(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Math.abs(v) >= 1e4 ? String.format("%.3e", v) : String.format("%.4f", v);
    }

    /** An accuracy with two decimals ("0.98"). */
    public static String accuracy(double v) {
        return Double.isNaN(v) ? "—" : String.format("%.2f", v);
    }
}
