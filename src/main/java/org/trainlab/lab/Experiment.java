package org.trainlab.lab;

import java.util.Map;

/**
 * One of the tutorial's experiments, headless: its data, network(s), optimizer(s) and settings. A
 * {@link Run} calls it from a single training thread only, so it needs no locking. Experiments zero
 * gradients in place ({@code zeroGrad(false)}, PyTorch 1.x's default) so every step reuses the same
 * gradient buffers.
 *
 * @param <D> the experiment's own immutable picture of its state (predictions, paintings, ...)
 */
public interface Experiment<D> {
    /** Does one training step and returns the loss it reported (the run stops on NaN or infinity). */
    double step();

    /** Steps done so far. */
    long steps();

    /** The step count at which the experiment is complete (its default length, or what the user set). */
    long totalSteps();

    double learningRate();

    /** Sets every optimizer's learning rate; takes effect from the next step. */
    void setLearningRate(double lr);

    /**
     * Each optimizer's learning rate by the name it was registered under, in registration order. An
     * experiment with one unnamed learning rate reports it under "".
     */
    default Map<String, Double> learningRates() {
        return Map.of("", learningRate());
    }

    /**
     * Sets one optimizer's learning rate, by its name in {@link #learningRates()}; takes effect from the
     * next step.
     *
     * @throws IllegalArgumentException if no optimizer has that name
     */
    default void setLearningRate(String name, double lr) {
        if (!learningRates().containsKey(name)) {
            throw new IllegalArgumentException("no optimizer named '" + name + "' (there are: "
                    + String.join(", ", learningRates().keySet()) + ")");
        }
        setLearningRate(lr);
    }

    /** An immutable description of the current state; arrays in it are never written again. */
    D describe();
}
