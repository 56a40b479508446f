package org.trainlab.app.lesson.regression;

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
import org.trainlab.data.RegressionData;
import org.trainlab.io.LoadedModel;
import org.trainlab.lab.DataOrigin;
import org.trainlab.lab.NetSettings;
import org.trainlab.spec.LossKind;
import org.trainlab.lab.RegressionExperiment;
import org.trainlab.lab.RegressionView;

/** Tutorial 301: a small net fits a curve through the app's current regression set. */
public final class RegressionModel implements TrainingModel<RegressionView>, ModelLesson {
    private final DataSets data;
    private final BuiltNets nets;

    public RegressionModel(DataSets data) {
        this(data, new BuiltNets());
    }

    /** The lesson that may also train the Build lesson's nets ({@code nets}). */
    public RegressionModel(DataSets data, BuiltNets nets) {
        this.data = data;
        this.nets = nets;
    }

    @Override
    public String id() {
        return "regression";
    }

    @Override
    public List<Param> params() {
        return NetParams.WITH_NETWORK;
    }

    @Override
    public Settings defaults() {
        return NetParams.withNetwork(RegressionExperiment.defaults());
    }

    @Override
    public List<DataSets.Kind> uses() {
        return List.of(DataSets.Kind.REGRESSION);
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("explode", "lr", 1.5),
                Prompt.of("oneUnit", "hidden", 1),
                Prompt.of("tanh", "activation", "tanh", "hidden", 10),
                Prompt.of("adam", "optimizer", "adam", "lr", 0.02),
                Prompt.of("wide", "hidden", 200, "steps", 1000));
    }

    @Override
    public Supplier<RegressionExperiment> experiment(Settings s) {
        NetSettings v = NetParams.net(s);
        RegressionData d = data.regression();
        DataOrigin origin = data.regressionOrigin();
        BuiltNet built = NetParams.built(s, nets);
        return () -> new RegressionExperiment(v, origin, d, built);
    }

    @Override
    public String refusalText(Settings s, Messages m) {
        return NetParams.misfit(s, nets, 1, 1, m);
    }

    @Override
    public String pytorchCode(Settings s) {
        DataOrigin origin = data.regressionOrigin();
        return RegressionExperiment.pytorchCode(NetParams.net(s), origin, data.regression(), NetParams.built(s, nets));
    }

    @Override
    public Settings settingsFor(LoadedModel model, Settings current, Messages messages) {
        return NetParams.fromModel(model, LossKind.MSE, current, messages);
    }
}
