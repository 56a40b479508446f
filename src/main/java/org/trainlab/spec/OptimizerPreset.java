package org.trainlab.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.optim.Optimizer;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * The optimizers the lessons offer, by name: an {@link OptimizerKind} with the tutorial's settings where it
 * has them (Momentum 0.8, RMSprop alpha 0.9, Adam betas (0.9, 0.99)) and the kind's defaults otherwise. The
 * optimizer and its PyTorch code both come from the same overrides.
 */
public enum OptimizerPreset {
    SGD("sgd", OptimizerKind.SGD, Map.of()),
    MOMENTUM("momentum", OptimizerKind.SGD, Map.of("momentum", 0.8)),
    ADAGRAD("adagrad", OptimizerKind.ADAGRAD, Map.of()),
    RMSPROP("rmsprop", OptimizerKind.RMSPROP, Map.of("alpha", 0.9)),
    ADAM("adam", OptimizerKind.ADAM, Map.of("betas", List.of(0.9, 0.99))),
    ADAMW("adamw", OptimizerKind.ADAMW, Map.of());

    /** The lessons' names, in the order they offer them. */
    public static final List<String> NAMES = names();

    private final String lessonName;
    private final OptimizerKind kind;
    private final Map<String, Object> overrides;

    /** {@code overrides}: at most one option each (Map.of has no order to keep). */
    OptimizerPreset(String lessonName, OptimizerKind kind, Map<String, Object> overrides) {
        this.lessonName = lessonName;
        this.kind = kind;
        this.overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (OptimizerPreset p : values()) {
            names.add(p.lessonName);
        }
        return List.copyOf(names);
    }

    /** The preset a lesson calls {@code name} ({@code momentum}). */
    public static OptimizerPreset named(String name) {
        for (OptimizerPreset p : values()) {
            if (p.lessonName.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + name + "' (choose " + String.join(", ", NAMES) + ")");
    }

    public String lessonName() {
        return lessonName;
    }

    public OptimizerKind kind() {
        return kind;
    }

    /** The options this preset sets, other than the learning rate; the rest are the kind's defaults. */
    public Map<String, Object> overrides() {
        return overrides;
    }

    /** A new optimizer over {@code params} at learning rate {@code lr}. */
    public Optimizer create(List<Tensor> params, double lr) {
        Map<String, Object> options = new LinkedHashMap<>(overrides);
        options.put("lr", lr);
        return kind.create(params, options);
    }

    /** The PyTorch constructor call for the code pane, e.g. {@code torch.optim.SGD(net.parameters(), lr=0.2, momentum=0.8)}. */
    public String code(String params, double lr) {
        return kind.code(params, PythonRepr.intOrFloat(lr), overrides);
    }

    /** {@link #create} for the preset named {@code name}. */
    public static Optimizer create(String name, List<Tensor> params, double lr) {
        return named(name).create(params, lr);
    }

    /** {@link #code} for the preset named {@code name}. */
    public static String code(String name, String params, double lr) {
        return named(name).code(params, lr);
    }

    /** Every option of this preset at learning rate {@code lr} (the kind's defaults plus the overrides). */
    public Map<String, Object> options(double lr) {
        Map<String, Object> options = new LinkedHashMap<>(kind.defaults());
        options.putAll(overrides);
        options.put("lr", lr);
        return options;
    }

    /**
     * The preset that trains with these options: the one of this kind whose overrides all hold in them,
     * the most specific first (SGD with momentum 0.8 is {@code momentum}); null when no preset of the kind
     * matches.
     */
    public static OptimizerPreset matching(OptimizerKind kind, Map<String, Object> options) {
        OptimizerPreset best = null;
        for (OptimizerPreset p : values()) {
            if (p.kind != kind) {
                continue;
            }
            boolean all = true;
            for (Map.Entry<String, Object> e : p.overrides.entrySet()) {
                all &= same(e.getValue(), options.get(e.getKey()));
            }
            if (all && (best == null || p.overrides.size() > best.overrides.size())) {
                best = p;
            }
        }
        return best;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof List<?> x && b instanceof List<?> y && x.size() == y.size()) {
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return java.util.Objects.equals(a, b);
    }
}
