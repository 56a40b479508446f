package org.trainlab.app.lesson;

import java.util.List;
import java.util.Map;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.lab.NetSettings;

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
}
