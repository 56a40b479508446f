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
 * @param graphNodes the number of nodes in each step's autograd graph (operations and leaves)
 * @param pastT the times of every window so far, in order
 * @param pastTarget cos at those times
 * @param pastPrediction the prediction made at those times, at the step that saw them
 */
public record DynamicView(float[] t, float[] input, float[] target, float[] prediction, Series.View lengths,
        Series.View losses, Series.View graphNodes, Series.View pastT, Series.View pastTarget,
        Series.View pastPrediction) implements MetricSource {
    @Override
    public java.util.List<Metric> metrics() {
        return java.util.List.of(new Metric("loss", losses.size() == 0 ? Double.NaN : losses.last()));
    }
}
