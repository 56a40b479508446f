package org.trainlab.cli;

import java.util.concurrent.Callable;
import org.trainlab.lab.GanExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "cgan", mixinStandardHelpOptions = true,
        description = {"406 conditional: G and D also get a label, 1 for the upper half of the band (a > 1.5), "
                + "0 for the lower.",
            "Reports in_band_label0 and in_band_label1: the share of 1,000 fresh paintings asked for with that label "
                + "that lie within its half of the band with 0.1 of slack (PyTorch: 0.93-0.96), and d_accuracy and "
                + "d_score averaged over the last 500 steps."})
final class RunCgan implements Callable<Integer> {
    @Mixin
    RunOptions common;

    @Mixin
    GanRun gan;

    @Override
    public Integer call() throws InterruptedException {
        GanExperiment.Settings halves = GanExperiment.Settings.defaults().withLabels(GanExperiment.Labels.HALVES);
        return GanRun.run("cgan", gan.settings(halves, common), common, (e, metrics) -> {
            metrics.put("in_band_label0", e.freshPaintingsInHalf(0, 1000, common.seed + 1));
            metrics.put("in_band_label1", e.freshPaintingsInHalf(1, 1000, common.seed + 2));
        });
    }
}
