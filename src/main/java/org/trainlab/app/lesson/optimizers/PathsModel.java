package org.trainlab.app.lesson.optimizers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.trainlab.app.frame.Prompt;
import org.trainlab.app.frame.TrainingModel;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.lab.OptimizerEntry;
import org.trainlab.lab.PathsExperiment;
import org.trainlab.lab.PathsView;
import org.trainlab.lab.Surface;

/**
 * The race's second view: the tutorial's optimizers walk a 2-D surface from one start point (set by a
 * click on the picture), so momentum's overshoot and Adam's per-coordinate steps can be seen.
 */
public final class PathsModel implements TrainingModel<PathsView> {
    private static final List<Param> PARAMS = build();

    private static List<Param> build() {
        List<Param> p = new ArrayList<>();
        p.add(Param.choice("surface", Surface.ids()));
        p.add(Param.decimal("startX", -10, 10, 0.1));
        p.add(Param.decimal("startY", -10, 10, 0.1));
        p.add(Param.learningRate("lr", ""));
        p.add(Param.integer("steps", 1, 100_000, 50));
        for (String name : OptimizerEntry.NAMES) {
            p.add(Param.flag(name).inGroup("optimizers"));
        }
        return List.copyOf(p);
    }

    @Override
    public String id() {
        return "paths";
    }

    @Override
    public List<Param> params() {
        return PARAMS;
    }

    @Override
    public Settings defaults() {
        return settings(PathsExperiment.Settings.defaults());
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("overshoot", "surface", "rosenbrock", "startX", -1.5, "startY", 2.0, "lr", 0.002, "steps", 500),
                Prompt.of("saddle", "surface", "saddle", "startX", -1.5, "startY", 0.01, "lr", 0.01),
                Prompt.of("bowl", "surface", "bowl", "startX", -1.8, "startY", 1.5, "lr", 0.05),
                Prompt.of("beale", "surface", "beale", "startX", 1.0, "startY", 1.5, "lr", 0.01, "steps", 500));
    }

    static Settings settings(PathsExperiment.Settings s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("surface", s.surface());
        v.put("startX", s.startX());
        v.put("startY", s.startY());
        v.put("lr", s.lr());
        v.put("steps", s.steps());
        for (String name : OptimizerEntry.NAMES) {
            v.put(name, s.optimizers().contains(name));
        }
        return Settings.of(PARAMS, v);
    }

    static PathsExperiment.Settings paths(Settings s) {
        List<String> on = OptimizerEntry.NAMES.stream().filter(s::flag).toList();
        return new PathsExperiment.Settings(s.choice("surface"), s.decimal("startX"), s.decimal("startY"),
                s.integer("steps"), s.decimal("lr"), on);
    }

    @Override
    public String refusal(Settings s) {
        return paths(s).optimizers().isEmpty() ? "optimizers.noneOn" : null;
    }

    @Override
    public Supplier<PathsExperiment> experiment(Settings s) {
        PathsExperiment.Settings p = paths(s);
        return () -> new PathsExperiment(p);
    }

    @Override
    public String pytorchCode(Settings s) {
        PathsExperiment.Settings p = paths(s);
        return p.optimizers().isEmpty() ? "# switch at least one optimizer on\n" : PathsExperiment.pytorchCode(p);
    }
}
