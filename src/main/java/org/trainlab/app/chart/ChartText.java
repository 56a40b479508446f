package org.trainlab.app.chart;

import org.trainlab.app.Messages;

/**
 * The language the charts write their menus and legends in. The window sets it before it builds the
 * lessons (a change of language rebuilds them), so charts need no messages passed through every layer.
 */
public final class ChartText {
    private static volatile Messages messages = Messages.english();

    private ChartText() {
    }

    public static Messages get() {
        return messages;
    }

    public static void set(Messages m) {
        messages = m;
    }
}
