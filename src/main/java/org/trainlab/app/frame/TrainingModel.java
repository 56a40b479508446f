package org.trainlab.app.frame;

import java.util.function.Supplier;
import org.trainlab.app.settings.Settings;
import org.trainlab.lab.Experiment;
import org.trainlab.lab.MetricSource;

/**
 * A lesson that trains: its {@link LessonModel} plus how its settings and the current data become a lab
 * experiment. It never trains itself; the lab's run does.
 *
 * @param <D> the experiment's picture of its state, which reports its numbers as metrics
 */
public interface TrainingModel<D extends MetricSource> extends LessonModel {
    /**
     * Captures the settings and the data of this moment as immutable values and returns how to build the
     * experiment from them (called later, possibly on the training thread).
     */
    Supplier<? extends Experiment<D>> experiment(Settings settings);

    /**
     * The speeds, in steps per second, the toolbar's slider offers, slowest (the one a run starts at) first; a
     * lesson whose steps are meant to be watched one by one (the dealing of batches) offers slower ones.
     */
    default double[] speeds() {
        return TrainingToolbar.SPEEDS.clone();
    }

    /** Why these settings cannot make a run (a resource key, e.g. no optimizer switched on), or null. */
    default String refusal(Settings settings) {
        return null;
    }

    /**
     * Why these settings cannot make a run, in the user's words (the refusal's text, or a reason with details such
     * as which network does not fit which data), or null.
     */
    default String refusalText(Settings settings, org.trainlab.app.Messages messages) {
        String key = refusal(settings);
        return key == null ? null : messages.text(key);
    }
}
