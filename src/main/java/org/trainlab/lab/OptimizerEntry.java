package org.trainlab.lab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.spec.OptimizerKind;
import org.trainlab.optim.Optimizer;
import org.trainlab.tensor.PythonRepr;
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
     * The tutorial's preset for a name at lr 0.01, enabled: SGD; SGD with momentum 0.8; RMSprop with alpha 0.9;
     * Adam with betas (0.9, 0.99); Adagrad; every other option at PyTorch's default.
     */
    public static OptimizerEntry preset(String name) {
        double eps = name.equals("adagrad") ? 1e-10 : 1e-8;
        return new OptimizerEntry(name, true, 0.01, name.equals("momentum") ? 0.8 : 0, false, 0.9, 0.9, 0.99, eps, 0,
                false);
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
        OptimizerKind k = kind();
        StringBuilder sb = new StringBuilder("torch.optim.").append(k.torchName()).append('(').append(params);
        options().forEach((key, value) -> {
            Object def = k.defaults().get(key);
            if (key.equals("lr") || !same(value, def)) {
                sb.append(", ").append(key).append('=').append(
                        key.equals("lr") ? PythonRepr.intOrFloat((Double) value) : PythonRepr.value(value));
            }
        });
        return sb.append(')').toString();
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
        return a.equals(b);
    }
}
