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

    @Override
    public Integer call() throws InterruptedException {
        OptimizersExperiment.Settings d = OptimizersExperiment.Settings.defaults();
        OptimizersExperiment.Settings s = d.withOptimizers(optimizers == null ? d.optimizers() : optimizers)
                .withLr(common.lrOr(d.lr())).withEpochs(epochs).withBatchSize(batchSize).withSeed(common.seed);
        var outcome = Headless.run("optimizers", () -> new OptimizersExperiment(s), Progress.wanted(common.json));
        OptimizersView v = outcome.last().data();
        Map<String, Object> finals = new LinkedHashMap<>();
        for (int i = 0; i < v.names().size(); i++) {
            finals.put(v.names().get(i), (double) v.losses().get(i).last());
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("final_loss", finals);
        return Headless.report("optimizers", outcome, metrics, common.json, System.out, System.err);
    }
}
