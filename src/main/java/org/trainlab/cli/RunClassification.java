package org.trainlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trainlab.data.ClassificationData;
import org.trainlab.lab.ClassificationExperiment;
import org.trainlab.lab.DataOrigin;
import org.trainlab.lab.ClassificationView;
import org.trainlab.lab.NetSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "classification", mixinStandardHelpOptions = true,
        description = "302: classify 2-D points with a 1-hidden-layer net (full batch, cross-entropy).")
final class RunClassification implements Callable<Integer> {
    @Mixin
    RunOptions common;

    @Mixin
    NetOptions net;

    @Option(names = "--data", defaultValue = "clusters",
            description = "clusters (the tutorial's), xor, circles, moons or spiral (default: ${DEFAULT-VALUE})")
    String data;

    @Option(names = "--classes", defaultValue = "2", description = "classes for clusters and spiral (default: ${DEFAULT-VALUE})")
    int classes;

    @Option(names = "--points", defaultValue = "100", description = "points per class (default: ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--noise", defaultValue = "1.0", description = "spread of the points (default: ${DEFAULT-VALUE})")
    double noise;

    @Option(names = "--test-fraction", defaultValue = "0", description = "share held out for testing (default: ${DEFAULT-VALUE})")
    double testFraction;

    @Override
    public Integer call() throws InterruptedException {
        NetSettings s = net.settings(ClassificationExperiment.defaults(), common);
        ClassificationData.Shape shape = ClassificationData.Shape.parse(data);
        DataOrigin origin = new DataOrigin.ClassificationGenerator(shape, classes, points, noise, common.seed);
        ClassificationData all = ClassificationData.generate(shape, classes, points, noise, common.seed);
        if (testFraction < 0 || testFraction >= 1) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
        if (common.pytorchCode) {
            System.out.print(ClassificationExperiment.pytorchCode(s, origin, all, testFraction));
            return 0;
        }
        ClassificationExperiment[] made = new ClassificationExperiment[1];
        var outcome = Headless.run("classification", () -> made[0] = ClassificationExperiment.twin(s, origin, all,
                testFraction), Progress.wanted(common.json));
        ClassificationView v = outcome.last().data();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("final_loss", (double) v.trainLosses().last());
        metrics.put("accuracy", v.accuracy());
        if (v.testLosses().size() > 0) {
            metrics.put("test_loss", (double) v.testLosses().last());
            metrics.put("test_accuracy", v.testAccuracy());
        }
        return Headless.report("classification", outcome, metrics, common.json, System.out, System.err);
    }
}
