package org.trainlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trainlab.lab.GanCode;
import org.trainlab.lab.GanExperiment;
import org.trainlab.lab.GanView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "gan", mixinStandardHelpOptions = true,
        description = {"406: a generator learns to paint curves between x² and 2x²+1.",
            "Reports d_accuracy and d_score averaged over the last 500 steps (PyTorch ends at 0.50 and -1.38), "
                + "and in_bounds: the share of 1,000 fresh paintings between the bounds within 0.1."})
final class RunGan implements Callable<Integer> {
    @Mixin
    RunOptions common;

    @Option(names = "--batch", defaultValue = "64", description = "paintings per step (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--tutorial-order",
            description = "update D first and then backpropagate G through D's changed weights, as the tutorial "
                    + "did: today's PyTorch (and TrainLab) stop with the in-place modification error")
    boolean tutorialOrder;

    @Override
    public Integer call() throws InterruptedException {
        GanExperiment.Settings d = GanExperiment.Settings.defaults();
        GanExperiment.Settings s = d.withSteps(common.stepsOr(d.steps())).withSeed(common.seed)
                .withLr(common.lrOr(d.lrG())).withBatch(batch).withTutorialOrder(tutorialOrder);
        if (common.pytorchCode) {
            System.out.print(GanCode.pytorchCode(s));
            return 0;
        }
        GanExperiment[] made = new GanExperiment[1];
        var outcome = Headless.run("gan", () -> made[0] = new GanExperiment(s), Progress.wanted(common.json));
        GanView v = outcome.last().data();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("final_loss", -v.dScore());
        metrics.put("final_g_loss", (double) v.gLosses().last());
        metrics.put("d_accuracy", v.dAccuracies().meanOfLast(500));
        metrics.put("d_score", v.dScores().meanOfLast(500));
        metrics.put("in_bounds", made[0].freshPaintingsInBounds(1000, common.seed + 1));
        return Headless.report("gan", outcome, metrics, common.json, System.out, System.err);
    }
}
