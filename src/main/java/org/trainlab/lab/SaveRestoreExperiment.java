package org.trainlab.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trainlab.data.RegressionData;
import org.trainlab.io.ModelFile;
import org.trainlab.io.ModelFormatException;
import org.trainlab.io.SafeTensors;
import org.trainlab.io.SafeTensorsFile;
import org.trainlab.nn.MSELoss;
import org.trainlab.nn.Module;
import org.trainlab.nn.Sequential;
import org.trainlab.optim.Optimizer;
import org.trainlab.spec.LossKind;
import org.trainlab.spec.OptimizerPreset;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * The tutorial's save and restore (304): net1 learns x² + noise; then it is saved twice, whole (the
 * architecture and training settings in the file's metadata, so no code is needed to rebuild it) and as
 * its parameters only (a state_dict); net2 is restored from the whole file, net3 is built again from
 * code (with other initial weights) and given the parameters. The saving and restoring happen, in memory,
 * every time the experiment describes itself, so the three fits can be compared at any step: they are
 * identical.
 */
public final class SaveRestoreExperiment extends TrainingExperiment<SaveRestoreView> implements SavableExperiment.OneNet {
    /** The files' names, as the tutorial calls them. */
    public static final String WHOLE = "net.safetensors";
    public static final String PARAMS = "net_params.safetensors";
    private static final int GRID = 200;

    /** The tutorial's settings: 10 hidden ReLU units, SGD lr 0.5, 100 steps. */
    public static NetSettings defaults() {
        return new NetSettings(10, "relu", "sgd", 0.5, 100, 1);
    }

    private final NetSettings settings;
    private final Tensor x;
    private final Tensor y;
    private final Tensor grid;
    private final Sequential net1;
    private final Optimizer optimizer;
    private final MSELoss lossFunc = new MSELoss();
    private final Series losses = new Series();

    public SaveRestoreExperiment(NetSettings settings, RegressionData data) {
        if (settings.steps() < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + settings.steps());
        }
        this.settings = settings;
        this.x = data.x();
        this.y = data.y();
        this.net1 = Networks.mlp(1, settings.hidden(), 1, settings.activation(), new Generator(settings.seed()));
        this.optimizer = optimizer(OptimizerPreset.create(settings.optimizer(), net1.parameters(), settings.lr()));
        Extent range = Extent.of(x.data());
        this.grid = Tensor.linspace((float) range.min(), (float) range.max(), GRID).unsqueeze(1);
    }

    @Override
    public Sequential net() {
        return net1;
    }

    @Override
    public TrainingSettings training() {
        return settings.training(LossKind.MSE, 1);
    }

    @Override
    protected double trainStep() {
        Tensor loss = lossFunc.forward(net1.forward(x), y);
        float value = descend(optimizer, loss);
        losses.add(value);
        return value;
    }

    @Override
    public long totalSteps() {
        return settings.steps();
    }

    @Override
    public SaveRestoreView describe() {
        Series.View history = losses.view();
        byte[] whole = ModelFile.toBytes(net1, training());
        byte[] params = ModelFile.stateDictBytes(net1);
        Module net2;
        Sequential net3 = Networks.mlp(1, settings.hidden(), 1, settings.activation(),
                new Generator(settings.seed() + 1));
        SafeTensorsFile paramsFile;
        try {
            net2 = ModelFile.load(whole, WHOLE).module();
            paramsFile = SafeTensors.read(params, PARAMS);
            ModelFile.loadStateDict(paramsFile, PARAMS, net3);
            return new SaveRestoreView(x.toArray(), y.toArray(), grid.toArray(), predict(net1), predict(net2),
                    predict(net3), contents(WHOLE, whole), contents(PARAMS, params), history.size() == 0 ? Float.NaN
                    : history.last(), history);
        } catch (ModelFormatException e) {
            throw new IllegalStateException("a file TrainLab just wrote did not read back: " + e.getMessage(), e);
        }
    }

    private float[] predict(Module net) {
        try (NoGrad ignored = NoGrad.enter()) {
            return net.forward(grid).toArray();
        }
    }

    private static SaveRestoreView.FileContents contents(String name, byte[] bytes) throws ModelFormatException {
        SafeTensorsFile file = SafeTensors.read(bytes, name);
        List<SaveRestoreView.TensorEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Tensor> e : file.tensors().entrySet()) {
            Tensor t = e.getValue();
            entries.add(new SaveRestoreView.TensorEntry(e.getKey(), t.dtype() == DType.INT64 ? "I64" : "F32",
                    t.shape(), t.numel() * (t.dtype() == DType.INT64 ? 8L : 4L)));
        }
        return new SaveRestoreView.FileContents(name, bytes.length, List.copyOf(entries), Map.copyOf(file.metadata()));
    }
}
