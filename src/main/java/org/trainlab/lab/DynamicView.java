package org.trainlab.lab;

/**
 * What the dynamic-graph lesson draws: the latest window of sin(t) in, cos(t) target and the RNN's
 * prediction, and how the sequence length changed from step to step.
 *
 * @param t the times of the latest window
 * @param input sin(t)
 * @param target cos(t)
 * @param prediction the RNN's output
 * @param lengths the sequence length used at every step
 * @param losses the loss at every step
 */
public record DynamicView(float[] t, float[] input, float[] target, float[] prediction, Series.View lengths,
        Series.View losses) {
}
