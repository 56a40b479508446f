package org.trainlab.app.frame;

import org.trainlab.app.Messages;
import org.trainlab.lab.Metric;

/** How a metric reads on screen: its translated name (with the net it belongs to) and its value. */
public final class MetricText {
    private MetricText() {
    }

    /** "Loss 0.0041", "Test accuracy 0.95", "Loss (Adam) 0.0123". */
    public static String of(Metric m, Messages messages) {
        return name(m, messages) + " " + value(m);
    }

    public static String name(Metric m, Messages messages) {
        String name = messages.textOr("metric." + m.kind(), m.kind().replace('_', ' '));
        return m.qualifier().isEmpty() ? name
                : name + " (" + messages.textOr("optimizer." + m.qualifier(), m.qualifier()) + ")";
    }

    /** Accuracies and shares with two decimals, everything else as a loss. */
    public static String value(Metric m) {
        if (Double.isNaN(m.value())) {
            return "—";
        }
        return m.kind().endsWith("accuracy") || m.kind().startsWith("in_band") ? Format.accuracy(m.value())
                : Format.loss(m.value());
    }
}
