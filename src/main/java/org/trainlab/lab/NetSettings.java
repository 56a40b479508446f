package org.trainlab.lab;

import java.util.List;
import org.trainlab.spec.Activations;
import org.trainlab.spec.LossKind;
import org.trainlab.spec.OptimizerPreset;
import org.trainlab.spec.TrainingSettings;

/**
 * The hyperparameters of a lesson that trains one small network: its hidden units and activation, the
 * optimizer and its learning rate, how many steps, and the seed that fixes its initial weights.
 */
public record NetSettings(int hidden, String activation, String optimizer, double lr, int steps, long seed) {
    /** The activations on offer, by PyTorch's functional names. */
    public static final List<String> ACTIVATIONS = Activations.NAMES;
    /** The optimizers on offer. */
    public static final List<String> OPTIMIZERS = OptimizerPreset.NAMES;

    public NetSettings withHidden(int v) {
        return new NetSettings(v, activation, optimizer, lr, steps, seed);
    }

    public NetSettings withActivation(String v) {
        return new NetSettings(hidden, v, optimizer, lr, steps, seed);
    }

    public NetSettings withOptimizer(String v) {
        return new NetSettings(hidden, activation, v, lr, steps, seed);
    }

    public NetSettings withLr(double v) {
        return new NetSettings(hidden, activation, optimizer, v, steps, seed);
    }

    public NetSettings withSteps(int v) {
        return new NetSettings(hidden, activation, optimizer, lr, v, seed);
    }

    public NetSettings withSeed(long v) {
        return new NetSettings(hidden, activation, optimizer, lr, steps, v);
    }

    /** The same network and training, apart from the learning rate (which a run can change live). */
    public boolean sameNetwork(NetSettings o) {
        return hidden == o.hidden && activation.equals(o.activation) && optimizer.equals(o.optimizer)
                && steps == o.steps && seed == o.seed;
    }

    /** These settings as a whole-model file records them: full batch, no shuffling. */
    public TrainingSettings training(LossKind loss, int inputs) {
        OptimizerPreset preset = OptimizerPreset.named(optimizer);
        return new TrainingSettings(loss, preset.kind(), preset.options(lr), steps, null, false, seed, inputs);
    }
}
