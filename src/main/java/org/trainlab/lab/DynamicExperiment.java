package org.trainlab.lab;

import java.util.List;
import java.util.Map;
import org.trainlab.io.NamedModule;
import org.trainlab.nn.Linear;
import org.trainlab.nn.MSELoss;
import org.trainlab.nn.RNN;
import org.trainlab.nn.RnnOutput;
import org.trainlab.optim.Adam;
import org.trainlab.spec.LossKind;
import org.trainlab.spec.OptimizerKind;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.ComputationGraph;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * The dynamic-graph lesson (501, on the RNN regressor of 403): an RNN(1 → 32) and a Linear(32 → 1)
 * read sin(t) over successive windows and predict cos(t). Each step the window covers 1 to 3 half
 * turns picked at random, with 10 points per half turn, so the graph has a different length every
 * step — easy in a define-by-run framework. The hidden state is carried across windows and detached.
 * Each step also counts the nodes of its loss's autograd graph, which grows with the window.
 */
public final class DynamicExperiment extends TrainingExperiment<DynamicView> implements SavableExperiment {
    /** The lesson's settings; the defaults are the tutorial's. */
    public record Settings(int hidden, double lr, int steps, int pointsPerHalfTurn, int maxHalfTurns, long seed) {
        public static Settings defaults() {
            return new Settings(32, 0.02, 100, 10, 3, 1);
        }

        public Settings withSteps(int v) {
            return new Settings(hidden, lr, v, pointsPerHalfTurn, maxHalfTurns, seed);
        }

        public Settings withLr(double v) {
            return new Settings(hidden, v, steps, pointsPerHalfTurn, maxHalfTurns, seed);
        }

        public Settings withSeed(long v) {
            return new Settings(hidden, lr, steps, pointsPerHalfTurn, maxHalfTurns, v);
        }
    }

    private final Settings settings;
    private final Generator gen;
    private final RNN rnn;
    private final Linear out;
    private final Adam optimizer;
    private final MSELoss lossFunc = new MSELoss();
    private final Series lengths = new Series();
    private final Series losses = new Series();
    private final Series nodes = new Series();
    private final Series pastT = new Series();
    private final Series pastTarget = new Series();
    private final Series pastPrediction = new Series();
    private Tensor hidden;
    private long position;
    private float[] lastT = new float[0];
    private float[] lastInput = new float[0];
    private float[] lastTarget = new float[0];
    private float[] lastPrediction = new float[0];

    public DynamicExperiment(Settings s) {
        if (s.steps() < 1 || s.hidden() < 1 || s.pointsPerHalfTurn() < 2 || s.maxHalfTurns() < 1) {
            throw new IllegalArgumentException("dynamic: steps, hidden, points per half turn and half turns must be "
                    + "positive");
        }
        this.settings = s;
        this.gen = new Generator(s.seed());
        this.rnn = new RNN(1, s.hidden(), 1, "tanh", true, true, gen);
        this.out = new Linear(s.hidden(), 1, true, gen);
        java.util.List<Tensor> params = new java.util.ArrayList<>(rnn.parameters());
        params.addAll(out.parameters());
        this.optimizer = optimizer(new Adam(params, s.lr()));
    }

    @Override
    protected double trainStep() {
        int halfTurns = 1 + gen.nextInt(settings.maxHalfTurns());
        double start = position * Math.PI;
        double end = (position + halfTurns) * Math.PI;
        position += halfTurns;
        int n = settings.pointsPerHalfTurn() * halfTurns;
        Tensor t = Tensor.linspace(start, end, n);
        Tensor x = t.sin().view(1, n, 1);
        Tensor y = t.cos().view(1, n, 1);
        RnnOutput r = rnn.forward(x, hidden);
        hidden = r.hN().detach();
        Tensor prediction = out.forward(r.output());
        Tensor loss = lossFunc.forward(prediction, y);
        nodes.add(ComputationGraph.of(loss).entries().size()); // before backward, which frees the graph
        optimizer.zeroGrad(false);
        loss.backward();
        optimizer.step();
        lengths.add(n);
        float value = loss.item();
        losses.add(value);
        lastT = t.toArray();
        lastInput = x.toArray();
        lastTarget = y.toArray();
        lastPrediction = prediction.detach().toArray();
        for (int i = 0; i < n; i++) {
            pastT.add(lastT[i]);
            pastTarget.add(lastTarget[i]);
            pastPrediction.add(lastPrediction[i]);
        }
        return value;
    }

    /**
     * The tutorial's RNN module's two parts under its attribute names, so the file's keys ({@code rnn.weight_ih_l0},
     * {@code out.weight}) are its state_dict's; one Adam trains both.
     */
    @Override
    public List<NamedModule> nets() {
        TrainingSettings t = new TrainingSettings(LossKind.MSE, OptimizerKind.ADAM, Map.of("lr", settings.lr()),
                settings.steps(), 1, false, settings.seed(), 1);
        return List.of(new NamedModule("rnn", rnn, t), new NamedModule("out", out, t));
    }

    @Override
    public long totalSteps() {
        return settings.steps();
    }

    @Override
    public DynamicView describe() {
        return new DynamicView(lastT, lastInput, lastTarget, lastPrediction, lengths.view(), losses.view(),
                nodes.view(), pastT.view(), pastTarget.view(), pastPrediction.view());
    }
}
