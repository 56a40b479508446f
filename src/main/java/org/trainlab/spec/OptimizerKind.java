package org.trainlab.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.trainlab.optim.Adagrad;
import org.trainlab.optim.Adam;
import org.trainlab.optim.AdamW;
import org.trainlab.optim.Optimizer;
import org.trainlab.optim.RMSprop;
import org.trainlab.optim.SGD;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * The optimizers a model can be trained with and the options a user sets for each, by PyTorch's keys and
 * with PyTorch 1.13's defaults ({@code lr} has none for SGD: it is required, as in PyTorch). Values are
 * Double, Boolean, or a two-element List of Double for {@code betas}. The defaults are the optimizer classes'
 * own constants ({@link Adam#DEFAULT_BETAS}, ...); options that are off by default (0, False) are written
 * here as 0.0 and false. The lessons' named settings ({@code momentum}, {@code adam}, ...) are
 * {@link OptimizerPreset}s of these kinds.
 */
public enum OptimizerKind {
    SGD("sgd", "SGD", options("lr", null, "momentum", 0.0, "dampening", 0.0, "weight_decay", 0.0, "nesterov", false)),
    ADAGRAD("adagrad", "Adagrad", options("lr", Adagrad.DEFAULT_LR, "lr_decay", 0.0, "weight_decay", 0.0,
            "initial_accumulator_value", 0.0, "eps", Adagrad.DEFAULT_EPS)),
    RMSPROP("rmsprop", "RMSprop", options("lr", RMSprop.DEFAULT_LR, "alpha", RMSprop.DEFAULT_ALPHA,
            "eps", RMSprop.DEFAULT_EPS, "weight_decay", 0.0, "momentum", 0.0, "centered", false)),
    ADAM("adam", "Adam", options("lr", Adam.DEFAULT_LR, "betas", Adam.DEFAULT_BETAS, "eps", Adam.DEFAULT_EPS,
            "weight_decay", 0.0, "amsgrad", false)),
    ADAMW("adamw", "AdamW", options("lr", AdamW.DEFAULT_LR, "betas", AdamW.DEFAULT_BETAS, "eps", AdamW.DEFAULT_EPS,
            "weight_decay", AdamW.DEFAULT_WEIGHT_DECAY, "amsgrad", false));

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
     * A new optimizer over {@code params} with these options (any keys of {@link #defaults()}; lr must be
     * given where the kind has no default). Options left out keep the optimizer's own defaults. Bad values
     * fail with PyTorch's messages ({@code Invalid momentum value: -1.0}).
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
        double lr = toDouble(o.get("lr"));
        Given g = new Given(options);
        // The setters run in this order whichever options are given (SGD's nesterov checks momentum).
        return switch (this) {
            case SGD -> {
                org.trainlab.optim.SGD sgd = new org.trainlab.optim.SGD(params, lr);
                g.number("momentum", sgd::momentum).number("dampening", sgd::dampening)
                        .number("weight_decay", sgd::weightDecay).flag("nesterov", sgd::nesterov);
                yield sgd;
            }
            case ADAGRAD -> {
                Adagrad adagrad = new Adagrad(params, lr);
                g.number("lr_decay", adagrad::lrDecay).number("weight_decay", adagrad::weightDecay)
                        .number("initial_accumulator_value", adagrad::initialAccumulatorValue)
                        .number("eps", adagrad::eps);
                yield adagrad;
            }
            case RMSPROP -> {
                RMSprop rmsprop = new RMSprop(params, lr);
                g.number("alpha", rmsprop::alpha).number("eps", rmsprop::eps)
                        .number("weight_decay", rmsprop::weightDecay).number("momentum", rmsprop::momentum)
                        .flag("centered", rmsprop::centered);
                yield rmsprop;
            }
            case ADAM -> {
                Adam adam = new Adam(params, lr);
                g.betas(adam::betas).number("eps", adam::eps).number("weight_decay", adam::weightDecay)
                        .flag("amsgrad", adam::amsgrad);
                yield adam;
            }
            case ADAMW -> {
                AdamW adamw = new AdamW(params, lr);
                g.betas(adamw::betas).number("eps", adamw::eps).number("weight_decay", adamw::weightDecay)
                        .flag("amsgrad", adamw::amsgrad);
                yield adamw;
            }
        };
    }

    /** Calls an optimizer's setter for each option that was given, leaving the rest at the class's defaults. */
    private record Given(Map<String, Object> options) {
        Given number(String key, DoubleConsumer setter) {
            if (options.containsKey(key)) {
                setter.accept(toDouble(options.get(key)));
            }
            return this;
        }

        Given flag(String key, Consumer<Boolean> setter) {
            if (options.containsKey(key)) {
                setter.accept((Boolean) options.get(key));
            }
            return this;
        }

        Given betas(BiConsumer<Double, Double> setter) {
            if (options.containsKey("betas")) {
                List<?> betas = (List<?>) options.get("betas");
                setter.accept(toDouble(betas.get(0)), toDouble(betas.get(1)));
            }
            return this;
        }
    }

    private static double toDouble(Object value) {
        return ((Number) value).doubleValue();
    }

    /**
     * PyTorch code for this optimizer: {@code torch.optim.Adam(params, lr=0.01, betas=(0.9, 0.999))}, the
     * keyword arguments in the order given, {@code lr} written as {@code lrText}.
     */
    /**
     * The constructor call with the learning rate and every option whose value differs from PyTorch's
     * default: {@code torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.8)}.
     */
    public String codeOfChanged(String params, double lr, Map<String, Object> options) {
        Map<String, Object> changed = new LinkedHashMap<>();
        options.forEach((k, v) -> {
            if (!k.equals("lr") && !sameValue(v, defaults.get(k))) {
                changed.put(k, v);
            }
        });
        return code(params, PythonRepr.intOrFloat(lr), changed);
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof List<?> x && b instanceof List<?> y && x.size() == y.size()) {
            for (int i = 0; i < x.size(); i++) {
                if (!sameValue(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return java.util.Objects.equals(a, b);
    }

    String code(String params, String lrText, Map<String, Object> options) {
        StringBuilder sb = new StringBuilder("torch.optim.").append(torchName).append('(').append(params)
                .append(", lr=").append(lrText);
        options.forEach((k, v) -> {
            if (!k.equals("lr")) {
                sb.append(", ").append(k).append('=').append(literal(v));
            }
        });
        return sb.append(')').toString();
    }

    /** An option value as a Python literal: {@code 0.9}, {@code True}, {@code (0.9, 0.999)}. */
    static String literal(Object v) {
        if (v instanceof Boolean b) {
            return PythonRepr.bool(b);
        }
        if (v instanceof List<?> l) {
            return "(" + PythonRepr.number((Double) l.get(0)) + ", " + PythonRepr.number((Double) l.get(1)) + ")";
        }
        return PythonRepr.number((Double) v);
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
