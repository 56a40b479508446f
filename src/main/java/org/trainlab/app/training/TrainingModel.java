package org.trainlab.app.training;

import java.util.function.Supplier;
import javafx.beans.Observable;
import org.trainlab.lab.Experiment;
import org.trainlab.lab.NetSettings;

/**
 * A training lesson's model: how its settings and the current data become a lab experiment, and the
 * equivalent PyTorch program. It never trains; the lab's run does.
 *
 * @param <D> the experiment's view type (what a snapshot carries)
 */
public interface TrainingModel<D> {
    /** Names the run and its thread ("trainlab-run-" + name). */
    String runName();

    Hyperparameters hyperparameters();

    /**
     * Captures the current settings and data as immutable values and returns how to build the
     * experiment from them (called later, possibly on the training thread).
     */
    Supplier<? extends Experiment<D>> experiment(NetSettings settings);

    /** The tutorial-style PyTorch program for these settings. */
    String pytorchCode(NetSettings settings);

    /** The loss to show in the status bar. */
    double loss(D view);

    /** What the lesson trains on, for a one-line description ("x² + noise, 100 points"). */
    String dataDescription();

    /** Changes after which the next reset trains on different data. */
    Observable data();
}
