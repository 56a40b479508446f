package org.trainlab.app.lesson.dynamic;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.trainlab.app.frame.ModelLesson;
import org.trainlab.app.frame.Prompt;
import org.trainlab.app.frame.TrainingModel;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.lab.DynamicExperiment;
import org.trainlab.lab.DynamicView;
import org.trainlab.tensor.PythonRepr;

/**
 * Tutorial 501, why PyTorch's graph is dynamic: an RNN learns cos from sin over windows of a random
 * length, and each step's autograd graph is built anew, as long as that step's window.
 */
public final class DynamicModel implements TrainingModel<DynamicView>, ModelLesson {
    static final List<Param> PARAMS = List.of(
            Param.learningRate("lr", ""),
            Param.integer("hidden", 1, 256, 1),
            Param.integer("maxHalfTurns", 1, 10, 1),
            Param.integer("steps", 1, 1_000_000, 10),
            Param.integer("seed", 0, Integer.MAX_VALUE, 1));

    @Override
    public String id() {
        return "dynamic";
    }

    @Override
    public List<Param> params() {
        return PARAMS;
    }

    @Override
    public Settings defaults() {
        DynamicExperiment.Settings d = DynamicExperiment.Settings.defaults();
        return Settings.of(PARAMS, Map.of("lr", d.lr(), "hidden", d.hidden(), "maxHalfTurns", d.maxHalfTurns(),
                "steps", d.steps(), "seed", (int) d.seed()));
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("fixed", "maxHalfTurns", 1),
                Prompt.of("long", "maxHalfTurns", 8),
                Prompt.of("small", "hidden", 2),
                Prompt.of("slow", "lr", 0.002, "steps", 300));
    }

    static DynamicExperiment.Settings dynamic(Settings s) {
        DynamicExperiment.Settings d = DynamicExperiment.Settings.defaults();
        return new DynamicExperiment.Settings(s.integer("hidden"), s.decimal("lr"), s.integer("steps"),
                d.pointsPerHalfTurn(), s.integer("maxHalfTurns"), s.integer("seed"));
    }

    @Override
    public Supplier<DynamicExperiment> experiment(Settings s) {
        DynamicExperiment.Settings d = dynamic(s);
        return () -> new DynamicExperiment(d);
    }

    @Override
    public String pytorchCode(Settings settings) {
        DynamicExperiment.Settings s = dynamic(settings);
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
