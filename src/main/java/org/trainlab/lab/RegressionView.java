package org.trainlab.lab;

/**
 * What the regression lesson draws at one step: the data, the net's fit on a grid, and the loss curve.
 * Arrays are fresh copies, never written after publication.
 *
 * @param x inputs of the data set
 * @param y targets of the data set
 * @param gridX evenly spaced inputs across the data's range
 * @param gridPrediction the net's output at each grid input
 * @param loss the last step's loss (NaN before the first step)
 * @param losses the loss at every step so far
 */
public record RegressionView(float[] x, float[] y, float[] gridX, float[] gridPrediction, float loss,
        Series.View losses) implements MetricSource {
    @Override
    public java.util.List<Metric> metrics() {
        return java.util.List.of(new Metric("loss", loss));
    }
}
