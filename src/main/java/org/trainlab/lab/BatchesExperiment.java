package org.trainlab.lab;

import java.util.ArrayList;
import java.util.List;
import org.trainlab.data.DataLoader;
import org.trainlab.data.TensorDataset;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * The tutorial's mini-batch lesson (305): x = linspace(1, 10, 10), y = linspace(10, 1, 10), handed
 * out by a shuffling DataLoader in batches of 5 for 3 epochs. Each step takes one batch; nothing is
 * trained, so the loss is 0.
 */
public final class BatchesExperiment extends TrainingExperiment<BatchesView> {
    /** The lesson's settings; the defaults are the tutorial's. */
    public record Settings(int points, int batchSize, int epochs, boolean shuffle, boolean dropLast, int workers,
            long seed) {
        public static Settings defaults() {
            return new Settings(10, 5, 3, true, false, 2, 1);
        }

        public Settings withBatchSize(int v) {
            return new Settings(points, v, epochs, shuffle, dropLast, workers, seed);
        }

        public Settings withEpochs(int v) {
            return new Settings(points, batchSize, v, shuffle, dropLast, workers, seed);
        }

        public Settings withSeed(long v) {
            return new Settings(points, batchSize, epochs, shuffle, dropLast, workers, v);
        }

        /** Batches per epoch, as {@code len(loader)}: 0 when drop_last drops the only, short batch. */
        public int batchesPerEpoch() {
            return dropLast ? points / batchSize : (points + batchSize - 1) / batchSize;
        }
    }

    private final Settings settings;
    private final Epochs epochs;
    private final List<BatchesView.Batch> seen = new ArrayList<>();

    public BatchesExperiment(Settings s) {
        if (s.points() < 1 || s.batchSize() < 1 || s.epochs() < 1 || s.workers() < 0) {
            throw new IllegalArgumentException("batches: points, batch size and epochs must be positive");
        }
        if (s.batchesPerEpoch() == 0) {
            throw new IllegalArgumentException("batches: with drop_last, a batch of " + s.batchSize() + " from "
                    + s.points() + " samples is dropped and no batch is left");
        }
        this.settings = s;
        Tensor x = Tensor.linspace(1, s.points(), s.points());
        Tensor y = Tensor.linspace(s.points(), 1, s.points());
        this.epochs = new Epochs(new DataLoader(new TensorDataset(x, y), s.batchSize()).shuffle(s.shuffle())
                .dropLast(s.dropLast()).numWorkers(s.workers()).generator(new Generator(s.seed())));
    }

    @Override
    protected double trainStep() {
        Tensor[] batch = epochs.next();
        seen.add(new BatchesView.Batch(epochs.epoch(), epochs.step(), batch[0].toArray(), batch[1].toArray()));
        return 0;
    }

    @Override
    public long totalSteps() {
        return (long) settings.epochs() * epochs.batchesPerEpoch();
    }

    @Override
    public BatchesView describe() {
        return new BatchesView(List.copyOf(seen), epochs.batchesPerEpoch(), settings.points(),
                settings.shuffle());
    }
}
