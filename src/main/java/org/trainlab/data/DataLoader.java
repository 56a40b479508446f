package org.trainlab.data;

import java.util.Objects;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * Batches of a {@link Dataset}, like {@code torch.utils.data.DataLoader}: iterating gives one epoch of
 * batches, each field stacked along a new first dimension.
 *
 * <pre>{@code
 * var loader = new DataLoader(new TensorDataset(x, y), 5).shuffle(true).generator(new Generator(0));
 * for (Tensor[] batch : loader) { Tensor xb = batch[0], yb = batch[1]; ... }
 * }</pre>
 *
 * <p>Every {@link #iterator()} call is a new epoch with, when shuffling, a new order drawn from the
 * loader's generator (by default one seeded from {@link Generator#defaultGenerator()} on first use).
 *
 * <p>With {@code numWorkers > 0}, background daemon threads prefetch up to {@code 2 * numWorkers}
 * batches; the batches, their order and their contents are exactly those of {@code numWorkers = 0}.
 * The workers stop when the epoch ends, when its {@link BatchIterator} is closed, when a worker fails,
 * or, for an iterator abandoned without closing, once it is garbage collected (idle workers also exit
 * on their own after a few seconds). Leave a for-each loop early with try-with-resources:
 * {@code try (var batches = loader.iterator()) { ... }}.
 */
public final class DataLoader implements Iterable<Tensor[]> {
    private final Dataset dataset;
    private final int batchSize;
    private boolean shuffle;
    private boolean dropLast;
    private int numWorkers;
    private Generator generator;

    /** Batches of one sample, like {@code DataLoader(dataset)}. */
    public DataLoader(Dataset dataset) {
        this(dataset, 1);
    }

    public DataLoader(Dataset dataset, int batchSize) {
        this.dataset = Objects.requireNonNull(dataset, "DataLoader: dataset must not be null");
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch_size should be a positive integer value, but got batch_size="
                    + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** Reshuffles the samples at the start of every epoch. */
    public DataLoader shuffle(boolean shuffle) {
        this.shuffle = shuffle;
        return this;
    }

    /** Drops the last batch when it would be smaller than the batch size. */
    public DataLoader dropLast(boolean dropLast) {
        this.dropLast = dropLast;
        return this;
    }

    /** How many background threads load batches; 0 loads them in the consuming thread. */
    public DataLoader numWorkers(int numWorkers) {
        if (numWorkers < 0) {
            throw new IllegalArgumentException("num_workers option should be non-negative; use num_workers=0 to "
                    + "disable multiprocessing. (got " + numWorkers + ")");
        }
        this.numWorkers = numWorkers;
        return this;
    }

    /** The generator the shuffle order comes from; seed it for reproducible epochs. */
    public DataLoader generator(Generator generator) {
        this.generator = Objects.requireNonNull(generator, "DataLoader: generator must not be null");
        return this;
    }

    public Dataset dataset() {
        return dataset;
    }

    public int batchSize() {
        return batchSize;
    }

    /** Batches per epoch, like {@code len(loader)}. */
    public int size() {
        int n = dataset.size();
        return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
    }

    /** One epoch of batches; close it to stop its workers early. */
    @Override
    public BatchIterator iterator() {
        int n = dataset.size();
        int[] order;
        if (shuffle) {
            if (generator == null) {
                generator = new Generator(Generator.defaultGenerator().nextLong());
            }
            order = generator.randperm(n);
        } else {
            order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
        }
        int[][] batches = new int[size()][];
        for (int b = 0; b < batches.length; b++) {
            int from = b * batchSize;
            int to = Math.min(n, from + batchSize);
            batches[b] = java.util.Arrays.copyOfRange(order, from, to);
        }
        return new BatchIterator(dataset, batches, numWorkers);
    }
}
