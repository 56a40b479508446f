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
    public record Settings(int points, int batchSize, int epochs, boolean shuffle, long seed) {
        public static Settings defaults() {
            return new Settings(10, 5, 3, true, 1);
        }

        public Settings withBatchSize(int v) {
            return new Settings(points, v, epochs, shuffle, seed);
        }

        public Settings withEpochs(int v) {
            return new Settings(points, batchSize, v, shuffle, seed);
        }

        public Settings withSeed(long v) {
            return new Settings(points, batchSize, epochs, shuffle, v);
        }
    }

    private final Settings settings;
    private final Epochs epochs;
    private final List<BatchesView.Batch> seen = new ArrayList<>();

    public BatchesExperiment(Settings s) {
        if (s.points() < 1 || s.batchSize() < 1 || s.epochs() < 1) {
            throw new IllegalArgumentException("batches: points, batch size and epochs must be positive");
        }
        this.settings = s;
        Tensor x = Tensor.linspace(1, s.points(), s.points());
        Tensor y = Tensor.linspace(s.points(), 1, s.points());
        this.epochs = new Epochs(new DataLoader(new TensorDataset(x, y), s.batchSize()).shuffle(s.shuffle())
                .generator(new Generator(s.seed())));
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
        return new BatchesView(List.copyOf(seen), epochs.batchesPerEpoch());
    }
}
