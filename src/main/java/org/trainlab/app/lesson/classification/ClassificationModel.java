package org.trainlab.app.lesson.classification;

import java.util.function.Supplier;
import javafx.beans.Observable;
import org.trainlab.app.DataSets;
import org.trainlab.app.training.Hyperparameters;
import org.trainlab.app.training.TrainingModel;
import org.trainlab.data.ClassificationData;
import org.trainlab.lab.ClassificationExperiment;
import org.trainlab.lab.ClassificationView;
import org.trainlab.lab.RegressionExperiment;

/** Tutorial 302's settings over the app's current classification split, as a lab ClassificationExperiment. */
public final class ClassificationModel implements TrainingModel<ClassificationView> {
    private final DataSets data;
    private final Hyperparameters hyperparameters;

    public ClassificationModel(DataSets data) {
        this.data = data;
        ClassificationExperiment.Settings d = ClassificationExperiment.Settings.defaults();
        // both experiments build their nets from the same lab choices
        this.hyperparameters = new Hyperparameters(
                new Hyperparameters.Values(d.hidden(), d.activation(), d.optimizer(), d.lr(), d.steps(), d.seed()),
                RegressionExperiment.ACTIVATIONS, RegressionExperiment.OPTIMIZERS);
    }

    static ClassificationExperiment.Settings settings(Hyperparameters.Values v) {
        return new ClassificationExperiment.Settings(v.hidden(), v.activation(), v.optimizer(), v.lr(), v.steps(),
                v.seed());
    }

    @Override
    public String runName() {
        return "classification";
    }

    @Override
    public Hyperparameters hyperparameters() {
        return hyperparameters;
    }

    @Override
    public Supplier<ClassificationExperiment> experiment(Hyperparameters.Values v) {
        ClassificationExperiment.Settings s = settings(v);
        ClassificationData.Split split = data.classification();
        return () -> new ClassificationExperiment(s, split.train(), split.test());
    }

    @Override
    public String pytorchCode(Hyperparameters.Values v) {
        return ClassificationExperiment.pytorchCode(settings(v));
    }

    @Override
    public double loss(ClassificationView view) {
        return view.trainLosses().last();
    }

    @Override
    public String dataDescription() {
        return data.classificationNameProperty().get();
    }

    @Override
    public Observable data() {
        return data.classificationProperty();
    }
}
