package org.trainlab.lab;

import java.util.ArrayList;
import java.util.List;
import org.trainlab.data.DataLoader;
import org.trainlab.data.RegressionData;
import org.trainlab.data.TensorDataset;
import org.trainlab.io.NamedModule;
import org.trainlab.nn.MSELoss;
import org.trainlab.nn.Sequential;
import org.trainlab.optim.Optimizer;
import org.trainlab.spec.LossKind;
import org.trainlab.spec.OptimizerPreset;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * What the batch size does to training (305, then 306's regression set): the same net, from the same
 * initial weights, trained with batches of 1, 8, 32 and the whole set. One step of this experiment is one
 * epoch for every net, so each has seen the same data: the batch of 1 has made a hundred updates by then,
 * the whole set one. Each net's batch losses (against its own optimizer steps) and its loss on the whole
 * set after each epoch are recorded.
 */
public final class BatchSizesExperiment extends TrainingExperiment<BatchSizesView> implements SavableExperiment {
    /** The batch sizes compared; 0 stands for the whole data set. */
    public static final List<Integer> SIZES = List.of(1, 8, 32, 0);

    /** The lesson's settings. */
    public record Settings(int hidden, String optimizer, double lr, int epochs, boolean shuffle, long seed) {
        public static Settings defaults() {
            return new Settings(10, "sgd", 0.05, 60, true, 1);
        }
    }

    /** One net with its loader, its optimizer and its curves. */
    private static final class Trainee {
        final int batchSize;
        final Sequential net;
        final Optimizer optimizer;
        final DataLoader loader;
        final Series stepLosses = new Series();
        final Series epochLosses = new Series();

        Trainee(int batchSize, Sequential net, Optimizer optimizer, DataLoader loader) {
            this.batchSize = batchSize;
            this.net = net;
            this.optimizer = optimizer;
            this.loader = loader;
        }
    }

    private final Settings settings;
    private final Tensor x;
    private final Tensor y;
    private final List<Trainee> trainees = new ArrayList<>();
    private final MSELoss lossFunc = new MSELoss();

    /**
     * The run the lesson's program makes ({@link #pytorchCode}): the net from PyTorch's generator as the
     * program leaves it after its data, and each loader's epochs from its own generator seeded with seed + 1.
     */
    public BatchSizesExperiment(Settings s, DataOrigin origin, RegressionData data) {
        if (s.epochs() < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + s.epochs());
        }
        this.settings = s;
        this.x = data.x();
        this.y = data.y();
        Sequential first = Networks.mlp(1, s.hidden(), 1, "relu", DataCode.generatorAfterData(s.seed(), origin));
        for (int size : SIZES) {
            int batch = size == 0 ? data.size() : size;
            Sequential net = Networks.mlp(1, s.hidden(), 1, "relu", new Generator(s.seed())); // copy.deepcopy(net)
            net.loadStateDict(first.stateDict());
            Optimizer o = optimizer(name(size), OptimizerPreset.create(s.optimizer(), net.parameters(), s.lr()));
            DataLoader loader = new DataLoader(new TensorDataset(x, y), batch).shuffle(s.shuffle())
                    .generator(Generator.pytorch(s.seed() + 1));
            trainees.add(new Trainee(size, net, o, loader));
        }
    }

    /** Each batch size's net as {@code batch_1}, {@code batch_8}, {@code batch_32}, {@code batch_all}, with its optimizer. */
    @Override
    public List<NamedModule> nets() {
        OptimizerPreset preset = OptimizerPreset.named(settings.optimizer());
        List<NamedModule> nets = new ArrayList<>();
        int n = x.shape()[0];
        for (Trainee t : trainees) {
            int batch = t.batchSize == 0 ? n : t.batchSize;
            int steps = (int) Math.min(Integer.MAX_VALUE, (long) settings.epochs() * ((n + batch - 1) / batch));
            nets.add(new NamedModule("batch_" + name(t.batchSize), t.net, new TrainingSettings(LossKind.MSE,
                    preset.kind(), preset.options(settings.lr()), steps, batch, settings.shuffle(), settings.seed(), 1)));
        }
        return nets;
    }

    /** A batch size's name: its number, or "all" for the whole set. */
    public static String name(int size) {
        return size == 0 ? "all" : String.valueOf(size);
    }

    @Override
    protected double trainStep() {
        double last = 0;
        for (Trainee t : trainees) {
            for (Tensor[] batch : t.loader) {
                Tensor loss = lossFunc.forward(t.net.forward(batch[0]), batch[1]);
                t.stepLosses.add(descend(t.optimizer, loss));
            }
            float whole;
            try (NoGrad ignored = NoGrad.enter()) {
                whole = lossFunc.forward(t.net.forward(x), y).item();
            }
            t.epochLosses.add(whole);
            last = whole;
            if (!Float.isFinite(whole)) {
                return whole;
            }
        }
        return last;
    }

    @Override
    public long totalSteps() {
        return settings.epochs();
    }

    @Override
    public BatchSizesView describe() {
        List<BatchSizesView.Curves> curves = new ArrayList<>();
        for (Trainee t : trainees) {
            curves.add(new BatchSizesView.Curves(name(t.batchSize), t.loader.batchSize(), t.loader.size(),
                    t.stepLosses.view(), t.epochLosses.view()));
        }
        return new BatchSizesView(List.copyOf(curves));
    }

    /**
     * The lesson's program for these settings and this data set: the same data, one net copied for every
     * batch size, each loader with its own generator, as the run draws them.
     */
    public static String pytorchCode(Settings s, DataOrigin origin, RegressionData d) {
        String imports = (DataCode.needsMath(origin) ? "import math\n" : "")
                + (DataCode.needsNumpy(origin, d.size()) ? "import numpy as np\n" : "");
        return """
                %simport copy
                import torch
                import torch.utils.data as Data
                import matplotlib.pyplot as plt

                %s
                EPOCH = %d
                net = torch.nn.Sequential(torch.nn.Linear(1, %d), torch.nn.ReLU(), torch.nn.Linear(%d, 1))
                loss_func = torch.nn.MSELoss()
                dataset = Data.TensorDataset(x, y)

                step_losses, epoch_losses = {}, {}
                for batch_size in [1, 8, 32, len(dataset)]:        # the same start for every batch size
                    model = copy.deepcopy(net)
                    optimizer = %s
                    loader = Data.DataLoader(dataset, batch_size=batch_size, shuffle=%s,
                                             generator=torch.Generator().manual_seed(%d))
                    step_losses[batch_size], epoch_losses[batch_size] = [], []
                    for epoch in range(EPOCH):
                        for b_x, b_y in loader:
                            loss = loss_func(model(b_x), b_y)
                            optimizer.zero_grad()
                            loss.backward()
                            optimizer.step()
                            step_losses[batch_size].append(loss.item())
                        with torch.no_grad():
                            epoch_losses[batch_size].append(loss_func(model(x), y).item())

                fig, (by_step, by_epoch) = plt.subplots(1, 2, figsize=(12, 4))
                for batch_size in step_losses:
                    by_step.plot(step_losses[batch_size], label='batch %%d' %% batch_size)
                    by_epoch.plot(epoch_losses[batch_size], label='batch %%d' %% batch_size)
                by_step.set_xlabel('steps'); by_epoch.set_xlabel('epochs')
                by_step.set_yscale('log'); by_epoch.set_yscale('log')
                by_step.legend(); by_epoch.legend()
                plt.show()
                """.formatted(imports, DataCode.seeded(s.seed(), origin, DataCode.regression(origin, d)), s.epochs(), s.hidden(), s.hidden(),
                OptimizerPreset.code(s.optimizer(), "model.parameters()", s.lr()), s.shuffle() ? "True" : "False",
                s.seed() + 1);
    }
}
