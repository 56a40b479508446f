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
import org.trainlab.lab.DataOrigin;
import org.trainlab.lab.NetSettings;

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
        DataOrigin origin = data.regressionOrigin();
        RegressionData d = data.regression();
        return () -> new BatchSizesExperiment(b, origin, d);
    }

    @Override
    public String pytorchCode(Settings settings) {
        return BatchSizesExperiment.pytorchCode(sizes(settings), data.regressionOrigin(), data.regression());
    }
}
