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
 * trained, so the loss is 0. The loader draws its epochs from PyTorch's generator seeded as the program's
 * {@code torch.manual_seed}, so the batches are the program's.
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
                .dropLast(s.dropLast()).numWorkers(s.workers()).defaultGenerator(Generator.pytorch(s.seed())));
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

    /**
     * The tutorial's program for these settings, for the lesson's code pane: it prints the lines
     * {@link BatchesView.Batch#printed} prints, batch for batch.
     */
    public static String pytorchCode(Settings s) {
        return """
                import torch
                import torch.utils.data as Data

                torch.manual_seed(%d)    # reproducible

                BATCH_SIZE = %d

                x = torch.linspace(1, %d, %d)       # this is x data (torch tensor)
                y = torch.linspace(%d, 1, %d)       # this is y data (torch tensor)

                torch_dataset = Data.TensorDataset(x, y)
                loader = Data.DataLoader(
                    dataset=torch_dataset,      # torch TensorDataset format
                    batch_size=BATCH_SIZE,      # mini batch size
                    shuffle=%s,                 # random shuffle for training
                    drop_last=%s,               # drop the last batch if it is short
                    num_workers=%d,             # subprocesses for loading data
                )

                def show_batch():
                    for epoch in range(%d):   # train entire dataset %d times
                        for step, (batch_x, batch_y) in enumerate(loader):  # for each training step
                            # train your data...
                            print('Epoch: ', epoch, '| Step: ', step, '| batch x: ',
                                  batch_x.numpy(), '| batch y: ', batch_y.numpy())

                if __name__ == '__main__':
                    show_batch()
                """.formatted(s.seed(), s.batchSize(), s.points(), s.points(), s.points(), s.points(),
                s.shuffle() ? "True" : "False", s.dropLast() ? "True" : "False", s.workers(), s.epochs(), s.epochs());
    }
}
