package org.trainlab.app.lesson.batches;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.trainlab.app.frame.Prompt;
import org.trainlab.app.frame.TrainingModel;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.lab.BatchesExperiment;
import org.trainlab.lab.BatchesView;

/**
 * Tutorial 305, batch training (批训练): ten samples x = 1..10, y = 10..1 dealt by a DataLoader into
 * batches, epoch by epoch; each step of the run is one batch.
 */
public final class BatchesModel implements TrainingModel<BatchesView> {
    static final List<Param> PARAMS = List.of(
            Param.integer("batchSize", 1, 40, 1),
            Param.flag("shuffle"),
            Param.flag("dropLast"),
            Param.integer("points", 1, 40, 1),
            Param.integer("epochs", 1, 20, 1),
            Param.integer("workers", 0, 8, 1),
            Param.integer("seed", 0, Integer.MAX_VALUE, 1));

    /** A batch a second at first, so each shuffle and each dealt batch can be followed; faster on request. */
    private static final double[] SPEEDS = {1, 2, 4, 10, 60, Double.POSITIVE_INFINITY};

    @Override
    public String id() {
        return "batches";
    }

    @Override
    public double[] speeds() {
        return SPEEDS.clone();
    }

    @Override
    public List<Param> params() {
        return PARAMS;
    }

    @Override
    public Settings defaults() {
        BatchesExperiment.Settings d = BatchesExperiment.Settings.defaults();
        return Settings.of(PARAMS, Map.of("batchSize", d.batchSize(), "shuffle", d.shuffle(), "dropLast", d.dropLast(),
                "points", d.points(), "epochs", d.epochs(), "workers", d.workers(), "seed", (int) d.seed()));
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("eight", "batchSize", 8),
                Prompt.of("dropLast", "batchSize", 8, "dropLast", true),
                Prompt.of("noShuffle", "shuffle", false),
                Prompt.of("one", "batchSize", 1, "epochs", 2),
                Prompt.of("whole", "batchSize", 10));
    }

    static BatchesExperiment.Settings batches(Settings s) {
        return new BatchesExperiment.Settings(s.integer("points"), s.integer("batchSize"), s.integer("epochs"),
                s.flag("shuffle"), s.flag("dropLast"), s.integer("workers"), s.integer("seed"));
    }

    @Override
    public String refusal(Settings s) {
        return batches(s).batchesPerEpoch() == 0 ? "batches.noBatch" : null;
    }

    @Override
    public Supplier<BatchesExperiment> experiment(Settings s) {
        BatchesExperiment.Settings b = batches(s);
        if (b.batchesPerEpoch() == 0) { // drop_last left nothing: show the data set without dealing it
            BatchesExperiment.Settings kept = new BatchesExperiment.Settings(b.points(), b.batchSize(), b.epochs(),
                    b.shuffle(), false, b.workers(), b.seed());
            return () -> new BatchesExperiment(kept);
        }
        return () -> new BatchesExperiment(b);
    }

    @Override
    public String pytorchCode(Settings settings) {
        BatchesExperiment.Settings s = batches(settings);
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
