package org.trainlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.trainlab.lab.GanCode;
import org.trainlab.lab.GanExperiment;
import org.trainlab.lab.GanView;
import picocli.CommandLine.Option;

/** What {@code run gan} and {@code run cgan} share: their own options, and the run with the metrics both report. */
final class GanRun {
    @Option(names = "--batch", defaultValue = "64", description = "paintings per step (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--tutorial-order",
            description = "update D first and then backpropagate G through D's changed weights, as the tutorial "
                    + "did: today's PyTorch (and TrainLab) stop with the in-place modification error")
    boolean tutorialOrder;

    /** {@code defaults} with the command line's steps, seed, learning rate, batch and update order. */
    GanExperiment.Settings settings(GanExperiment.Settings defaults, RunOptions common) {
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be at least 1, got " + batch);
        }
        return defaults.withSteps(common.stepsOr(defaults.steps())).withSeed(common.seed)
                .withLr(common.lrOr(defaults.lrG())).withBatch(batch).withTutorialOrder(tutorialOrder);
    }

    /**
     * Prints the program for {@code s}, or trains it headless and reports final_loss, final_g_loss, d_accuracy
     * and d_score (the last two averaged over the last 500 steps) with what {@code own} adds from the trained run.
     */
    static int run(String name, GanExperiment.Settings s, RunOptions common,
            BiConsumer<GanExperiment, Map<String, Object>> own) throws InterruptedException {
        if (common.pytorchCode) {
            System.out.print(GanCode.pytorchCode(s));
            return 0;
        }
        GanExperiment[] made = new GanExperiment[1];
        var outcome = Headless.run(name, () -> made[0] = new GanExperiment(s), Progress.wanted(common.json));
        GanView v = outcome.last().data();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("final_loss", -v.dScore());
        metrics.put("final_g_loss", (double) v.gLosses().last());
        metrics.put("d_accuracy", v.dAccuracies().meanOfLast(500));
        metrics.put("d_score", v.dScores().meanOfLast(500));
        own.accept(made[0], metrics);
        return Headless.report(name, outcome, metrics, common.json, System.out, System.err);
    }
}
