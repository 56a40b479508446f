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
 * <p>Every {@link #iterator()} call is a new epoch with, when shuffling, a new order. With PyTorch's
 * generator ({@link Generator#pytorch}) the epochs draw exactly what PyTorch's DataLoader draws (see
 * {@link #defaultGenerator(Generator)}); with TrainLab's SplitMix64 the order comes from the loader's
 * generator (by default one seeded from the default generator on first use).
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
    private Generator defaultGenerator;

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

    /**
     * The generator the shuffle order comes from, like {@code DataLoader(generator=...)}; seed it for
     * reproducible epochs.
     */
    public DataLoader generator(Generator generator) {
        this.generator = Objects.requireNonNull(generator, "DataLoader: generator must not be null");
        return this;
    }

    /**
     * The generator that plays {@code torch}'s default generator for this loader (without one, the
     * process-wide {@link Generator#defaultGenerator()}): an experiment passes its own run's generator,
     * so its epochs draw the seeds its PyTorch program draws from {@code torch.manual_seed}'s stream.
     */
    public DataLoader defaultGenerator(Generator defaultGenerator) {
        this.defaultGenerator = Objects.requireNonNull(defaultGenerator,
                "DataLoader: default generator must not be null");
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
        Generator defaults = defaultGenerator != null ? defaultGenerator : Generator.defaultGenerator();
        Generator seeds = generator != null ? generator : defaults;
        int[] order = null;
        if (seeds.isPytorch()) {
            order = pytorchEpoch(n, defaults, seeds);
        } else if (shuffle) {
            if (generator == null) {
                generator = new Generator(defaults.nextLong());
            }
            order = generator.randperm(n);
        }
        if (order == null) {
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

    /**
     * PyTorch's epoch: the iterator draws a base seed (for worker seeding) from the loader's generator or
     * the default one; the RandomSampler then draws a seed from the default generator and runs randperm on
     * a fresh generator seeded with it, or, given a generator, runs randperm on that one and, when the epoch
     * ends, one more (its {@code randperm(n)[:num_samples % n]}). Null when the order is 0..n-1.
     */
    private int[] pytorchEpoch(int n, Generator defaults, Generator seeds) {
        seeds.random64();
        if (!shuffle) {
            return null;
        }
        if (generator == null) {
            long seed = defaults.random64() & Long.MAX_VALUE;
            return Generator.pytorch(seed).randperm(n);
        }
        int[] order = generator.randperm(n);
        generator.randperm(n);
        return order;
    }
}
