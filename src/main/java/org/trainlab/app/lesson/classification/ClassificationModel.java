package org.trainlab.app.lesson.classification;

import java.util.function.Supplier;
import javafx.beans.Observable;
import org.trainlab.app.DataSets;
import org.trainlab.app.training.Hyperparameters;
import org.trainlab.app.training.TrainingModel;
import org.trainlab.data.ClassificationData;
import org.trainlab.lab.ClassificationExperiment;
import org.trainlab.lab.ClassificationView;
import org.trainlab.lab.NetSettings;
import org.trainlab.lab.RegressionExperiment;

/** Tutorial 302's settings over the app's current classification split, as a lab ClassificationExperiment. */
public final class ClassificationModel implements TrainingModel<ClassificationView> {
    private final DataSets data;
    private final Hyperparameters hyperparameters;

    public ClassificationModel(DataSets data) {
        this.data = data;
        this.hyperparameters = new Hyperparameters(ClassificationExperiment.defaults(), NetSettings.ACTIVATIONS,
                NetSettings.OPTIMIZERS);
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
    public Supplier<ClassificationExperiment> experiment(NetSettings v) {
        ClassificationData.Split split = data.classification();
        return () -> new ClassificationExperiment(v, split.train(), split.test());
    }

    @Override
    public String pytorchCode(NetSettings v) {
        return ClassificationExperiment.pytorchCode(v, data.classification().train().classes());
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
