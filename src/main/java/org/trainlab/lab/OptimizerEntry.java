package org.trainlab.lab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.spec.OptimizerKind;
import org.trainlab.spec.OptimizerPreset;
import org.trainlab.optim.Optimizer;
import org.trainlab.tensor.Tensor;

/**
 * One optimizer of the race, by its lesson name ({@code sgd}, {@code momentum}, {@code rmsprop}, {@code adam},
 * {@code adagrad}), with its own learning rate and the options PyTorch gives it. Which options apply depends
 * on the name: momentum and nesterov (sgd, momentum), alpha (rmsprop), betas (adam), eps (rmsprop, adam,
 * adagrad), weight_decay (all); {@code decoupled} makes the adam entry {@code torch.optim.AdamW} with this
 * weight_decay. Options that do not apply are ignored. Immutable; PyTorch's checks (and messages) apply when
 * the optimizer is built.
 */
public record OptimizerEntry(String name, boolean enabled, double lr, double momentum, boolean nesterov,
        double alpha, double beta1, double beta2, double eps, double weightDecay, boolean decoupled) {
    /** The race's names, in the tutorial's order (AdaGrad last: the tutorial names it but never runs it). */
    public static final List<String> NAMES = List.of("sgd", "momentum", "rmsprop", "adam", "adagrad");

    public OptimizerEntry {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown optimizer '" + name + "' (choose " + String.join(", ", NAMES)
                    + ")");
        }
    }

    /**
     * The tutorial's preset for a name at lr 0.01, enabled, from the registry ({@link OptimizerPreset}): SGD;
     * SGD with momentum 0.8; RMSprop with alpha 0.9; Adam with betas (0.9, 0.99); Adagrad. Options of other
     * kinds (alpha on an SGD entry) take the value of the preset that has them, so switching kind starts there.
     */
    public static OptimizerEntry preset(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown optimizer '" + name + "' (choose " + String.join(", ", NAMES)
                    + ")");
        }
        List<?> betas = (List<?>) option(name, "adam", "betas");
        return new OptimizerEntry(name, true, 0.01, ((Number) option(name, "sgd", "momentum")).doubleValue(),
                (Boolean) option(name, "sgd", "nesterov"), ((Number) option(name, "rmsprop", "alpha")).doubleValue(),
                ((Number) betas.get(0)).doubleValue(), ((Number) betas.get(1)).doubleValue(),
                ((Number) option(name, "adam", "eps")).doubleValue(), 0, false);
    }

    /** The option of preset {@code name}, or of preset {@code owner} where {@code name}'s kind has no such option. */
    private static Object option(String name, String owner, String key) {
        for (String n : List.of(name, owner)) {
            OptimizerPreset p = OptimizerPreset.named(n);
            if (p.overrides().containsKey(key)) {
                return p.overrides().get(key);
            }
            if (p.kind().defaults().containsKey(key)) {
                return p.kind().defaults().get(key);
            }
        }
        throw new IllegalStateException("no preset has option " + key);
    }

    public OptimizerEntry withEnabled(boolean v) {
        return new OptimizerEntry(name, v, lr, momentum, nesterov, alpha, beta1, beta2, eps, weightDecay, decoupled);
    }

    public OptimizerEntry withLr(double v) {
        return new OptimizerEntry(name, enabled, v, momentum, nesterov, alpha, beta1, beta2, eps, weightDecay, decoupled);
    }

    public OptimizerEntry withMomentum(double v) {
        return new OptimizerEntry(name, enabled, lr, v, nesterov, alpha, beta1, beta2, eps, weightDecay, decoupled);
    }

    public OptimizerEntry withNesterov(boolean v) {
        return new OptimizerEntry(name, enabled, lr, momentum, v, alpha, beta1, beta2, eps, weightDecay, decoupled);
    }

    public OptimizerEntry withAlpha(double v) {
        return new OptimizerEntry(name, enabled, lr, momentum, nesterov, v, beta1, beta2, eps, weightDecay, decoupled);
    }

    public OptimizerEntry withBetas(double b1, double b2) {
        return new OptimizerEntry(name, enabled, lr, momentum, nesterov, alpha, b1, b2, eps, weightDecay, decoupled);
    }

    public OptimizerEntry withEps(double v) {
        return new OptimizerEntry(name, enabled, lr, momentum, nesterov, alpha, beta1, beta2, v, weightDecay, decoupled);
    }

    public OptimizerEntry withWeightDecay(double v) {
        return new OptimizerEntry(name, enabled, lr, momentum, nesterov, alpha, beta1, beta2, eps, v, decoupled);
    }

    public OptimizerEntry withDecoupled(boolean v) {
        return new OptimizerEntry(name, enabled, lr, momentum, nesterov, alpha, beta1, beta2, eps, weightDecay, v);
    }

    /** The PyTorch class this entry builds. */
    public OptimizerKind kind() {
        return switch (name) {
            case "sgd", "momentum" -> OptimizerKind.SGD;
            case "rmsprop" -> OptimizerKind.RMSPROP;
            case "adam" -> decoupled ? OptimizerKind.ADAMW : OptimizerKind.ADAM;
            default -> OptimizerKind.ADAGRAD;
        };
    }

    /** The options that apply to {@link #kind()}, by PyTorch's keys, in its order. */
    public Map<String, Object> options() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("lr", lr);
        switch (kind()) {
            case SGD -> {
                o.put("momentum", momentum);
                o.put("weight_decay", weightDecay);
                o.put("nesterov", nesterov);
            }
            case RMSPROP -> {
                o.put("alpha", alpha);
                o.put("eps", eps);
                o.put("weight_decay", weightDecay);
            }
            case ADAM, ADAMW -> {
                o.put("betas", List.of(beta1, beta2));
                o.put("eps", eps);
                o.put("weight_decay", weightDecay);
            }
            case ADAGRAD -> {
                o.put("weight_decay", weightDecay);
                o.put("eps", eps);
            }
        }
        return o;
    }

    /** A new optimizer over {@code params}, built by the registry (PyTorch's checks and messages). */
    public Optimizer create(List<Tensor> params) {
        return kind().create(params, options());
    }

    /**
     * The PyTorch constructor call, with lr and every option that differs from PyTorch's default, e.g.
     * {@code torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.8)}.
     */
    public String code(String params) {
        return kind().codeOfChanged(params, lr, options());
    }
}
