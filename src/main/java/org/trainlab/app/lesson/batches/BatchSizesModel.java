package org.trainlab.app.lesson.batches;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.trainlab.app.DataSets;
import org.trainlab.app.frame.ModelLesson;
import org.trainlab.app.frame.Prompt;
import org.trainlab.app.frame.TrainingModel;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.BatchSizesExperiment;
import org.trainlab.lab.BatchSizesView;
import org.trainlab.lab.DataCode;
import org.trainlab.lab.DataOrigin;
import org.trainlab.lab.NetSettings;
import org.trainlab.spec.OptimizerPreset;

/** The batch size's effect: one net trained with batches of 1, 8, 32 and the whole regression set. */
public final class BatchSizesModel implements TrainingModel<BatchSizesView>, ModelLesson {
    static final List<Param> PARAMS = List.of(
            Param.learningRate("lr", ""),
            Param.choice("optimizer", NetSettings.OPTIMIZERS),
            Param.integer("hidden", 1, 256, 1),
            Param.integer("epochs", 1, 10_000, 10),
            Param.flag("shuffle"),
            Param.integer("seed", 0, Integer.MAX_VALUE, 1));

    private final DataSets data;

    public BatchSizesModel(DataSets data) {
        this.data = data;
    }

    @Override
    public String id() {
        return "batchSizes";
    }

    @Override
    public List<Param> params() {
        return PARAMS;
    }

    @Override
    public Settings defaults() {
        BatchSizesExperiment.Settings d = BatchSizesExperiment.Settings.defaults();
        return Settings.of(PARAMS, Map.of("lr", d.lr(), "optimizer", d.optimizer(), "hidden", d.hidden(),
                "epochs", d.epochs(), "shuffle", d.shuffle(), "seed", (int) d.seed()));
    }

    @Override
    public List<DataSets.Kind> uses() {
        return List.of(DataSets.Kind.REGRESSION);
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("bigLr", "lr", 0.3),
                Prompt.of("adam", "optimizer", "adam", "lr", 0.01),
                Prompt.of("noShuffle", "shuffle", false));
    }

    static BatchSizesExperiment.Settings sizes(Settings s) {
        return new BatchSizesExperiment.Settings(s.integer("hidden"), s.choice("optimizer"), s.decimal("lr"),
                s.integer("epochs"), s.flag("shuffle"), s.integer("seed"));
    }

    @Override
    public Supplier<BatchSizesExperiment> experiment(Settings s) {
        BatchSizesExperiment.Settings b = sizes(s);
        RegressionData d = data.regression();
        return () -> new BatchSizesExperiment(b, d);
    }

    @Override
    public String pytorchCode(Settings settings) {
        BatchSizesExperiment.Settings s = sizes(settings);
        DataOrigin origin = data.regressionOrigin();
        RegressionData d = data.regression();
        String imports = (DataCode.needsMath(origin) ? "import math\n" : "")
                + (DataCode.needsNumpy(origin, d.size()) ? "import numpy as np\n" : "");
        return """
                %simport copy
                import torch
                import torch.utils.data as Data
                import matplotlib.pyplot as plt

                torch.manual_seed(%d)
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
                """.formatted(imports, s.seed(), DataCode.regression(origin, d), s.epochs(), s.hidden(), s.hidden(),
                OptimizerPreset.code(s.optimizer(), "model.parameters()", s.lr()), s.shuffle() ? "True" : "False",
                s.seed() + 1);
    }
}
