package org.trainlab.app.lesson.optimizers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.trainlab.app.BuiltNets;
import org.trainlab.app.Messages;
import org.trainlab.app.frame.ModelLesson;
import org.trainlab.app.frame.Prompt;
import org.trainlab.app.lesson.NetParams;
import org.trainlab.lab.BuiltNet;
import org.trainlab.app.frame.TrainingModel;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.lab.OptimizerEntry;
import org.trainlab.lab.OptimizersExperiment;
import org.trainlab.lab.OptimizersView;

/**
 * Tutorial 306, the race: one 1-20-1 net per optimizer on the same batches of y = x² + noise. Each of the
 * five optimizers is switched on or off and has its own learning rate (live) and options; the race's data,
 * batches, epochs and net are shared.
 */
public final class RaceModel implements TrainingModel<OptimizersView>, ModelLesson {
    private static final List<Param> PARAMS = build();

    private static List<Param> build() {
        List<Param> p = new ArrayList<>();
        p.add(Param.integer("points", 10, 100_000, 100).inGroup("race"));
        p.add(Param.integer("batchSize", 1, 100_000, 1).inGroup("race"));
        p.add(Param.integer("epochs", 1, 10_000, 1).inGroup("race"));
        p.add(Param.choice("network", NetParams.NETWORKS).inGroup("race"));
        p.add(Param.integer("hidden", 1, 1024, 1).inGroup("race")
                .enabledWhen(s -> s.choice("network").equals("default")));
        p.add(Param.flag("sameStart").inGroup("race"));
        p.add(Param.decimal("targetLoss", 0, 10, 0.005).live().inGroup("race"));
        p.add(Param.integer("seed", 0, Integer.MAX_VALUE, 1).inGroup("race"));
        for (String name : OptimizerEntry.NAMES) {
            p.add(Param.flag(name + "_on").labelledAs("on").inGroup(name));
            p.add(Param.learningRate(name + "_lr", name).labelledAs("lr").inGroup(name)
                    .enabledWhen(s -> s.flag(name + "_on")));
            switch (name) {
                case "sgd", "momentum" -> {
                    p.add(Param.decimal(name + "_momentum", 0, 0.999, 0.05).labelledAs("momentum").inGroup(name)
                            .enabledWhen(s -> s.flag(name + "_on")));
                    p.add(Param.flag(name + "_nesterov").labelledAs("nesterov").inGroup(name)
                            .enabledWhen(s -> s.flag(name + "_on") && s.decimal(name + "_momentum") > 0));
                }
                case "rmsprop" -> {
                    p.add(Param.decimal("rmsprop_alpha", 0, 0.9999, 0.01).labelledAs("alpha").inGroup(name)
                            .enabledWhen(s -> s.flag("rmsprop_on")));
                    p.add(eps(name));
                }
                case "adam" -> {
                    p.add(Param.decimal("adam_beta1", 0, 0.9999, 0.01).labelledAs("beta1").inGroup(name)
                            .enabledWhen(s -> s.flag("adam_on")));
                    p.add(Param.decimal("adam_beta2", 0, 0.99999, 0.001).labelledAs("beta2").inGroup(name)
                            .enabledWhen(s -> s.flag("adam_on")));
                    p.add(eps(name));
                    p.add(Param.flag("adam_decoupled").labelledAs("decoupled").inGroup(name)
                            .enabledWhen(s -> s.flag("adam_on")));
                }
                default -> p.add(eps(name));
            }
            p.add(Param.decimal(name + "_weightDecay", 0, 1, 0.001).labelledAs("weightDecay").inGroup(name)
                    .enabledWhen(s -> s.flag(name + "_on")));
        }
        return List.copyOf(p);
    }

    private static Param eps(String name) {
        return Param.decimal(name + "_eps", 1e-12, 1, 1e-8).labelledAs("eps").inGroup(name)
                .enabledWhen(s -> s.flag(name + "_on"));
    }

    private final BuiltNets nets;

    public RaceModel() {
        this(new BuiltNets());
    }

    /** The race that may also run the Build lesson's nets ({@code nets}). */
    public RaceModel(BuiltNets nets) {
        this.nets = nets;
    }

    @Override
    public String id() {
        return "optimizers";
    }

