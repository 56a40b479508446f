package org.trainlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.DataOrigin;
import org.trainlab.lab.NetSettings;
import org.trainlab.lab.RegressionExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "regression", mixinStandardHelpOptions = true,
        description = "301: fit y = x² + noise with a 1-hidden-layer net (full batch, MSE).")
final class RunRegression implements Callable<Integer> {
    @Mixin
    RunOptions common;

    @Mixin
    NetOptions net;

    @Option(names = "--data", defaultValue = "square",
            description = "square (the tutorial's x²), sine, cubic, abs or step (default: ${DEFAULT-VALUE})")
    String data;

    @Option(names = "--points", defaultValue = "100", description = "data points (default: ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--noise", defaultValue = "0.2", description = "noise level (default: ${DEFAULT-VALUE})")
    double noise;

    @Override
    public Integer call() throws InterruptedException {
        NetSettings s = net.settings(RegressionExperiment.defaults(), common);
        DataOrigin origin = new DataOrigin.RegressionGenerator(RegressionData.Shape.parse(data), points, noise,
                common.seed);
        RegressionData set = RegressionData.generate(RegressionData.Shape.parse(data), points, noise, common.seed);
        if (common.pytorchCode) {
            System.out.print(RegressionExperiment.pytorchCode(s, origin, set));
            return 0;
        }
        RegressionExperiment[] made = new RegressionExperiment[1];
        var outcome = Headless.run("regression", () -> made[0] = new RegressionExperiment(s, origin, set),
                Progress.wanted(common.json));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("final_loss", (double) outcome.last().data().loss());
        return Headless.report("regression", outcome, metrics, common.json, System.out, System.err);
    }
}
