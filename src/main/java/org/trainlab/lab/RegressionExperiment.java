package org.trainlab.lab;

import org.trainlab.data.RegressionData;
import org.trainlab.nn.MSELoss;
import org.trainlab.nn.Module;
import org.trainlab.optim.Optimizer;
import org.trainlab.spec.Activations;
import org.trainlab.spec.OptimizerPreset;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * The tutorial's first net (301): fit y = x² + noise with 1 → hidden → 1, full batch, MSE.
 * Defaults: 10 hidden ReLU units, SGD lr 0.2, 200 steps.
 */
public final class RegressionExperiment extends TrainingExperiment<RegressionView> implements SavableExperiment.OneNet {
    private static final int GRID = 200;

    /** The tutorial's settings. */
    public static NetSettings defaults() {
        return new NetSettings(10, "relu", "sgd", 0.2, 200, 1);
    }


    private final NetSettings settings;
    private final Tensor x;
    private final Tensor y;
    private final Tensor grid;
    private final Extent range;
    /** The data as plain arrays, made once: every snapshot of this experiment shares them. */
    private final float[] xs;
    private final float[] ys;
    private final Module net;
    private final org.trainlab.spec.NetworkFile source;
    private final Optimizer optimizer;
    private final MSELoss lossFunc = new MSELoss();
    private final Series losses = new Series();

    /** A run whose net is drawn from a fresh PyTorch generator seeded with the settings' seed. */
    public RegressionExperiment(NetSettings settings, RegressionData data) {
        this(settings, data, Generator.pytorch(settings.seed()));
    }

    /**
     * The run {@link #pytorchCode} writes for this data set: the net drawn from PyTorch's generator where the
     * program draws it (after the data when the data set is generated with the run's seed).
     */
    public RegressionExperiment(NetSettings settings, DataOrigin origin, RegressionData data) {
        this(settings, data, DataCode.generatorAfterData(settings.seed(), origin), null);
    }

    /** As {@link #RegressionExperiment(NetSettings, DataOrigin, RegressionData)}, training {@code built} instead. */
    public RegressionExperiment(NetSettings settings, DataOrigin origin, RegressionData data, BuiltNet built) {
        this(settings, data, DataCode.generatorAfterData(settings.seed(), origin), built);
    }

    private RegressionExperiment(NetSettings settings, RegressionData data, Generator generator) {
        this(settings, data, generator, null);
    }

    private RegressionExperiment(NetSettings settings, RegressionData data, Generator generator, BuiltNet built) {
        if (settings.steps() < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + settings.steps());
        }
        this.settings = settings;
        this.x = data.x();
        this.y = data.y();
        this.source = built != null ? built.source() : null;
        this.net = built != null ? built.build(generator)
                : Networks.mlp(1, settings.hidden(), 1, settings.activation(), generator);
        this.optimizer = optimizer(OptimizerPreset.create(settings.optimizer(), net.parameters(), settings.lr()));
        this.xs = x.toArray();
        this.ys = y.toArray();
        this.range = Extent.of(xs);
        this.grid = Tensor.linspace((float) range.min(), (float) range.max(), GRID).unsqueeze(1);
    }

    @Override
    public org.trainlab.spec.TrainingSettings training() {
        return settings.training(org.trainlab.spec.LossKind.MSE, 1);
    }

    @Override
    public org.trainlab.spec.NetworkFile source() {
        return source;
    }

    @Override
    public Module net() {
        return net;
    }

    @Override
    protected double trainStep() {
        Tensor prediction = net.forward(x);
        Tensor loss = lossFunc.forward(prediction, y);
        float value = descend(optimizer, loss);
        losses.add(value);
        return value;
    }

    @Override
    public long totalSteps() {
        return settings.steps();
    }

    @Override
    public RegressionView describe() {
        Tensor fit;
        try (NoGrad ignored = NoGrad.enter()) {
            fit = net.forward(grid);
        }
        Series.View history = losses.view();
        return new RegressionView(xs, ys, grid.toArray(), fit.toArray(), history.last(), history,
                NetworkPicture.of(net, range));
    }

    /**
     * The tutorial's program for these settings and this data set, for the lesson's code pane: it makes
     * the same data, trains the same net, redraws every few steps and prints the final loss.
     */
    public static String pytorchCode(NetSettings s, DataOrigin origin, RegressionData data, BuiltNet built) {
        return BuiltNet.inProgram(pytorchCode(s, origin, data), built);
    }

    public static String pytorchCode(NetSettings s, DataOrigin origin, RegressionData data) {
        String imports = (DataCode.needsMath(origin) ? "import math\n" : "")
                + (DataCode.needsNumpy(origin, data.size()) ? "import numpy as np\n" : "");
        return """
                %simport torch
                import matplotlib.pyplot as plt

                %s
                net = torch.nn.Sequential(
                    torch.nn.Linear(1, %d),
                    %s,
                    torch.nn.Linear(%d, 1),
                )
                print(net)

                optimizer = %s
                loss_func = torch.nn.MSELoss()

                plt.ion()
                for t in range(%d):
                    prediction = net(x)
                    loss = loss_func(prediction, y)

                    optimizer.zero_grad()   # clear gradients for this step
                    loss.backward()         # backpropagation, compute gradients
                    optimizer.step()        # apply gradients

                    if t %% %d == 0:
                        plt.cla()
                        plt.scatter(x.data.numpy(), y.data.numpy())
                        plt.plot(x.data.numpy(), prediction.data.numpy(), 'r-', lw=5)
                        plt.text(0.5, 0, 'Loss=%%.4f' %% loss.item(), fontdict={'size': 20, 'color': 'red'})
                        plt.pause(0.1)

                plt.ioff()
                print('final loss: %%.4f' %% loss.item())
                plt.show()
                """.formatted(imports, DataCode.seeded(s.seed(), origin, DataCode.regression(origin, data)), s.hidden(),
                Activations.code(s.activation()), s.hidden(),
                OptimizerPreset.code(s.optimizer(), "net.parameters()", s.lr()), s.steps(), PyProgram.plotEvery(s.steps()));
    }
}
