package org.trainlab.app.lesson.save;

import java.util.List;
import java.util.function.Supplier;
import org.trainlab.app.DataSets;
import org.trainlab.app.Messages;
import org.trainlab.app.frame.ModelLesson;
import org.trainlab.app.frame.Prompt;
import org.trainlab.app.frame.TrainingModel;
import org.trainlab.app.lesson.NetParams;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.data.RegressionData;
import org.trainlab.io.LoadedModel;
import org.trainlab.lab.DataCode;
import org.trainlab.lab.DataOrigin;
import org.trainlab.lab.NetSettings;
import org.trainlab.lab.SaveRestoreExperiment;
import org.trainlab.lab.SaveRestoreView;
import org.trainlab.spec.Activations;
import org.trainlab.spec.LossKind;
import org.trainlab.spec.OptimizerPreset;

/** Tutorial 304, save and restore: net1 trained, saved whole and as parameters, restored as net2 and net3. */
public final class SaveModel implements TrainingModel<SaveRestoreView>, ModelLesson {
    private final DataSets data;

    public SaveModel(DataSets data) {
        this.data = data;
    }

    @Override
    public String id() {
        return "save";
    }

    @Override
    public List<Param> params() {
        return NetParams.PARAMS;
    }

    @Override
    public Settings defaults() {
        return NetParams.settings(SaveRestoreExperiment.defaults());
    }

    @Override
    public List<DataSets.Kind> uses() {
        return List.of(DataSets.Kind.REGRESSION);
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("early", "steps", 5),
                Prompt.of("wide", "hidden", 100),
                Prompt.of("adam", "optimizer", "adam", "lr", 0.05));
    }

    @Override
    public Supplier<SaveRestoreExperiment> experiment(Settings s) {
        NetSettings v = NetParams.net(s);
        RegressionData d = data.regression();
        return () -> new SaveRestoreExperiment(v, d);
    }

    @Override
    public Settings settingsFor(LoadedModel model, Settings current, Messages messages) {
        return NetParams.fromModel(model, LossKind.MSE, current, messages);
    }

    @Override
    public String pytorchCode(Settings settings) {
        NetSettings s = NetParams.net(settings);
        DataOrigin origin = data.regressionOrigin();
        RegressionData d = data.regression();
        String imports = (DataCode.needsMath(origin) ? "import math\n" : "")
                + (DataCode.needsNumpy(origin, d.size()) ? "import numpy as np\n" : "");
        String net = """
                torch.nn.Sequential(
                        torch.nn.Linear(1, %d),
                        %s,
                        torch.nn.Linear(%d, 1),
                    )""".formatted(s.hidden(), Activations.code(s.activation()), s.hidden());
        return """
                %simport torch
                import matplotlib.pyplot as plt
                from safetensors.torch import save_file, load_file, save_model, load_model

                torch.manual_seed(%d)
                %s
                def save():
                    # train net1 as the regression lesson does
                    net1 = %s
                    optimizer = %s
                    loss_func = torch.nn.MSELoss()
                    for t in range(%d):
                        prediction = net1(x)
                        loss = loss_func(prediction, y)
                        optimizer.zero_grad()
                        loss.backward()
                        optimizer.step()

                    plt.figure(1, figsize=(10, 3))
                    plt.subplot(131)
                    plt.title('Net1')
                    plt.scatter(x.data.numpy(), y.data.numpy())
                    plt.plot(x.data.numpy(), prediction.data.numpy(), 'r-', lw=5)

                    # two ways to save the net. The tutorial uses torch.save (pickle): opening such a file
                    # runs whatever code it names. A safetensors file is only a JSON header and raw numbers.
                    save_model(net1, 'net.safetensors')               # the whole net's tensors
                    save_file(net1.state_dict(), 'net_params.safetensors')   # parameters only (state_dict)
                    # TrainLab's whole-model file also writes the architecture and training settings into
                    # the header's __metadata__, so TrainLab rebuilds the net without code.

                def restore_net():
                    # restore the entire net1 to net2 (here: the net in code, the tensors from the file)
                    net2 = %s
                    load_model(net2, 'net.safetensors')
                    prediction = net2(x)
                    plt.subplot(132)
                    plt.title('Net2')
                    plt.scatter(x.data.numpy(), y.data.numpy())
                    plt.plot(x.data.numpy(), prediction.data.numpy(), 'r-', lw=5)

                def restore_params():
                    # restore only the parameters in net1 to net3
                    net3 = %s
                    net3.load_state_dict(load_file('net_params.safetensors'))
                    prediction = net3(x)
                    plt.subplot(133)
                    plt.title('Net3')
                    plt.scatter(x.data.numpy(), y.data.numpy())
                    plt.plot(x.data.numpy(), prediction.data.numpy(), 'r-', lw=5)
                    plt.show()

                save()
                restore_net()
                restore_params()
                """.formatted(imports, s.seed(), DataCode.regression(origin, d), net,
                OptimizerPreset.code(s.optimizer(), "net1.parameters()", s.lr()), s.steps(), net, net);
    }
}
