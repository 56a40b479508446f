package org.trainlab.lab;

/**
 * What the classification lesson draws at one step: the points coloured by predicted class over the
 * decision regions, accuracy, and train and test loss curves. Arrays are never written after publication.
 *
 * @param x training points, row-major [n, 2]
 * @param labels their true classes
 * @param predicted the net's class for each training point
 * @param testX test points [m, 2] (empty when there is no test split; shared)
 * @param testLabels their true classes (shared)
 * @param testPredicted the net's class for each test point
 * @param classes number of classes
 * @param accuracy share of training points classified correctly (NaN before the first step)
 * @param testAccuracy the same on the test points (NaN without a test split)
 * @param trainLosses training loss at every step
 * @param testLosses test loss at every step (empty without a test split)
 * @param regions the net's decision over the plane
 * @param network the net drawn, each neuron with its output over the plane
 */
public record ClassificationView(float[] x, int[] labels, int[] predicted, float[] testX, int[] testLabels,
        int[] testPredicted, int classes, double accuracy, double testAccuracy, Series.View trainLosses,
        Series.View testLosses, DecisionRegions regions, NetworkPicture network) implements MetricSource {
    /** The training loss, the training accuracy and, when points are held out, the test accuracy. */
    @Override
    public java.util.List<Metric> metrics() {
        Metric loss = new Metric("loss", trainLosses.size() == 0 ? Double.NaN : trainLosses.last());
        Metric train = new Metric("train_accuracy", accuracy);
        return testX.length == 0 ? java.util.List.of(loss, train)
                : java.util.List.of(loss, train, new Metric("test_accuracy", testAccuracy));
    }
}
