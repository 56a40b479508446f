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
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.RandomState;
import org.trainlab.tensor.Tensor;

/**
 * The dynamic-graph lesson (501, on the RNN regressor of 403): an RNN(1 → 32) and a Linear(32 → 1)
 * read sin(t) over successive windows and predict cos(t). Each step the window covers 1 to 3 half
 * turns picked at random, with 10 points per half turn, so the graph has a different length every
 * step — easy in a define-by-run framework. The hidden state is carried across windows and detached.
 * Each step also counts the nodes of its loss's autograd graph, which grows with the window. As in the
 * program, the windows come from numpy's stream ({@code np.random.randint}, {@code np.linspace} in
 * doubles, float32 sin and cos) and the nets from PyTorch's generator.
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
    private final RandomState windows;
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
        this.windows = new RandomState(s.seed());
        Generator gen = Generator.pytorch(s.seed());
        this.rnn = new RNN(1, s.hidden(), 1, "tanh", true, true, gen);
        this.out = new Linear(s.hidden(), 1, true, gen);
        java.util.List<Tensor> params = new java.util.ArrayList<>(rnn.parameters());
        params.addAll(out.parameters());
        this.optimizer = optimizer(new Adam(params, s.lr()));
    }

    @Override
    protected double trainStep() {
        int halfTurns = (int) windows.randint(1, settings.maxHalfTurns() + 1);
        double start = position * Math.PI;
        double end = (position + halfTurns) * Math.PI;
        position += halfTurns;
        int n = settings.pointsPerHalfTurn() * halfTurns;
        // np.linspace(start, end, n, dtype=np.float32), then np.sin and np.cos in float32
        double[] steps = Numpy.linspace(start, end, n);
        float[] ts = new float[n];
        float[] sin = new float[n];
        float[] cos = new float[n];
        for (int i = 0; i < n; i++) {
            ts[i] = (float) steps[i];
            sin[i] = Numpy.sin(ts[i]);
            cos[i] = Numpy.cos(ts[i]);
        }
        Tensor t = new Tensor(ts, n);
        Tensor x = new Tensor(sin, 1, n, 1);
        Tensor y = new Tensor(cos, 1, n, 1);
        RnnOutput r = rnn.forward(x, hidden);
        hidden = r.hN().detach();
        Tensor prediction = out.forward(r.output());
        Tensor loss = lossFunc.forward(prediction, y);
        nodes.add(ComputationGraph.of(loss).entries().size()); // before backward, which frees the graph
        float value = descend(optimizer, loss);
        lengths.add(n);
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

    /**
     * The tutorial's program for these settings, for the lesson's code pane: the same windows, drawn from
     * numpy's stream, and the same net, drawn from PyTorch's.
     */
    public static String pytorchCode(Settings s) {
        return """
                import torch
                from torch import nn
                import numpy as np
                import matplotlib.pyplot as plt

                torch.manual_seed(%d)
                np.random.seed(%d)
                LR = %s

                class RNN(nn.Module):
                    def __init__(self):
                        super(RNN, self).__init__()
                        self.rnn = nn.RNN(input_size=1, hidden_size=%d, num_layers=1, batch_first=True)
                        self.out = nn.Linear(%d, 1)

                    def forward(self, x, h_state):
                        r_out, h_state = self.rnn(x, h_state)
                        return self.out(r_out), h_state

                def graph_nodes(t):
                    # the autograd graph behind t, built by this step's forward: its functions and leaves
                    seen, todo = set(), [t.grad_fn]
                    while todo:
                        f = todo.pop()
                        if f is None or f in seen:
                            continue
                        seen.add(f)
                        todo.extend(g for g, _ in f.next_functions)
                    return len(seen)

                rnn = RNN()
                print(rnn)
                optimizer = torch.optim.Adam(rnn.parameters(), lr=LR)
                loss_func = nn.MSELoss()

                h_state = None
                plt.figure(1, figsize=(12, 5))
                plt.ion()
                step = 0
                for i in range(%d):
                    dynamic_steps = np.random.randint(1, %d)   # a different length every step
                    start, end = step * np.pi, (step + dynamic_steps) * np.pi
                    step += dynamic_steps
                    steps = np.linspace(start, end, %d * dynamic_steps, dtype=np.float32)
                    x_np = np.sin(steps)
                    y_np = np.cos(steps)
                    x = torch.from_numpy(x_np[np.newaxis, :, np.newaxis])   # shape (batch, time_step, input_size)
                    y = torch.from_numpy(y_np[np.newaxis, :, np.newaxis])

                    prediction, h_state = rnn(x, h_state)
                    h_state = h_state.data   # repack the hidden state, break the connection from the last step
                    loss = loss_func(prediction, y)
                    print('step', i, '| time steps:', len(steps), '| graph nodes:', graph_nodes(loss))

                    optimizer.zero_grad()
                    loss.backward()
                    optimizer.step()

                    plt.plot(steps, y_np.flatten(), 'r-')
                    plt.plot(steps, prediction.data.numpy().flatten(), 'b-')
                    plt.draw()
                    plt.pause(0.05)

                plt.ioff()
                plt.show()
                """.formatted(s.seed(), s.seed(), PythonRepr.intOrFloat(s.lr()), s.hidden(), s.hidden(), s.steps(),
                s.maxHalfTurns() + 1, s.pointsPerHalfTurn());
    }
}
