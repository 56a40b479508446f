package org.trainlab.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * The batch-size comparison at one epoch: for each batch size, its losses per optimizer step and per epoch.
 *
 * @param curves one per batch size, in {@link BatchSizesExperiment#SIZES}' order
 */
public record BatchSizesView(List<Curves> curves) implements MetricSource {
    /**
     * One batch size's curves.
     *
     * @param name the batch size ("1", "8", "32") or "all"
     * @param batchSize samples per batch
     * @param stepsPerEpoch optimizer steps per epoch
     * @param stepLosses the batch loss at each optimizer step
     * @param epochLosses the loss on the whole set after each epoch
     */
    public record Curves(String name, int batchSize, int stepsPerEpoch, Series.View stepLosses,
            Series.View epochLosses) {
    }

    /** The loss on the whole set after the last epoch, one per batch size ({@code loss:8}). */
    @Override
    public List<Metric> metrics() {
        List<Metric> out = new ArrayList<>();
        for (Curves c : curves) {
            out.add(new Metric("loss:" + c.name(), c.epochLosses().size() == 0 ? Double.NaN : c.epochLosses().last()));
        }
        return out;
    }
}
