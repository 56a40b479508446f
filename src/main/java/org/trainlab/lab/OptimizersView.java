package org.trainlab.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * What the optimizer race draws: each optimizer's loss at every step on the same batches, how it is doing,
 * and its fit to the data.
 *
 * @param names the optimizers' names, in order
 * @param losses one loss curve per optimizer (the same as each racer's {@code losses})
 * @param epoch the current epoch (from 0)
 * @param racers one per optimizer, in order
 * @param gridX the x at which every racer's {@code fit} is given: evenly spaced over the data's x range; the
 *     same array in every snapshot of a run
 * @param dataX the data's x, the same array in every snapshot of a run (never copied per snapshot)
 * @param dataY the data's y, likewise
 * @param targetLoss the loss a racer must reach for {@link Racer#reachedTargetAt()}
 */
public record OptimizersView(List<String> names, List<Series.View> losses, int epoch, List<Racer> racers,
        float[] gridX, float[] dataX, float[] dataY, double targetLoss) implements MetricSource {
    public OptimizersView {
        names = List.copyOf(names);
        losses = List.copyOf(losses);
        racers = List.copyOf(racers);
    }

    /**
     * One optimizer in the race.
     *
     * @param name its name ({@code adam})
     * @param losses its batch loss at every step
     * @param currentLoss the last step's loss (NaN before the first step)
     * @param bestLoss the smallest loss so far (NaN before the first step)
     * @param reachedTargetAt the step (from 1) at which its loss first was at or below the target; -1 if not yet
     * @param fit its net's prediction at each of the view's {@code gridX}, as of this snapshot
     */
    public record Racer(String name, Series.View losses, double currentLoss, double bestLoss, long reachedTargetAt,
            float[] fit) {
    }

    /** {@code loss:NAME}, the last step's loss of every optimizer, in order. */
    @Override
    public List<Metric> metrics() {
        List<Metric> m = new ArrayList<>();
        for (Racer r : racers) {
            m.add(new Metric("loss:" + r.name(), r.currentLoss()));
        }
        return m;
    }
}
