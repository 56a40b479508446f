package org.trainlab.lab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trainlab.data.DataLoader;
import org.trainlab.data.TensorDataset;
import org.trainlab.io.NamedModule;
import org.trainlab.nn.MSELoss;
import org.trainlab.nn.Module;
import org.trainlab.optim.Optimizer;
import org.trainlab.spec.LossKind;
import org.trainlab.spec.OptimizerPreset;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * The tutorial's optimizer race (306): 1 → 20 → 1 ReLU nets, one per optimizer, fed the same shuffled
 * batches of y = x² + 0.1·N(0, 1). One step is one batch with every net stepping. The nets start from the
 * same weights ({@code sameStart}) or, as in the tutorial, each initialised in turn from the one generator.
 * The tutorial names AdaGrad but never runs it; here it races too. Each optimizer's learning rate is
 * registered under its name, so it can be changed on its own while the race runs.
 */
public final class OptimizersExperiment extends TrainingExperiment<OptimizersView> implements SavableExperiment {
    /** The tutorial's four plus AdaGrad. */
    public static final List<String> DEFAULT_OPTIMIZERS = OptimizerEntry.NAMES;
    /** The four the tutorial runs (the benchmark's workload). */
    public static final List<String> TUTORIAL_OPTIMIZERS = List.of("sgd", "momentum", "rmsprop", "adam");
    /** Points at which each net's fit is given. */
    static final int FIT_POINTS = 100;

    /**
     * The lesson's settings; the defaults are the tutorial's.
     *
     * @param entries the five optimizers, each enabled or not, with its own lr and options; in race order
     * @param points data points on [-1, 1]
     * @param batchSize samples per batch
     * @param epochs passes over the data
     * @param hidden hidden units of each net
     * @param seed seeds the data, the shuffles and the weights
     * @param sameStart true: every net starts from the same weights; false: the tutorial's nets, each
     *     initialised in turn from the generator
     * @param targetLoss the loss whose first reaching each racer's {@code reachedTargetAt} reports
     */
    public record Settings(List<OptimizerEntry> entries, int points, int batchSize, int epochs, int hidden,
            long seed, boolean sameStart, double targetLoss) {
        public Settings {
            entries = List.copyOf(entries);
            Set<String> seen = new HashSet<>();
            for (OptimizerEntry e : entries) {
                if (!seen.add(e.name())) {
                    throw new IllegalArgumentException("optimizer '" + e.name() + "' is listed twice");
                }
            }
        }

        /** The five at the tutorial's presets and lr 0.01, 1000 points, batches of 32, 12 epochs, 20 hidden. */
        public static Settings defaults() {
            List<OptimizerEntry> entries = new ArrayList<>();
            for (String name : OptimizerEntry.NAMES) {
                entries.add(OptimizerEntry.preset(name));
            }
            return new Settings(entries, 1000, 32, 12, 20, 1, true, 0.01);
        }

        /** The enabled optimizers' names, in race order. */
        public List<String> optimizers() {
            return enabled().stream().map(OptimizerEntry::name).toList();
        }

        public List<OptimizerEntry> enabled() {
            return entries.stream().filter(OptimizerEntry::enabled).toList();
        }

        /** The first enabled optimizer's learning rate (0 if none is enabled). */
        public double lr() {
            List<OptimizerEntry> on = enabled();
            return on.isEmpty() ? 0 : on.get(0).lr();
        }

        /** The entry named so. */
        public OptimizerEntry entry(String name) {
            for (OptimizerEntry e : entries) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("unknown optimizer '" + name + "' (choose "
                    + String.join(", ", entries.stream().map(OptimizerEntry::name).toList()) + ")");
        }

        /** Replaces the entry of the same name. */
        public Settings withEntry(OptimizerEntry v) {
            entry(v.name());
            List<OptimizerEntry> next = new ArrayList<>();
            for (OptimizerEntry e : entries) {
                next.add(e.name().equals(v.name()) ? v : e);
            }
            return withEntries(next);
        }

        public Settings withEntries(List<OptimizerEntry> v) {
            return new Settings(v, points, batchSize, epochs, hidden, seed, sameStart, targetLoss);
        }

        /** Enables exactly these, racing in this order (the others follow, disabled). */
        public Settings withOptimizers(List<String> names) {
            List<OptimizerEntry> next = new ArrayList<>();
            for (String name : names) {
                OptimizerEntry e = entry(name);
                if (next.stream().anyMatch(x -> x.name().equals(name))) {
                    throw new IllegalArgumentException("optimizer '" + name + "' is listed twice");
                }
                next.add(e.withEnabled(true));
            }
            for (OptimizerEntry e : entries) {
                if (!names.contains(e.name())) {
                    next.add(e.withEnabled(false));
                }
            }
            return withEntries(next);
        }

        /** Every optimizer's learning rate. */
        public Settings withLr(double v) {
            return withEntries(entries.stream().map(e -> e.withLr(v)).toList());
        }

        /** One optimizer's learning rate. */
        public Settings withLrOf(String name, double v) {
            return withEntry(entry(name).withLr(v));
        }

        public Settings withPoints(int v) {
            return new Settings(entries, v, batchSize, epochs, hidden, seed, sameStart, targetLoss);
        }

        public Settings withBatchSize(int v) {
            return new Settings(entries, points, v, epochs, hidden, seed, sameStart, targetLoss);
        }

        public Settings withEpochs(int v) {
            return new Settings(entries, points, batchSize, v, hidden, seed, sameStart, targetLoss);
        }

        public Settings withHidden(int v) {
            return new Settings(entries, points, batchSize, epochs, v, seed, sameStart, targetLoss);
        }

        public Settings withSeed(long v) {
            return new Settings(entries, points, batchSize, epochs, hidden, v, sameStart, targetLoss);
        }

        public Settings withSameStart(boolean v) {
            return new Settings(entries, points, batchSize, epochs, hidden, seed, v, targetLoss);
        }

        public Settings withTargetLoss(double v) {
            return new Settings(entries, points, batchSize, epochs, hidden, seed, sameStart, v);
        }
    }

