package org.trainlab.app.lesson.classification;

import java.util.List;
import java.util.function.Supplier;
import org.trainlab.app.BuiltNets;
import org.trainlab.app.DataSets;
import org.trainlab.lab.BuiltNet;
import org.trainlab.app.Messages;
import org.trainlab.app.frame.ModelLesson;
import org.trainlab.app.frame.Prompt;
import org.trainlab.app.frame.TrainingModel;
import org.trainlab.app.lesson.NetParams;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.data.ClassificationData;
import org.trainlab.io.LoadedModel;
import org.trainlab.lab.ClassificationExperiment;
import org.trainlab.lab.ClassificationView;
import org.trainlab.lab.DataOrigin;
import org.trainlab.lab.NetSettings;
import org.trainlab.spec.LossKind;

/** Tutorial 302: a small net tells the classes of the app's current classification set apart. */
public final class ClassificationModel implements TrainingModel<ClassificationView>, ModelLesson {
    private final DataSets data;
    private final BuiltNets nets;

    public ClassificationModel(DataSets data) {
        this(data, new BuiltNets());
    }

    /** The lesson that may also train the Build lesson's nets ({@code nets}). */
    public ClassificationModel(DataSets data, BuiltNets nets) {
        this.data = data;
        this.nets = nets;
    }

    @Override
    public String id() {
        return "classification";
    }

    @Override
    public List<Param> params() {
        return NetParams.WITH_NETWORK;
    }

    @Override
    public Settings defaults() {
        return NetParams.withNetwork(ClassificationExperiment.defaults());
    }

    @Override
    public List<DataSets.Kind> uses() {
        return List.of(DataSets.Kind.CLASSIFICATION);
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("oneUnit", "hidden", 1),
                Prompt.of("fast", "lr", 0.5),
                Prompt.of("sigmoid", "activation", "sigmoid", "steps", 300),
                Prompt.of("adam", "optimizer", "adam", "lr", 0.01, "hidden", 50, "steps", 500));
    }

    @Override
    public Supplier<ClassificationExperiment> experiment(Settings s) {
        NetSettings v = NetParams.net(s);
        DataOrigin origin = data.classificationOrigin();
        ClassificationData all = data.classificationAll();
        double testFraction = data.testFraction();
        long splitSeed = data.splitSeed();
        BuiltNet built = NetParams.built(s, nets);
        return () -> ClassificationExperiment.twin(v, origin, all, testFraction, splitSeed, built);
    }

    @Override
    public String refusalText(Settings s, Messages m) {
        return NetParams.misfit(s, nets, 2, data.classification().train().classes(), m);
    }

    @Override
    public String pytorchCode(Settings s) {
        return ClassificationExperiment.pytorchCode(NetParams.net(s), data.classificationOrigin(),
                data.classificationAll(), data.testFraction(), data.splitSeed(), NetParams.built(s, nets));
    }

    @Override
    public Settings settingsFor(LoadedModel model, Settings current, Messages messages) {
        return NetParams.fromModel(model, LossKind.CROSS_ENTROPY, current, messages);
    }
}
