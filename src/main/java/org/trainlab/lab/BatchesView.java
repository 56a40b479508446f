package org.trainlab.lab;

import java.util.List;

/**
 * What the mini-batch lesson shows: every batch the loader has handed out so far.
 *
 * @param batches in the order they came
 * @param batchesPerEpoch how many batches make one pass over the data
 */
public record BatchesView(List<Batch> batches, int batchesPerEpoch) {
    /** One batch: which epoch and step, and the samples it holds. */
    public record Batch(int epoch, int step, float[] x, float[] y) {
    }
}