    @Override
    public List<Param> params() {
        return PARAMS;
    }

    @Override
    public Settings defaults() {
        return settings(OptimizersExperiment.Settings.defaults());
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("tutorial", "adagrad_on", false, "sameStart", false),
                Prompt.of("sgdFaster", "sgd_lr", 0.1),
                Prompt.of("bigBatch", "batchSize", 1000, "epochs", 100),
                Prompt.of("nesterov", "momentum_nesterov", true, "momentum_momentum", 0.9));
    }

    /** The form's values for the lab's settings. */
    static Settings settings(OptimizersExperiment.Settings s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("points", s.points());
        v.put("batchSize", s.batchSize());
        v.put("epochs", s.epochs());
        v.put("network", "default");
        v.put("hidden", s.hidden());
        v.put("sameStart", s.sameStart());
        v.put("targetLoss", s.targetLoss());
        v.put("seed", (int) s.seed());
        for (OptimizerEntry e : s.entries()) {
            String n = e.name();
            v.put(n + "_on", e.enabled());
            v.put(n + "_lr", e.lr());
            switch (n) {
                case "sgd", "momentum" -> {
                    v.put(n + "_momentum", e.momentum());
                    v.put(n + "_nesterov", e.nesterov());
                }
                case "rmsprop" -> {
                    v.put("rmsprop_alpha", e.alpha());
                    v.put(n + "_eps", e.eps());
                }
                case "adam" -> {
                    v.put("adam_beta1", e.beta1());
                    v.put("adam_beta2", e.beta2());
                    v.put(n + "_eps", e.eps());
                    v.put("adam_decoupled", e.decoupled());
                }
                default -> v.put(n + "_eps", e.eps());
            }
            v.put(n + "_weightDecay", e.weightDecay());
        }
        return Settings.of(PARAMS, v);
    }

    /** The lab's settings for the form's values. */
    static OptimizersExperiment.Settings race(Settings s) {
        OptimizersExperiment.Settings d = OptimizersExperiment.Settings.defaults();
        List<OptimizerEntry> entries = new ArrayList<>();
        for (OptimizerEntry e : d.entries()) {
            String n = e.name();
            OptimizerEntry x = e.withEnabled(s.flag(n + "_on")).withLr(s.decimal(n + "_lr"))
                    .withWeightDecay(s.decimal(n + "_weightDecay"));
            switch (n) {
                case "sgd", "momentum" -> x = x.withMomentum(s.decimal(n + "_momentum"))
                        .withNesterov(s.flag(n + "_nesterov"));
                case "rmsprop" -> x = x.withAlpha(s.decimal("rmsprop_alpha")).withEps(s.decimal(n + "_eps"));
                case "adam" -> x = x.withBetas(s.decimal("adam_beta1"), s.decimal("adam_beta2"))
                        .withEps(s.decimal(n + "_eps")).withDecoupled(s.flag("adam_decoupled"));
                default -> x = x.withEps(s.decimal(n + "_eps"));
            }
            entries.add(x);
        }
        return d.withEntries(entries).withPoints(s.integer("points")).withBatchSize(s.integer("batchSize"))
                .withEpochs(s.integer("epochs")).withHidden(s.integer("hidden")).withSameStart(s.flag("sameStart"))
                .withTargetLoss(s.decimal("targetLoss")).withSeed(s.integer("seed"));
    }

    @Override
    public String refusal(Settings s) {
        return race(s).enabled().isEmpty() ? "optimizers.noneOn" : null;
    }

    @Override
    public String refusalText(Settings s, Messages m) {
        String key = refusal(s);
        return key != null ? m.text(key) : NetParams.misfit(s, nets, 1, 1, m);
    }

    @Override
    public Supplier<OptimizersExperiment> experiment(Settings s) {
        OptimizersExperiment.Settings race = race(s);
        BuiltNet built = NetParams.built(s, nets);
        return () -> new OptimizersExperiment(race, built);
    }

    @Override
    public String pytorchCode(Settings s) {
        OptimizersExperiment.Settings race = race(s);
        return race.enabled().isEmpty() ? "# switch at least one optimizer on\n" 
                : OptimizersExperiment.pytorchCode(race, NetParams.built(s, nets));
    }
}
