package org.trainlab.lab;

/**
 * What the regression lesson draws at one step: the data, the net's fit on a grid, and the loss curve.
 * Arrays are never written after publication. The data set does not change during a run, so every
 * snapshot of one experiment holds the same {@code x} and {@code y} arrays (the same references): a
 * snapshot costs only what changes, and a view repaints the data only when the reference differs.
 *
 * @param x inputs of the data set (shared by the experiment's snapshots)
 * @param y targets of the data set (shared by the experiment's snapshots)
 * @param gridX evenly spaced inputs across the data's range
 * @param gridPrediction the net's output at each grid input
 * @param loss the last step's loss (NaN before the first step)
 * @param losses the loss at every step so far
 * @param network the net drawn, each neuron with its output across the data's x range
 */
public record RegressionView(float[] x, float[] y, float[] gridX, float[] gridPrediction, float loss,
        Series.View losses, NetworkPicture network) implements MetricSource {
    @Override
    public java.util.List<Metric> metrics() {
        return java.util.List.of(new Metric("loss", loss));
    }
}
