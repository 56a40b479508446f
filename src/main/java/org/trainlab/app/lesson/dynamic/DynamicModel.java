package org.trainlab.app.lesson.dynamic;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.trainlab.app.frame.ModelLesson;
import org.trainlab.app.frame.Prompt;
import org.trainlab.app.frame.TrainingModel;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.lab.DynamicExperiment;
import org.trainlab.lab.DynamicView;

/**
 * Tutorial 501, why PyTorch's graph is dynamic: an RNN learns cos from sin over windows of a random
 * length, and each step's autograd graph is built anew, as long as that step's window.
 */
public final class DynamicModel implements TrainingModel<DynamicView>, ModelLesson {
    static final List<Param> PARAMS = List.of(
            Param.learningRate("lr", ""),
            Param.integer("hidden", 1, 256, 1),
            Param.integer("maxHalfTurns", 1, 10, 1),
            Param.integer("steps", 1, 1_000_000, 10),
            Param.integer("seed", 0, Integer.MAX_VALUE, 1));

    @Override
    public String id() {
        return "dynamic";
    }

    @Override
    public List<Param> params() {
        return PARAMS;
    }

    @Override
    public Settings defaults() {
        DynamicExperiment.Settings d = DynamicExperiment.Settings.defaults();
        return Settings.of(PARAMS, Map.of("lr", d.lr(), "hidden", d.hidden(), "maxHalfTurns", d.maxHalfTurns(),
                "steps", d.steps(), "seed", (int) d.seed()));
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("fixed", "maxHalfTurns", 1),
                Prompt.of("long", "maxHalfTurns", 8),
                Prompt.of("small", "hidden", 2),
                Prompt.of("slow", "lr", 0.002, "steps", 300));
    }

    static DynamicExperiment.Settings dynamic(Settings s) {
        DynamicExperiment.Settings d = DynamicExperiment.Settings.defaults();
        return new DynamicExperiment.Settings(s.integer("hidden"), s.decimal("lr"), s.integer("steps"),
                d.pointsPerHalfTurn(), s.integer("maxHalfTurns"), s.integer("seed"));
    }

    @Override
    public Supplier<DynamicExperiment> experiment(Settings s) {
        DynamicExperiment.Settings d = dynamic(s);
        return () -> new DynamicExperiment(d);
    }

    @Override
    public String pytorchCode(Settings settings) {
        return DynamicExperiment.pytorchCode(dynamic(settings));
    }
}
