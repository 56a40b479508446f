package org.trainlab.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trainlab.lab.PathsExperiment;
import org.trainlab.lab.PathsView;
import org.trainlab.lab.Surface;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "paths", mixinStandardHelpOptions = true,
        description = "306: optimizers walk a 2-D surface (rosenbrock, beale, saddle, bowl) from one start point.")
final class RunPaths implements Callable<Integer> {
    @Mixin
    RunOptions common;

    @Option(names = "--surface", defaultValue = "rosenbrock", paramLabel = "S",
            description = "rosenbrock, beale, saddle or bowl (default: ${DEFAULT-VALUE})")
    String surface;

    @Option(names = "--start", paramLabel = "X,Y",
            description = "the start point (default: the surface's: rosenbrock -1.5,2; beale 1,1.5; saddle -1.5,0.01; "
                    + "bowl -1.8,1.2)")
    String start;

    @Option(names = "--optimizers", split = ",", paramLabel = "NAME",
            description = "which walk, comma-separated (default: sgd,momentum,rmsprop,adam,adagrad)")
    List<String> optimizers;

    @Override
    public Integer call() throws InterruptedException {
        Surface.named(surface);
        PathsExperiment.Settings d = PathsExperiment.Settings.forSurface(surface);
        double[] xy = start == null ? new double[] {d.startX(), d.startY()} : point(start);
        PathsExperiment.Settings s = d.withStart(xy[0], xy[1]).withSteps(common.stepsOr(d.steps()))
                .withLr(common.lrOr(d.lr())).withOptimizers(optimizers == null ? d.optimizers() : optimizers);
        new PathsExperiment(s); // bad names fail here, before any thread starts
        var outcome = Headless.run("paths", () -> new PathsExperiment(s), Progress.wanted(common.json));
        PathsView v = outcome.last().data();
        Map<String, Object> finals = new LinkedHashMap<>();
        Map<String, Object> losses = new LinkedHashMap<>();
        Map<String, Object> diverged = new LinkedHashMap<>();
        for (PathsView.Path p : v.paths()) {
            float[] at = p.position();
            finals.put(p.name(), List.of((double) at[0], (double) at[1]));
            losses.put(p.name(), (double) p.currentLoss());
            if (p.diverged()) {
                diverged.put(p.name(), p.divergedAt());
            }
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("surface", v.surface());
        metrics.put("final", finals);
        metrics.put("loss", losses);
        metrics.put("diverged", diverged);
        return Headless.report("paths", outcome, metrics, common.json, System.out, System.err);
    }

    /** "X,Y" as two finite numbers. */
    static double[] point(String text) {
        String[] parts = text.split(",", -1);
        try {
            if (parts.length == 2) {
                double x = Double.parseDouble(parts[0].strip());
                double y = Double.parseDouble(parts[1].strip());
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    return new double[] {x, y};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--start: expected two finite numbers X,Y (like -1.5,2), got '" + text + "'");
    }
}
