package org.trainlab.app.frame;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trainlab.app.Messages;

/**
 * Why a run stopped, in the user's language. The lab writes its reasons in English for terminals and logs
 * ("finished 200 steps", "loss became NaN at step 5; try a smaller learning rate", "step 3 failed: ...");
 * the window says the same in the language it speaks. A reason of another shape is shown as it is.
 */
public final class ReasonText {
    private static final Pattern FINISHED = Pattern.compile("finished (\\d+) steps");
    private static final Pattern DIVERGED = Pattern.compile("loss became (NaN|infinite) at step (\\d+); try a smaller learning rate");
    private static final Pattern FAILED = Pattern.compile("step (\\d+) failed: (.*)", Pattern.DOTALL);
    private static final Pattern STOPPED = Pattern.compile("stopped by the user at step (\\d+)");

    private ReasonText() {
    }

    public static String of(String reason, Messages m) {
        if (reason == null) {
            return "";
        }
        Matcher x = FINISHED.matcher(reason);
        if (x.matches()) {
            return m.format("reason.finished", x.group(1));
        }
        x = DIVERGED.matcher(reason);
        if (x.matches()) {
            return m.format(x.group(1).equals("NaN") ? "reason.nan" : "reason.infinite", x.group(2));
        }
        x = FAILED.matcher(reason);
        if (x.matches()) {
            return m.format("reason.failed", x.group(1), x.group(2));
        }
        x = STOPPED.matcher(reason);
        if (x.matches()) {
            return m.format("reason.stopped", x.group(1));
        }
        return reason;
    }
}
