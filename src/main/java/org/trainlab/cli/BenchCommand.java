package org.trainlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.ClassificationExperiment;
import org.trainlab.lab.Experiment;
import org.trainlab.lab.GanExperiment;
import org.trainlab.lab.NetSettings;
import org.trainlab.lab.OptimizersExperiment;
import org.trainlab.lab.RegressionExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trainlab bench}: training speed of the four seed workloads on one thread, after a warm-up,
 * in the same JSON shape as {@code bench/pytorch_bench.py} prints.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure steps/s of the seed workloads on one thread: regression, classification, "
            + "optimizers (the tutorial's four nets, in batches/s with every net stepping) and gan.",
            "Compare with: /usr/bin/python3 bench/pytorch_bench.py > pytorch.json; trainlab bench --pytorch pytorch.json"})
final class BenchCommand implements Callable<Integer> {
    private static final int FOREVER = Integer.MAX_VALUE / 2;

    @Option(names = "--json", description = "print exactly one JSON object on stdout")
    boolean json;

    @Option(names = "--seconds", defaultValue = "3", description = "measuring time per workload (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--warmup", defaultValue = "2", description = "warm-up time per workload (default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--pytorch", paramLabel = "FILE",
            description = "the JSON that bench/pytorch_bench.py printed: adds ratios to the table")
    Path pytorch;

    /** One workload: how to build it and what its unit is called. */
    private record Workload(String name, String unit, Supplier<Experiment<?>> factory) {
    }

    @Override
    public Integer call() throws IOException {
        if (!(seconds > 0) || warmup < 0) {
            throw new IllegalArgumentException("--seconds must be positive and --warmup not negative");
        }
        Workload[] workloads = {
            new Workload("regression", "steps_per_s", () -> new RegressionExperiment(
                    RegressionExperiment.defaults().withSteps(FOREVER), RegressionData.tutorial(1))),
            new Workload("classification", "steps_per_s", () -> new ClassificationExperiment(
                    ClassificationExperiment.defaults().withSteps(FOREVER), ClassificationData.tutorial(1),
                    null)),
            new Workload("optimizers", "batches_per_s", () -> new OptimizersExperiment(
                    OptimizersExperiment.Settings.defaults().withOptimizers(OptimizersExperiment.TUTORIAL_OPTIMIZERS)
                            .withEpochs(FOREVER / 32))),
            new Workload("gan", "steps_per_s", () -> new GanExperiment(
                    GanExperiment.Settings.defaults().withSteps(FOREVER))),
        };
        // Warm every workload up before measuring any, so each is measured with the JIT settled.
        Experiment<?>[] experiments = new Experiment<?>[workloads.length];
        for (int i = 0; i < workloads.length; i++) {
            experiments[i] = workloads[i].factory().get();
            loopFor(experiments[i], warmup);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (int i = 0; i < workloads.length; i++) {
            result.put(workloads[i].name(), measure(workloads[i], experiments[i]));
        }
        result.put("engine", "trainlab " + Version.get());
        result.put("threads", 1);
        result.put("java", Runtime.version().toString());
        result.put("machine", System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores");
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(result));
        } else {
            printTable(result, workloads);
        }
        return 0;
    }

    private Map<String, Object> measure(Workload w, Experiment<?> e) {
        loopFor(e, Math.min(warmup, 0.5));
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        long bytesBefore = mx.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        long steps = loopFor(e, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long bytes = mx.getThreadAllocatedBytes(thread) - bytesBefore;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(w.unit(), steps / elapsed);
        m.put("allocated_bytes_per_step", steps == 0 ? 0 : bytes / steps);
        return m;
    }

    private static long loopFor(Experiment<?> e, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long steps = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 20; i++) {
                e.step();
            }
            steps += 20;
        }
        return steps;
    }

    private void printTable(Map<String, Object> result, Workload[] workloads) throws IOException {
        JsonNode torch = pytorch == null ? null : new ObjectMapper().readTree(pytorch.toFile());
        System.out.printf(Locale.ROOT, "%-26s %12s %12s %8s %12s%n", "workload", "TrainLab", torch == null ? "" : "PyTorch",
                torch == null ? "" : "ratio", "bytes/step");
        for (Workload w : workloads) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) result.get(w.name());
            double ours = (Double) m.get(w.unit());
            String theirs = "";
            String ratio = "";
            if (torch != null && torch.has(w.name())) {
                double t = torch.get(w.name()).get(w.unit()).asDouble();
                theirs = String.format(Locale.ROOT, "%,.0f", t);
                ratio = String.format(Locale.ROOT, "%.1f×", ours / t);
            }
            System.out.printf(Locale.ROOT, "%-26s %,12.0f %12s %8s %,12d%n", w.name() + " (" + w.unit().replace("_per_s", "/s")
                    + ")", ours, theirs, ratio, (Long) m.get("allocated_bytes_per_step"));
        }
        System.out.println("Java " + result.get("java") + ", " + result.get("machine")
                + (torch == null ? "" : "; " + torch.path("engine").asText()));
    }
}
