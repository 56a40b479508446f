package org.trainlab.app.lesson.build;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.trainlab.app.BuiltNets;
import org.trainlab.app.DataSets;
import org.trainlab.app.frame.Prompt;
import org.trainlab.app.frame.TrainingModel;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.data.ClassificationData;
import org.trainlab.lab.BuildCode;
import org.trainlab.lab.BuildExperiment;
import org.trainlab.lab.BuildView;
import org.trainlab.lab.DataOrigin;
import org.trainlab.spec.OptimizerPreset;

/**
 * Tutorial 303: net1 (a class) and net2 (a Sequential) from the app's {@link BuiltNets}, trained side by side on
 * the current regression or classification set with one optimizer kind and learning rate.
 */
public final class BuildModel implements TrainingModel<BuildView> {
    /** The data the nets learn: the regression set (1 feature in, 1 out) or the classification set (2 in, a class). */
    public static final List<String> DATA = List.of("regression", "classification");
    static final List<Param> PARAMS = List.of(
            Param.choice("data", DATA),
            Param.learningRate("lr", ""),
            Param.choice("optimizer", OptimizerPreset.NAMES),
            Param.integer("steps", 1, 1_000_000, 50),
            Param.integer("seed", 0, Integer.MAX_VALUE, 1));

    private final DataSets data;
    private final BuiltNets nets;

    public BuildModel(DataSets data, BuiltNets nets) {
        this.data = data;
        this.nets = nets;
    }

    @Override
    public String id() {
        return "build";
    }

    @Override
    public List<Param> params() {
        return PARAMS;
    }

    @Override
    public Settings defaults() {
        return Settings.of(PARAMS, Map.of("data", "regression", "lr", 0.2, "optimizer", "sgd", "steps", 200,
                "seed", 1));
    }

    @Override
    public List<DataSets.Kind> uses() {
        return List.of(DataSets.Kind.REGRESSION, DataSets.Kind.CLASSIFICATION);
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("adam", "optimizer", "adam", "lr", 0.02),
                Prompt.of("seed", "seed", 7),
                Prompt.of("long", "steps", 1000));
    }

    /** The features the chosen data gives a net (1 for the regression set, 2 for the classification set). */
    public static int inputs(Settings s) {
        return s.choice("data").equals("classification") ? 2 : 1;
    }

    BuildExperiment.Settings settings(Settings s) {
        return new BuildExperiment.Settings(nets.net1(), nets.net2(), s.choice("optimizer"), s.decimal("lr"),
                s.integer("steps"), s.integer("seed"));
    }

    /** Why a net does not fit the chosen data, or null (the run's first step would fail with it). */
    String problem(Settings s) {
        boolean classes = inputs(s) == 2;
        return BuildExperiment.problem(settings(s), inputs(s),
                classes ? data.classification().train().classes() : 1);
    }

    @Override
    public Supplier<BuildExperiment> experiment(Settings s) {
        BuildExperiment.Settings b = settings(s);
        if (inputs(s) == 2) {
            ClassificationData all = data.classificationAll();
            DataOrigin origin = data.classificationOrigin();
            double test = data.testFraction();
            return () -> BuildExperiment.classification(b, origin, all, test);
        }
        var d = data.regression();
        DataOrigin origin = data.regressionOrigin();
        return () -> BuildExperiment.regression(b, origin, d);
    }

    @Override
    public String pytorchCode(Settings s) {
        BuildExperiment.Settings b = settings(s);
        return inputs(s) == 2
                ? BuildCode.classification(b, data.classificationOrigin(), data.classificationAll(), data.testFraction())
                : BuildCode.regression(b, data.regressionOrigin(), data.regression());
    }
}
