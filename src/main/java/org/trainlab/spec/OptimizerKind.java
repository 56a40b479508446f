package org.trainlab.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.optim.Adagrad;
import org.trainlab.optim.Adam;
import org.trainlab.optim.AdamW;
import org.trainlab.optim.Optimizer;
import org.trainlab.optim.RMSprop;
import org.trainlab.optim.SGD;
import org.trainlab.tensor.Tensor;

/**
 * The optimizers a model can be trained with and the options a user sets for each, by PyTorch's keys and
 * with PyTorch 1.13's defaults ({@code lr} has none for SGD: it is required, as in PyTorch). Values are
 * Double, Boolean, or a two-element List of Double for {@code betas}.
 */
public enum OptimizerKind {
    SGD("sgd", "SGD", options("lr", null, "momentum", 0.0, "dampening", 0.0, "weight_decay", 0.0, "nesterov", false)),
    ADAGRAD("adagrad", "Adagrad", options("lr", 0.01, "lr_decay", 0.0, "weight_decay", 0.0,
            "initial_accumulator_value", 0.0, "eps", 1e-10)),
    RMSPROP("rmsprop", "RMSprop", options("lr", 0.01, "alpha", 0.99, "eps", 1e-8, "weight_decay", 0.0, "momentum", 0.0,
            "centered", false)),
    ADAM("adam", "Adam", options("lr", 1e-3, "betas", List.of(0.9, 0.999), "eps", 1e-8, "weight_decay", 0.0,
            "amsgrad", false)),
    ADAMW("adamw", "AdamW", options("lr", 1e-3, "betas", List.of(0.9, 0.999), "eps", 1e-8, "weight_decay", 1e-2,
            "amsgrad", false));

    private final String cliName;
    private final String torchName;
    private final Map<String, Object> defaults;

    OptimizerKind(String cliName, String torchName, Map<String, Object> defaults) {
        this.cliName = cliName;
        this.torchName = torchName;
        this.defaults = Collections.unmodifiableMap(defaults);
    }

    private static Map<String, Object> options(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public String cliName() {
        return cliName;
    }

    /** The class in {@code torch.optim}. */
    public String torchName() {
        return torchName;
    }

    /** The options in PyTorch's order with their defaults; {@code lr} maps to null where PyTorch requires it. */
    public Map<String, Object> defaults() {
        return defaults;
    }

    /** The value type an option takes: Double, Boolean or List (betas). */
    public static Class<?> typeOf(String option) {
        return switch (option) {
            case "nesterov", "centered", "amsgrad" -> Boolean.class;
            case "betas" -> List.class;
            default -> Double.class;
        };
    }

    /**
     * A new optimizer over {@code params} with these options (every key of {@link #defaults()}, lr not null).
     * Bad values fail with PyTorch's messages ({@code Invalid momentum value: -1.0}).
     */
    public Optimizer create(List<Tensor> params, Map<String, Object> options) {
        for (String key : options.keySet()) {
            if (!defaults.containsKey(key)) {
                throw new IllegalArgumentException(torchName + " has no option '" + key + "' (its options: "
                        + String.join(", ", defaults.keySet()) + ")");
            }
        }
        Map<String, Object> o = new LinkedHashMap<>(defaults);
        o.putAll(options);
        if (o.get("lr") == null) {
            throw new IllegalArgumentException(torchName + " needs a learning rate (lr): PyTorch has no default for it");
        }
        double lr = number(o, "lr");
        return switch (this) {
            case SGD -> new org.trainlab.optim.SGD(params, lr).momentum(number(o, "momentum"))
                    .dampening(number(o, "dampening")).weightDecay(number(o, "weight_decay"))
                    .nesterov(flag(o, "nesterov"));
            case ADAGRAD -> new Adagrad(params, lr).lrDecay(number(o, "lr_decay")).weightDecay(number(o, "weight_decay"))
                    .initialAccumulatorValue(number(o, "initial_accumulator_value")).eps(number(o, "eps"));
            case RMSPROP -> new RMSprop(params, lr).alpha(number(o, "alpha")).eps(number(o, "eps"))
                    .weightDecay(number(o, "weight_decay")).momentum(number(o, "momentum"))
                    .centered(flag(o, "centered"));
            case ADAM -> new Adam(params, lr).betas(beta(o, 0), beta(o, 1)).eps(number(o, "eps"))
                    .weightDecay(number(o, "weight_decay")).amsgrad(flag(o, "amsgrad"));
            case ADAMW -> new AdamW(params, lr).betas(beta(o, 0), beta(o, 1)).eps(number(o, "eps"))
                    .weightDecay(number(o, "weight_decay")).amsgrad(flag(o, "amsgrad"));
        };
    }

    private static double number(Map<String, Object> o, String key) {
        return ((Number) o.get(key)).doubleValue();
    }

    private static boolean flag(Map<String, Object> o, String key) {
        return (Boolean) o.get(key);
    }

    private static double beta(Map<String, Object> o, int i) {
        return ((Number) ((List<?>) o.get("betas")).get(i)).doubleValue();
    }

    /** By command-line name ({@code adam}) or PyTorch's ({@code Adam}); null if neither. */
    public static OptimizerKind named(String name) {
        for (OptimizerKind k : values()) {
            if (k.cliName.equals(name) || k.torchName.equals(name)) {
                return k;
            }
        }
        return null;
    }

    public static String cliNames() {
        StringBuilder sb = new StringBuilder();
        for (OptimizerKind k : values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(k.cliName);
        }
        return sb.toString();
    }
}
