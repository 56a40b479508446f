package org.trainlab.lab;

import java.util.Iterator;
import org.trainlab.data.DataLoader;
import org.trainlab.tensor.Tensor;

/** A DataLoader's batches one after another across epochs, knowing where in the pass each one falls. */
final class Epochs {
    private final DataLoader loader;
    private Iterator<Tensor[]> batches;
    private int epoch = -1;
    private int step = -1;

    Epochs(DataLoader loader) {
        this.loader = loader;
    }

    /** The next batch, starting a new (reshuffled) epoch when the last one is used up. */
    Tensor[] next() {
        if (batches == null || !batches.hasNext()) {
            batches = loader.iterator();
            epoch++;
            step = -1;
        }
        step++;
        return batches.next();
    }

    /** The epoch of the last batch (0-based; -1 before the first). */
    int epoch() {
        return epoch;
    }

    /** The last batch's index within its epoch. */
    int step() {
        return step;
    }

    int batchesPerEpoch() {
        return loader.size();
    }
}
