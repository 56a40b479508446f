package org.trainlab.app.lesson;

import java.util.List;
import java.util.Map;
import org.trainlab.app.Messages;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.io.LoadedModel;
import org.trainlab.lab.NetSettings;
import org.trainlab.lab.Networks;
import org.trainlab.spec.LossKind;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.OptimizerPreset;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.Generator;

/**
 * The settings of a lesson that trains one small net (Regression, Classification): learning rate (live),
 * hidden units, activation, optimizer, steps and seed, as form params and as the lab's {@link NetSettings}.
 */
public final class NetParams {
    public static final List<Param> PARAMS = List.of(
            Param.learningRate("lr", ""),
            Param.integer("hidden", 1, 1024, 1),
            Param.choice("activation", NetSettings.ACTIVATIONS),
            Param.choice("optimizer", NetSettings.OPTIMIZERS),
            Param.integer("steps", 1, 1_000_000, 50),
            Param.integer("seed", 0, Integer.MAX_VALUE, 1));

    /** Which network a lesson trains: its own (the settings above), or the Build lesson's net1 or net2. */
    public static final List<String> NETWORKS = List.of("default", "net1", "net2");
    /** {@link #PARAMS} and the network choice (Regression, Classification). */
    public static final List<Param> WITH_NETWORK = withNetwork();

    private NetParams() {
    }

    private static List<Param> withNetwork() {
        List<Param> p = new java.util.ArrayList<>();
        p.add(Param.choice("network", NETWORKS));
        for (Param q : PARAMS) { // the lesson's own net's shape means nothing for a built net
            p.add(q.id().equals("hidden") || q.id().equals("activation")
                    ? q.enabledWhen(s -> s.choice("network").equals("default")) : q);
        }
        return List.copyOf(p);
    }

    /** The settings with the lesson's own network. */
    public static Settings withNetwork(NetSettings v) {
        Map<String, Object> values = new java.util.HashMap<>(settings(v).values());
        values.put("network", "default");
        return Settings.of(WITH_NETWORK, values);
    }

    /** The Build lesson's net the settings choose, or null for the lesson's own. */
    public static org.trainlab.lab.BuiltNet built(Settings s, org.trainlab.app.BuiltNets nets) {
        return nets.built(switch (s.choice("network")) {
            case "net1" -> org.trainlab.app.BuiltNets.Choice.NET1;
            case "net2" -> org.trainlab.app.BuiltNets.Choice.NET2;
            default -> org.trainlab.app.BuiltNets.Choice.DEFAULT;
        });
    }

    /**
     * Why the chosen Build lesson's net cannot train on {@code inputs} features to {@code outputs} values, in the
     * user's words, or null.
     */
    public static String misfit(Settings s, org.trainlab.app.BuiltNets nets, int inputs, int outputs, Messages m) {
        org.trainlab.lab.BuiltNet b = built(s, nets);
        String problem = b == null ? null : b.problem(inputs, outputs);
        return problem == null ? null : m.format("network.misfit", s.choice("network"), b.description(), inputs,
                outputs, problem);
    }

    public static Settings settings(NetSettings v) {
        return Settings.of(PARAMS, Map.of("lr", v.lr(), "hidden", v.hidden(), "activation", v.activation(),
                "optimizer", v.optimizer(), "steps", v.steps(), "seed", (int) v.seed()));
    }

    public static NetSettings net(Settings s) {
        return new NetSettings(s.integer("hidden"), s.choice("activation"), s.choice("optimizer"), s.decimal("lr"),
                s.integer("steps"), s.integer("seed"));
    }

    /**
     * The settings for a saved {@code Sequential(Linear(in, h), activation, Linear(h, out))} trained with
     * {@code loss}: its hidden units and activation, and its optimizer, learning rate, steps and seed when
     * the file has training settings.
     *
     * @throws IllegalArgumentException (in the user's language) for another architecture or loss
     */
    public static Settings fromModel(LoadedModel model, LossKind loss, Settings current, Messages m) {
        NetworkSpec spec = model.spec();
        if (spec == null) { // a class Net(nn.Module) from a network file: not one of the lessons' Sequentials
            throw new IllegalArgumentException(m.format("model.notThisNet", clip(model.architecture())));
        }
        int[] first = spec.stateShapes().get("0.weight");
        int[] last = spec.stateShapes().get("2.weight");
        String activation = null;
        if (first != null && last != null && first.length == 2 && last.length == 2 && spec.stateShapes().size() == 4) {
            for (String a : NetSettings.ACTIVATIONS) {
                NetworkSpec candidate = NetworkSpec.of(Networks.mlp(first[1], first[0], last[0], a, new Generator(0)));
                if (candidate.text().equals(spec.text())) {
                    activation = a;
                }
            }
        }
        if (activation == null) {
            throw new IllegalArgumentException(m.format("model.notThisNet", clip(spec.text())));
        }
        Settings s;
        try {
            s = current.with("hidden", first[0]).with("activation", activation);
            TrainingSettings t = model.settings();
            if (t != null) {
                if (t.loss() != loss) {
                    throw new IllegalArgumentException(m.format("model.otherLoss", t.loss().torchName(),
                            loss.torchName()));
                }
                OptimizerPreset preset = OptimizerPreset.matching(t.optimizer(), t.options());
                if (preset != null) {
                    s = s.with("optimizer", preset.lessonName());
                }
                if (t.options().get("lr") instanceof Double lr) {
                    s = s.with("lr", lr);
                }
                s = s.with("steps", t.steps());
                if (t.seed() >= 0 && t.seed() <= Integer.MAX_VALUE) {
                    s = s.with("seed", (int) t.seed());
                }
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("setting '")) {
                throw new IllegalArgumentException(m.format("model.outOfRange", e.getMessage()), e);
            }
            throw e;
        }
        return s;
    }

    private static String clip(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
