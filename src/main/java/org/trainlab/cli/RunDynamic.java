package org.trainlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trainlab.lab.DynamicExperiment;
import org.trainlab.lab.DynamicView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dynamic", mixinStandardHelpOptions = true,
        description = "501: an RNN predicts cos from sin over windows whose length changes every step.")
final class RunDynamic implements Callable<Integer> {
    @Mixin
    RunOptions common;

    @Option(names = "--hidden", defaultValue = "32", description = "the RNN's hidden size (default: ${DEFAULT-VALUE})")
    int hidden;

    @Option(names = "--max-half-turns", defaultValue = "3",
            description = "longest window, in half turns of 10 points (default: ${DEFAULT-VALUE})")
    int maxHalfTurns;

    @Override
    public Integer call() throws InterruptedException {
        DynamicExperiment.Settings d = DynamicExperiment.Settings.defaults();
        DynamicExperiment.Settings s = new DynamicExperiment.Settings(hidden, common.lrOr(d.lr()),
                common.stepsOr(d.steps()), d.pointsPerHalfTurn(), maxHalfTurns, common.seed);
        if (common.pytorchCode) {
            System.out.print(DynamicExperiment.pytorchCode(s));
            return 0;
        }
        var outcome = Headless.run("dynamic", () -> new DynamicExperiment(s), Progress.wanted(common.json));
        DynamicView v = outcome.last().data();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("final_loss", (double) v.losses().last());
        metrics.put("mean_loss_last_10", v.losses().meanOfLast(10));
        return Headless.report("dynamic", outcome, metrics, common.json, System.out, System.err);
    }
}
