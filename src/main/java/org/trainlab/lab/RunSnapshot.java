package org.trainlab.lab;

/**
 * What a screen or a terminal needs at one moment of a run: the run's status plus the experiment's
 * own picture. Immutable, so it can cross threads freely.
 *
 * @param step steps done
 * @param state the run's state when this was taken
 * @param reason why the run stopped (null while it runs)
 * @param stepsPerSecond measured over the recent steps (0 before there are any)
 * @param learningRate the learning rate in force
 * @param data the experiment's description
 */
public record RunSnapshot<D>(long step, long totalSteps, RunState state, String reason, double stepsPerSecond,
        double learningRate, D data) {
}
