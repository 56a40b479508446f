package org.trainlab.app.lesson.regression;

import java.util.function.Supplier;
import javafx.beans.Observable;
import org.trainlab.app.DataSets;
import org.trainlab.app.training.Hyperparameters;
import org.trainlab.app.training.TrainingModel;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.NetSettings;
import org.trainlab.lab.RegressionExperiment;
import org.trainlab.lab.RegressionView;

/** Tutorial 301's settings over the app's current regression set, as a lab RegressionExperiment. */
public final class RegressionModel implements TrainingModel<RegressionView> {
    private final DataSets data;
    private final Hyperparameters hyperparameters;

    public RegressionModel(DataSets data) {
        this.data = data;
        this.hyperparameters = new Hyperparameters(
                RegressionExperiment.defaults(),
                NetSettings.ACTIVATIONS, NetSettings.OPTIMIZERS);
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
    public Supplier<RegressionExperiment> experiment(NetSettings v) {
        RegressionData d = data.regression();
        return () -> new RegressionExperiment(v, d);
    }

    @Override
    public String pytorchCode(NetSettings v) {
        return RegressionExperiment.pytorchCode(v);
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
