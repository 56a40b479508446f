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

@Command(name = "cgan", mixinStandardHelpOptions = true,
        description = {"406 conditional: G and D also get a label, 1 for the upper half of the band (a > 1.5), "
                + "0 for the lower.",
            "Reports in_band_label0 and in_band_label1: the share of 1,000 fresh paintings asked for with that label "
                + "that lie within its half of the band with 0.1 of slack (PyTorch: 0.93-0.96), and d_accuracy and "
                + "d_score averaged over the last 500 steps."})
final class RunCgan implements Callable<Integer> {
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
        GanExperiment.Settings d = GanExperiment.Settings.defaults().withLabels(GanExperiment.Labels.HALVES);
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be at least 1, got " + batch);
        }
        GanExperiment.Settings s = d.withSteps(common.stepsOr(d.steps())).withSeed(common.seed)
                .withLr(common.lrOr(d.lrG())).withBatch(batch).withTutorialOrder(tutorialOrder);
        if (common.pytorchCode) {
            System.out.print(GanCode.pytorchCode(s));
            return 0;
        }
        GanExperiment[] made = new GanExperiment[1];
        var outcome = Headless.run("cgan", () -> made[0] = new GanExperiment(s), Progress.wanted(common.json));
        GanView v = outcome.last().data();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("final_loss", -v.dScore());
        metrics.put("final_g_loss", (double) v.gLosses().last());
        metrics.put("d_accuracy", v.dAccuracies().meanOfLast(500));
        metrics.put("d_score", v.dScores().meanOfLast(500));
        metrics.put("in_band_label0", made[0].freshPaintingsInHalf(0, 1000, common.seed + 1));
        metrics.put("in_band_label1", made[0].freshPaintingsInHalf(1, 1000, common.seed + 2));
        return Headless.report("cgan", outcome, metrics, common.json, System.out, System.err);
    }
}
