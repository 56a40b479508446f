package org.trainlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.RegressionExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "regression", mixinStandardHelpOptions = true,
        description = "301: fit y = x² + noise with a 1-hidden-layer net (full batch, MSE).")
final class RunRegression implements Callable<Integer> {
    @Mixin
    RunOptions common;

    @Option(names = "--hidden", defaultValue = "10", description = "hidden units (default: ${DEFAULT-VALUE})")
    int hidden;

    @Option(names = "--activation", defaultValue = "relu",
            description = "relu, tanh, sigmoid, leaky_relu, elu, gelu or softplus (default: ${DEFAULT-VALUE})")
    String activation;

    @Option(names = "--optimizer", defaultValue = "sgd",
            description = "sgd, momentum, adagrad, rmsprop, adam or adamw (default: ${DEFAULT-VALUE})")
    String optimizer;

    @Option(names = "--data", defaultValue = "square",
            description = "square (the tutorial's x²), sine, cubic, abs or step (default: ${DEFAULT-VALUE})")
    String data;

    @Option(names = "--points", defaultValue = "100", description = "data points (default: ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--noise", defaultValue = "0.2", description = "noise level (default: ${DEFAULT-VALUE})")
    double noise;

    @Override
    public Integer call() throws InterruptedException {
        RegressionExperiment.Settings d = RegressionExperiment.Settings.defaults();
        RegressionExperiment.Settings s = new RegressionExperiment.Settings(hidden, activation, optimizer,
                common.lrOr(d.lr()), common.stepsOr(d.steps()), common.seed);
        RegressionData set = RegressionData.generate(RegressionData.Shape.parse(data), points, noise, common.seed);
        RegressionExperiment[] made = new RegressionExperiment[1];
        var outcome = Headless.run("regression", () -> made[0] = new RegressionExperiment(s, set),
                Progress.wanted(common.json));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("final_loss", (double) outcome.last().data().loss());
        return Headless.report("regression", outcome, metrics, common.json, System.out, System.err);
    }
}
