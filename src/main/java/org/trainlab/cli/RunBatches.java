package org.trainlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trainlab.lab.BatchesExperiment;
import org.trainlab.lab.BatchesView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "batches", mixinStandardHelpOptions = true,
        description = {"305: which samples a shuffling DataLoader puts in each batch, epoch by epoch.",
            "Prints the lines the tutorial's program prints (Epoch:  0 | Step:  0 | batch x:  [...])."})
final class RunBatches implements Callable<Integer> {
    @Mixin
    RunOptions common;

    @Option(names = "--batch-size", defaultValue = "5", description = "samples per batch (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--epochs", defaultValue = "3", description = "passes over the data (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--points", defaultValue = "10", description = "samples, x = 1..points (default: ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--no-shuffle", description = "deal the samples in order")
    boolean noShuffle;

    @Option(names = "--drop-last", description = "drop the last batch when it is short")
    boolean dropLast;

    @Option(names = "--workers", defaultValue = "2", description = "loader threads, num_workers (default: ${DEFAULT-VALUE})")
    int workers;

    @Override
    public Integer call() throws InterruptedException {
        BatchesExperiment.Settings s = new BatchesExperiment.Settings(points, batchSize, epochs, !noShuffle, dropLast,
                workers, common.seed);
        if (common.pytorchCode) {
            System.out.print(BatchesExperiment.pytorchCode(s));
            return 0;
        }
        var outcome = Headless.run("batches", () -> new BatchesExperiment(s), Progress.wanted(common.json));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("final_loss", 0.0);
        List<Map<String, Object>> batches = new ArrayList<>();
        for (BatchesView.Batch b : outcome.last().data().batches()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("epoch", b.epoch());
            m.put("step", b.step());
            m.put("x", b.x());
            m.put("y", b.y());
            batches.add(m);
            if (!common.json) {
                System.out.println(b.printed());
            }
        }
        if (common.json) {
            metrics.put("batches", batches);
        }
        return Headless.report("batches", outcome, metrics, common.json, System.out, System.err);
    }
}