    /** One net, its optimizer and its record. */
    private static final class Racer {
        final String name;
        final Module net;
        final Optimizer optimizer;
        final Series losses = new Series();
        double best = Double.NaN;
        long reachedTargetAt = -1;
        float[] fit;

        Racer(String name, Module net, Optimizer optimizer) {
            this.name = name;
            this.net = net;
            this.optimizer = optimizer;
        }
    }

    private final Settings settings;
    private final Epochs epochs;
    private final List<Racer> racers = new ArrayList<>();
    private final MSELoss lossFunc = new MSELoss();
    private final float[] dataX;
    private final float[] dataY;
    private final float[] gridX;
    private final Tensor grid;
    private long fitStep = -1;

    public OptimizersExperiment(Settings s) {
        this(s, null);
    }

    /** The race with {@code built} (the Build lesson's net, 1 input, 1 output) in place of the 1-hidden-1 ReLU nets. */
    public OptimizersExperiment(Settings s, BuiltNet built) {
        List<OptimizerEntry> enabled = s.enabled();
        if (enabled.isEmpty()) {
            throw new IllegalArgumentException("optimizers: choose at least one optimizer");
        }
        if (s.points() < 2 || s.batchSize() < 1 || s.epochs() < 1 || s.hidden() < 1) {
            throw new IllegalArgumentException("optimizers: points, batch size, epochs and hidden units must be "
                    + "positive");
        }
        this.settings = s;
        // torch.manual_seed's stream, drawn in the program's order (OptimizersCode): data, nets, then each
        // epoch's shuffle seeds
        Generator gen = Generator.pytorch(s.seed());
        Tensor x = Tensor.linspace(-1, 1, s.points()).unsqueeze(1);
        Tensor y = x.pow(2).add(Tensor.normal(Tensor.zeros(x.shape()), 1, gen).mul(0.1));
        this.dataX = x.toArray();
        this.dataY = y.toArray();
        this.epochs = new Epochs(new DataLoader(new TensorDataset(x, y), s.batchSize()).shuffle(true)
                .defaultGenerator(gen));
        Map<String, Tensor> initial = !s.sameStart() ? null
                : (built != null ? built.build(gen) : Networks.mlp(1, s.hidden(), 1, "relu", gen)).stateDict();
        for (OptimizerEntry e : enabled) {
            // copy.deepcopy(net) draws nothing: the copies' own initial draws go to a generator of their own
            Generator g = initial != null ? new Generator(0) : gen;
            Module net = built != null ? built.build(g) : Networks.mlp(1, s.hidden(), 1, "relu", g);
            if (initial != null) {
                net.loadStateDict(initial, true);
            }
            racers.add(new Racer(e.name(), net, optimizer(e.name(), e.create(net.parameters()))));
        }
        this.grid = Tensor.linspace(dataX[0], dataX[dataX.length - 1], FIT_POINTS).unsqueeze(1);
        this.gridX = grid.toArray();
    }

    public Settings settings() {
        return settings;
    }

    /** Every net steps on the same batch; returns the worst loss (NaN if any is NaN). */
    @Override
    protected double trainStep() {
        Tensor[] batch = epochs.next();
        double worst = 0;
        for (Racer r : racers) {
            Tensor loss = lossFunc.forward(r.net.forward(batch[0]), batch[1]);
            float value = descend(r.optimizer, loss);
            r.losses.add(value);
            if (!Float.isNaN(value) && (Double.isNaN(r.best) || value < r.best)) {
                r.best = value;
            }
            if (r.reachedTargetAt < 0 && value <= settings.targetLoss()) {
                r.reachedTargetAt = steps() + 1;
            }
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
        if (fitStep != steps()) {
            try (NoGrad ignored = NoGrad.enter()) {
                for (Racer r : racers) {
                    r.fit = r.net.forward(grid).toArray();
                }
            }
            fitStep = steps();
        }
        List<String> names = new ArrayList<>();
        List<Series.View> losses = new ArrayList<>();
        List<OptimizersView.Racer> views = new ArrayList<>();
        for (Racer r : racers) {
            Series.View v = r.losses.view();
            names.add(r.name);
            losses.add(v);
            views.add(new OptimizersView.Racer(r.name, v, v.size() == 0 ? Double.NaN : v.last(), r.best,
                    r.reachedTargetAt, r.fit));
        }
        return new OptimizersView(names, losses, Math.max(epochs.epoch(), 0), views, gridX, dataX, dataY,
                settings.targetLoss());
    }

    /** Each racer's net under its optimizer's name, with that optimizer and its options. */
    @Override
    public List<NamedModule> nets() {
        List<NamedModule> nets = new ArrayList<>();
        int steps = (int) Math.min(Integer.MAX_VALUE, totalSteps());
        for (Racer r : racers) {
            OptimizerEntry e = settings.entry(r.name);
            nets.add(new NamedModule(r.name, r.net, new TrainingSettings(LossKind.MSE, e.kind(), e.options(), steps,
                    settings.batchSize(), true, settings.seed(), 1)));
        }
        return nets;
    }

    /** The tutorial-style PyTorch program that runs this race (see {@link OptimizersCode}). */
    public static String pytorchCode(Settings s) {
        return OptimizersCode.program(s, null);
    }

    /** The program racing {@code built} (or, for null, the tutorial's nets). */
    public static String pytorchCode(Settings s, BuiltNet built) {
        return OptimizersCode.program(s, built);
    }
}
