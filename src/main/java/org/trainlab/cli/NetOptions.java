package org.trainlab.cli;

import org.trainlab.lab.NetSettings;
import picocli.CommandLine.Option;

/** The options of the experiments that train one small network (regression, classification). */
final class NetOptions {
    @Option(names = "--hidden", defaultValue = "10", description = "hidden units (default: ${DEFAULT-VALUE})")
    int hidden;

    @Option(names = "--activation", defaultValue = "relu",
            description = "relu, tanh, sigmoid, leaky_relu, elu, gelu or softplus (default: ${DEFAULT-VALUE})")
    String activation;

    @Option(names = "--optimizer", defaultValue = "sgd",
            description = "sgd, momentum, adagrad, rmsprop, adam or adamw (default: ${DEFAULT-VALUE})")
    String optimizer;

    /** The experiment's defaults with these options and the common ones applied, checked. */
    NetSettings settings(NetSettings defaults, RunOptions common) {
        if (!NetSettings.ACTIVATIONS.contains(activation)) {
            throw new IllegalArgumentException("--activation: unknown activation '" + activation + "' (choose "
                    + String.join(", ", NetSettings.ACTIVATIONS) + ")");
        }
        if (!NetSettings.OPTIMIZERS.contains(optimizer)) {
            throw new IllegalArgumentException("--optimizer: unknown optimizer '" + optimizer + "' (choose "
                    + String.join(", ", NetSettings.OPTIMIZERS) + ")");
        }
        if (hidden < 1) {
            throw new IllegalArgumentException("--hidden must be at least 1, got " + hidden);
        }
        return new NetSettings(hidden, activation, optimizer, common.lrOr(defaults.lr()),
                common.stepsOr(defaults.steps()), common.seed);
    }
}
