package org.trainlab.lab;

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

    /** Takes effect from the next step, for every optimizer. */
    void setLearningRate(double lr);

    /** Sets one named optimizer's learning rate, from the next step. */
    default void setLearningRate(String optimizer, double lr) {
        throw new IllegalArgumentException("this experiment has no optimizer named '" + optimizer + "'");
    }

    /** An immutable description of the current state; arrays in it are never written again. */
    D describe();
}
