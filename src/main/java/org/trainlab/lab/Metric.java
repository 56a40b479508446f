package org.trainlab.lab;

/**
 * One number a run reports at a step, for a status bar, a chart legend or a terminal: a loss, an
 * accuracy, a D score. The key names what it is ({@code loss}, {@code accuracy}, {@code test_accuracy},
 * {@code d_score}, ...), optionally with a qualifier after a colon for one of several nets
 * ({@code loss:adam}). Screens translate the key; the value is NaN while there is nothing to report.
 */
public record Metric(String key, double value) {
    public Metric {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a metric needs a key");
        }
    }

    /** The part before the colon ({@code loss} for {@code loss:adam}). */
    public String kind() {
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }

    /** The part after the colon, or "" ({@code adam} for {@code loss:adam}). */
    public String qualifier() {
        int colon = key.indexOf(':');
        return colon < 0 ? "" : key.substring(colon + 1);
    }
}
