package org.trainlab.cli;

import java.util.concurrent.Callable;
import org.trainlab.lab.GanExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "gan", mixinStandardHelpOptions = true,
        description = {"406: a generator learns to paint curves between x² and 2x²+1.",
            "Reports d_accuracy and d_score averaged over the last 500 steps (PyTorch ends at 0.50 and -1.38), "
                + "and in_bounds: the share of 1,000 fresh paintings between the bounds within 0.1."})
final class RunGan implements Callable<Integer> {
    @Mixin
    RunOptions common;

    @Mixin
    GanRun gan;

    @Override
    public Integer call() throws InterruptedException {
        return GanRun.run("gan", gan.settings(GanExperiment.Settings.defaults(), common), common,
                (e, metrics) -> metrics.put("in_bounds", e.freshPaintingsInBounds(1000, common.seed + 1)));
    }
}
