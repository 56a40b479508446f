package org.trainlab.lab;

import java.util.List;

/**
 * What the Build lesson draws at one step: the loss curves of net1 (the class) and net2 (the Sequential), trained
 * side by side on the same data, and whether they started from the same weights.
 *
 * @param losses1 net1's loss at every step so far
 * @param losses2 net2's loss at every step so far
 * @param sameStart whether net2's initial weights were copied into net1 (their parameters correspond in order
 *     and shape)
 * @param largestGap the largest |loss1 - loss2| over the steps so far (0 while nothing is trained)
 * @param problem why a net does not fit the data (its first step fails with it), or null
 * @param network1 net1 drawn (its layers, weights and each neuron's output over the data's range)
 * @param network2 net2 drawn
 */
public record BuildView(Series.View losses1, Series.View losses2, boolean sameStart, double largestGap,
        String problem, NetworkPicture network1, NetworkPicture network2)
        implements MetricSource {
    @Override
    public List<Metric> metrics() {
        return List.of(new Metric("loss:net1", last(losses1)), new Metric("loss:net2", last(losses2)),
                new Metric("loss_gap", losses1.size() == 0 ? Double.NaN : largestGap));
    }

    private static double last(Series.View v) {
        return v.size() == 0 ? Double.NaN : v.last();
    }
}
