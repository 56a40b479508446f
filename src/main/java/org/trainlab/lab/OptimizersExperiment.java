package org.trainlab.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trainlab.data.DataLoader;
import org.trainlab.data.TensorDataset;
import org.trainlab.nn.MSELoss;
import org.trainlab.nn.Sequential;
import org.trainlab.optim.Optimizer;
import org.trainlab.spec.OptimizerPreset;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * The tutorial's optimizer race (306): identical 1 → 20 → 1 ReLU nets, one per optimizer, starting
 * from the same weights and fed the same shuffled batches of y = x² + 0.1·N(0, 1). One step is one
 * batch with every net stepping. The tutorial names AdaGrad but never runs it; here it races too.
 */
public final class OptimizersExperiment extends TrainingExperiment<OptimizersView> {
    /** The tutorial's four plus AdaGrad. */
    public static final List<String> DEFAULT_OPTIMIZERS = List.of("sgd", "momentum", "rmsprop", "adam", "adagrad");
    /** The four the tutorial runs (the benchmark's workload). */
    public static final List<String> TUTORIAL_OPTIMIZERS = List.of("sgd", "momentum", "rmsprop", "adam");

    /** The lesson's settings; the defaults are the tutorial's. */
    public record Settings(List<String> optimizers, double lr, int points, int batchSize, int epochs, int hidden,
            long seed) {
        public Settings {
            optimizers = List.copyOf(optimizers);
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_OPTIMIZERS, 0.01, 1000, 32, 12, 20, 1);
        }

        public Settings withOptimizers(List<String> v) {
            return new Settings(v, lr, points, batchSize, epochs, hidden, seed);
        }

        public Settings withLr(double v) {
            return new Settings(optimizers, v, points, batchSize, epochs, hidden, seed);
        }

        public Settings withEpochs(int v) {
            return new Settings(optimizers, lr, points, batchSize, v, hidden, seed);
        }

        public Settings withBatchSize(int v) {
            return new Settings(optimizers, lr, points, v, epochs, hidden, seed);
        }

        public Settings withSeed(long v) {
            return new Settings(optimizers, lr, points, batchSize, epochs, hidden, v);
        }
    }

    private final Settings settings;
    private final Epochs epochs;
    private final List<Sequential> nets = new ArrayList<>();
    private final List<Optimizer> optimizers = new ArrayList<>();
    private final List<Series> losses = new ArrayList<>();
    private final MSELoss lossFunc = new MSELoss();

    public OptimizersExperiment(Settings s) {
        if (s.optimizers().isEmpty()) {
            throw new IllegalArgumentException("optimizers: choose at least one optimizer");
        }
        if (s.points() < 2 || s.batchSize() < 1 || s.epochs() < 1) {
            throw new IllegalArgumentException("optimizers: points, batch size and epochs must be positive");
        }
        this.settings = s;
        Generator gen = new Generator(s.seed());
        Tensor x = Tensor.linspace(-1, 1, s.points()).unsqueeze(1);
        Tensor y = x.pow(2).add(Tensor.randn(gen, x.shape()).mul(0.1));
        this.epochs = new Epochs(new DataLoader(new TensorDataset(x, y), s.batchSize()).shuffle(true).generator(gen));
        Sequential first = Networks.mlp(1, s.hidden(), 1, "relu", gen);
        Map<String, Tensor> initial = first.stateDict();
        for (String name : s.optimizers()) {
            Sequential net = Networks.mlp(1, s.hidden(), 1, "relu", gen);
            net.loadStateDict(initial, true);
            nets.add(net);
            optimizers.add(optimizer(OptimizerPreset.create(name, net.parameters(), s.lr())));
            losses.add(new Series());
        }
    }

    @Override
    protected double trainStep() {
        Tensor[] batch = epochs.next();
        double worst = 0;
        for (int i = 0; i < nets.size(); i++) {
            Tensor loss = lossFunc.forward(nets.get(i).forward(batch[0]), batch[1]);
            Optimizer opt = optimizers.get(i);
            opt.zeroGrad(false);
            loss.backward();
            opt.step();
            float value = loss.item();
            losses.get(i).add(value);
            worst = Double.isNaN(value) ? value : Math.max(worst, value);
        }
        return worst;
    }

    @Override
    public long totalSteps() {
        return (long) settings.epochs() * epochs.batchesPerEpoch();
    }

    @Override
    public OptimizersView describe() {
        List<Series.View> views = new ArrayList<>();
        for (Series s : losses) {
            views.add(s.view());
        }
        return new OptimizersView(settings.optimizers(), views, Math.max(epochs.epoch(), 0));
    }
}
