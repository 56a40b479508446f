package org.trainlab.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trainlab.lab.OptimizersExperiment;
import org.trainlab.lab.OptimizersView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "optimizers", mixinStandardHelpOptions = true,
        description = "306: SGD, Momentum, RMSprop, Adam and AdaGrad race on the same batches.")
final class RunOptimizers implements Callable<Integer> {
    @Mixin
    RunOptions common;

    @Option(names = "--optimizers", split = ",", paramLabel = "NAME",
            description = "which to race, comma-separated (default: sgd,momentum,rmsprop,adam,adagrad)")
    List<String> optimizers;

    @Option(names = "--epochs", defaultValue = "12", description = "passes over the data (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch-size", defaultValue = "32", description = "samples per batch (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--lr-of", paramLabel = "NAME=LR",
            description = "one optimizer's learning rate, e.g. --lr-of adam=0.02 (repeatable; overrides --lr)")
    Map<String, Double> lrOf;

    @Option(names = "--weight-decay-of", paramLabel = "NAME=WD",
            description = "one optimizer's weight_decay, e.g. --weight-decay-of sgd=1e-4 (repeatable)")
    Map<String, Double> weightDecayOf;

    @Option(names = "--adamw", description = "adam decouples its weight decay: torch.optim.AdamW")
    boolean adamw;

    @Option(names = "--same-start", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "every net starts from the same weights (default); --no-same-start initialises each net "
                    + "in turn, as the tutorial does")
    boolean sameStart;

    @Option(names = "--target-loss", defaultValue = "0.01", paramLabel = "L",
            description = "report the step at which each optimizer first reaches this loss (default: ${DEFAULT-VALUE})")
    double targetLoss;

    @Override
    public Integer call() throws InterruptedException {
        OptimizersExperiment.Settings d = OptimizersExperiment.Settings.defaults();
        OptimizersExperiment.Settings s = d.withOptimizers(optimizers == null ? d.optimizers() : optimizers)
                .withLr(common.lrOr(d.lr())).withEpochs(epochs).withBatchSize(batchSize).withSeed(common.seed)
                .withSameStart(sameStart).withTargetLoss(targetLoss);
        if (lrOf != null) {
            for (Map.Entry<String, Double> e : lrOf.entrySet()) {
                if (e.getValue() == null || !(e.getValue() > 0)) {
                    throw new IllegalArgumentException("--lr-of " + e.getKey() + ": the learning rate must be positive, "
                            + "got " + e.getValue());
                }
                s = s.withLrOf(e.getKey(), e.getValue());
            }
        }
        if (weightDecayOf != null) {
            for (Map.Entry<String, Double> e : weightDecayOf.entrySet()) {
                s = s.withEntry(s.entry(e.getKey()).withWeightDecay(e.getValue()));
            }
        }
        if (adamw) {
            s = s.withEntry(s.entry("adam").withDecoupled(true));
        }
        OptimizersExperiment.Settings settings = s;
        new OptimizersExperiment(settings); // bad options fail here with PyTorch's messages
        if (common.pytorchCode) {
            System.out.print(OptimizersExperiment.pytorchCode(settings));
            return 0;
        }
        var outcome = Headless.run("optimizers", () -> new OptimizersExperiment(settings), Progress.wanted(common.json));
        OptimizersView v = outcome.last().data();
        Map<String, Object> finals = new LinkedHashMap<>();
        Map<String, Object> best = new LinkedHashMap<>();
        Map<String, Object> reached = new LinkedHashMap<>();
        for (OptimizersView.Racer r : v.racers()) {
            finals.put(r.name(), r.currentLoss());
            best.put(r.name(), r.bestLoss());
            reached.put(r.name(), r.reachedTargetAt());
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("final_loss", finals);
        metrics.put("best_loss", best);
        metrics.put("target_loss", v.targetLoss());
        metrics.put("reached_target_at", reached);
        metrics.put("same_start", settings.sameStart());
        return Headless.report("optimizers", outcome, metrics, common.json, System.out, System.err);
    }
}
