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

    private NetParams() {
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
