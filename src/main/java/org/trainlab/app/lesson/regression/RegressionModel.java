package org.trainlab.app.lesson.regression;

import java.util.function.Supplier;
import javafx.beans.Observable;
import org.trainlab.app.DataSets;
import org.trainlab.app.training.Hyperparameters;
import org.trainlab.app.training.TrainingModel;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.RegressionExperiment;
import org.trainlab.lab.RegressionView;

/** Tutorial 301's settings over the app's current regression set, as a lab RegressionExperiment. */
public final class RegressionModel implements TrainingModel<RegressionView> {
    private final DataSets data;
    private final Hyperparameters hyperparameters;

    public RegressionModel(DataSets data) {
        this.data = data;
        RegressionExperiment.Settings d = RegressionExperiment.Settings.defaults();
        this.hyperparameters = new Hyperparameters(
                new Hyperparameters.Values(d.hidden(), d.activation(), d.optimizer(), d.lr(), d.steps(), d.seed()),
                RegressionExperiment.ACTIVATIONS, RegressionExperiment.OPTIMIZERS);
    }

    static RegressionExperiment.Settings settings(Hyperparameters.Values v) {
        return new RegressionExperiment.Settings(v.hidden(), v.activation(), v.optimizer(), v.lr(), v.steps(), v.seed());
    }

    @Override
    public String runName() {
        return "regression";
    }

    @Override
    public Hyperparameters hyperparameters() {
        return hyperparameters;
    }

    @Override
    public Supplier<RegressionExperiment> experiment(Hyperparameters.Values v) {
        RegressionExperiment.Settings s = settings(v);
        RegressionData d = data.regression();
        return () -> new RegressionExperiment(s, d);
    }

    @Override
    public String pytorchCode(Hyperparameters.Values v) {
        return RegressionExperiment.pytorchCode(settings(v));
    }

    @Override
    public double loss(RegressionView view) {
        return view.loss();
    }

    @Override
    public String dataDescription() {
        return data.regressionNameProperty().get();
    }

    @Override
    public Observable data() {
        return data.regressionProperty();
    }
}
