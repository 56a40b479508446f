package org.trainlab.app.lesson.gan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.trainlab.app.frame.ModelLesson;
import org.trainlab.app.frame.Prompt;
import org.trainlab.app.frame.TrainingModel;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.lab.GanCode;
import org.trainlab.lab.GanExperiment;
import org.trainlab.lab.GanView;

/**
 * Tutorial 406 and its conditional companion: G learns to paint the artist's curves, D learns to tell them
 * apart. The kind (plain, conditional, continuous label) and the update order apply on Reset; the two
 * learning rates apply at once, each to its own net's optimizer ("G", "D").
 */
public final class GanModel implements TrainingModel<GanView>, ModelLesson {
    /** The update orders: G first and D on detached fakes (works), or the tutorial's original (fails). */
    public static final List<String> ORDERS = List.of("corrected", "tutorial");
    static final List<String> KINDS = List.of(GanExperiment.Labels.NONE.id(), GanExperiment.Labels.HALVES.id(),
            GanExperiment.Labels.CONTINUOUS.id());

    private static final List<Param> PARAMS = List.of(
            Param.choice("kind", KINDS).inGroup("gan"),
            Param.choice("order", ORDERS).inGroup("gan"),
            Param.learningRate("lrG", "G").inGroup("nets"),
            Param.learningRate("lrD", "D").inGroup("nets"),
            Param.choice("optimizerG", GanExperiment.OPTIMIZERS).inGroup("nets"),
            Param.choice("optimizerD", GanExperiment.OPTIMIZERS).inGroup("nets"),
            Param.integer("hidden", 1, 1024, 1).inGroup("nets"),
            Param.integer("ideas", 1, 10, 1).inGroup("paintings"),
            Param.integer("points", 2, 200, 1).inGroup("paintings"),
            Param.integer("batch", 1, 4096, 8).inGroup("paintings"),
            Param.integer("steps", 1, 1_000_000, 500).inGroup("paintings"),
            Param.integer("seed", 0, Integer.MAX_VALUE, 1).inGroup("paintings"));

    @Override
    public String id() {
        return "gan";
    }

    @Override
    public List<Param> params() {
        return PARAMS;
    }

    @Override
    public Settings defaults() {
        return settings(GanExperiment.Settings.defaults());
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("tutorialOrder", "order", "tutorial"),
                Prompt.of("conditional", "kind", "conditional", "order", "corrected"),
                Prompt.of("continuous", "kind", "continuous", "order", "corrected"),
                Prompt.of("strongD", "lrD", 0.001, "lrG", 1e-4),
                Prompt.of("oneIdea", "ideas", 1));
    }

    /** The form's values for the lab's settings. */
    static Settings settings(GanExperiment.Settings s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("kind", s.labels().id());
        v.put("order", s.tutorialOrder() ? "tutorial" : "corrected");
        v.put("lrG", s.lrG());
        v.put("lrD", s.lrD());
        v.put("optimizerG", s.optimizerG());
        v.put("optimizerD", s.optimizerD());
        v.put("hidden", s.hidden());
        v.put("ideas", s.ideas());
        v.put("points", s.points());
        v.put("batch", s.batch());
        v.put("steps", s.steps());
        v.put("seed", (int) s.seed());
        return Settings.of(PARAMS, v);
    }

    /** The lab's settings for the form's values. */
    static GanExperiment.Settings gan(Settings s) {
        return new GanExperiment.Settings(s.integer("batch"), s.integer("ideas"), s.integer("hidden"),
                s.integer("points"), s.decimal("lrG"), s.decimal("lrD"), s.choice("optimizerG"),
                s.choice("optimizerD"), s.integer("steps"), s.integer("seed"), s.choice("order").equals("tutorial"),
                GanExperiment.Labels.of(s.choice("kind")));
    }

    @Override
    public Supplier<GanExperiment> experiment(Settings s) {
        GanExperiment.Settings g = gan(s);
        return () -> new GanExperiment(g);
    }

    @Override
    public String pytorchCode(Settings s) {
        return GanCode.pytorchCode(gan(s));
    }
}
