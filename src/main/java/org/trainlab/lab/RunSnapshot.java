package org.trainlab.lab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a screen or a terminal needs at one moment of a run: the run's status plus the experiment's
 * own picture. Immutable, so it can cross threads freely.
 *
 * @param step steps done
 * @param state the run's state when this was taken
 * @param reason why the run stopped (null while it runs)
 * @param stepsPerSecond measured over the recent steps (0 before there are any)
 * @param learningRate the learning rate in force (the first optimizer's when there are several)
 * @param learningRates each optimizer's learning rate by its name, in the experiment's order (unmodifiable)
 * @param data the experiment's description
 */
public record RunSnapshot<D>(long step, long totalSteps, RunState state, String reason, double stepsPerSecond,
        double learningRate, Map<String, Double> learningRates, D data) {
    public RunSnapshot {
        learningRates = Collections.unmodifiableMap(new LinkedHashMap<>(learningRates));
    }

    /** A snapshot with one learning rate, reported under "". */
    public RunSnapshot(long step, long totalSteps, RunState state, String reason, double stepsPerSecond,
            double learningRate, D data) {
        this(step, totalSteps, state, reason, stepsPerSecond, learningRate, Map.of("", learningRate), data);
    }
}
