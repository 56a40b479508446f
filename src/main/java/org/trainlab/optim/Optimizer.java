package org.trainlab.optim;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * Updates a list of parameters from their gradients, like {@code torch.optim.Optimizer} with one
 * parameter group.
 *
 * <p>The group's options (PyTorch's {@code param_groups[0]} without {@code params}) are kept by key,
 * with PyTorch's names, defaults and value types, so {@link #options()} and {@link #toString()} show
 * what PyTorch shows. Subclasses set them through fluent setters that validate with PyTorch's messages.
 *
 * <p>The learning rate may be changed from any thread between steps (the lab's slider does this
 * while training runs): each {@link #step()} reads it once and uses that value for every parameter.
 * Everything else (steps, options, state) belongs to the training thread.
 */
public abstract class Optimizer {
    private final List<Tensor> params;
    /** Options other than lr, in PyTorch's defaults order; guarded by itself. */
    private final Map<String, Object> group = new LinkedHashMap<>();
    private volatile double lr;
    private volatile long stepCount;

    protected Optimizer(List<Tensor> params, double lr) {
        this.params = checkParams(params);
        this.lr = checkLr(lr);
    }

    private static List<Tensor> checkParams(List<Tensor> params) {
        Objects.requireNonNull(params, "optimizer: params must be a list of Tensors, not null");
        if (params.isEmpty()) {
            throw new IllegalArgumentException("optimizer got an empty parameter list");
        }
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < params.size(); i++) {
            Tensor p = params.get(i);
            if (p == null) {
                throw new IllegalArgumentException("optimizer can only optimize Tensors, but param " + i + " is null");
            }
            if (!p.isLeaf()) {
                throw new IllegalArgumentException("can't optimize a non-leaf Tensor (param " + i + " was made by "
                        + p.gradFn().name() + ")");
            }
            // PyTorch only warns here; a duplicate would be stepped twice per step, so we refuse it.
            if (!seen.add(p)) {
                throw new IllegalArgumentException("optimizer contains a parameter group with duplicate parameters "
                        + "(param " + i + " appears twice)");
            }
        }
        return List.copyOf(params);
    }

    private static double checkLr(double lr) {
        if (!(lr >= 0.0)) {
            throw new IllegalArgumentException("Invalid learning rate: " + PythonRepr.number(lr));
        }
        return lr;
    }

    // ---------------------------------------------------------------- what subclasses implement

    /**
     * Updates parameter {@code index} in place from its gradient; called inside {@link NoGrad} only for
     * parameters that have a gradient. {@code lr} is this step's learning rate.
     */
    protected abstract void update(int index, float[] param, float[] grad, double lr);

    /** The state PyTorch keeps for parameter {@code index}, by PyTorch's keys; empty before its first step. */
    protected abstract Map<String, Tensor> stateOf(int index);

    // ---------------------------------------------------------------- training

    /** One update of every parameter that has a gradient, like {@code optimizer.step()}. */
    @SuppressWarnings("try")
    public final void step() {
        double stepLr = lr;
        try (NoGrad ignored = NoGrad.enter()) {
            for (int i = 0; i < params.size(); i++) {
                Tensor p = params.get(i);
                Tensor grad = p.grad();
                if (grad == null) {
                    continue;
                }
                update(i, p.data(), grad.data(), stepLr);
                // A graph that saved this parameter before the step must now refuse to backward.
                p.bumpVersion();
            }
        }
        stepCount = stepCount + 1;
    }

    /** Sets every gradient to null, like {@code zero_grad()} (set_to_none=True). */
    public void zeroGrad() {
        zeroGrad(true);
    }

    /** Sets gradients to null, or fills them with zeros in place when {@code setToNone} is false. */
    @SuppressWarnings("try")
    public void zeroGrad(boolean setToNone) {
        try (NoGrad ignored = NoGrad.enter()) {
            for (Tensor p : params) {
                Tensor g = p.grad();
                if (g == null) {
                    continue;
                }
                if (setToNone) {
                    p.setGrad(null);
                } else {
                    if (g.gradFn() != null) {
                        g = g.detach();
                        p.setGrad(g);
                    }
                    g.zero_();
                }
            }
        }
    }

    // ---------------------------------------------------------------- learning rate, steps, params, state

    public double lr() {
        return lr;
    }

    /** Changes the learning rate for the next step; safe to call from any thread. */
    public void setLr(double lr) {
        this.lr = checkLr(lr);
    }

    /** How many times {@link #step()} has run. */
    public long stepCount() {
        return stepCount;
    }

    /** The parameters, in the order given. */
    public List<Tensor> params() {
        return params;
    }

    /**
     * The live state buffers of one parameter by PyTorch's keys ({@code exp_avg}, {@code momentum_buffer},
     * {@code step}, ...), like {@code optimizer.state[p]}; a value may be null where PyTorch stores None.
     */
    public Map<String, Tensor> state(Tensor param) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i) == param) {
                return Collections.unmodifiableMap(stateOf(i));
            }
        }
        throw new IllegalArgumentException("state: the tensor is not one of this optimizer's parameters");
    }

    /**
     * A snapshot of the parameter group's options, {@code lr} first, with PyTorch's keys and value types
     * (Integer 0 where PyTorch's default is the int 0, Double, Boolean, null for None, a 2-element List
     * for {@code betas}).
     */
    public Map<String, Object> options() {
        Map<String, Object> copy = new LinkedHashMap<>();
        copy.put("lr", lr);
        synchronized (group) {
            copy.putAll(group);
        }
        return Collections.unmodifiableMap(copy);
    }

    /** PyTorch's printed form: the class name, then the group's options sorted by key. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append(" (\nParameter Group 0\n");
        for (Map.Entry<String, Object> e : new TreeMap<>(options()).entrySet()) {
            sb.append("    ").append(e.getKey()).append(": ").append(PythonRepr.value(e.getValue())).append('\n');
        }
        return sb.append(')').toString();
    }

    // ---------------------------------------------------------------- for subclasses

    /** Defines or changes an option; the first call for a key fixes its place in {@link #options()}. */
    protected final void setOption(String key, Object value) {
        synchronized (group) {
            group.put(key, value);
        }
    }

    protected final Object option(String key) {
        synchronized (group) {
            if (!group.containsKey(key)) {
                throw new IllegalArgumentException(getClass().getSimpleName() + " has no option '" + key + "'");
            }
            return group.get(key);
        }
    }

    protected final double number(String key) {
        return ((Number) option(key)).doubleValue();
    }

    protected final boolean flag(String key) {
        return (Boolean) option(key);
    }

    /** The parameter at {@code index}, to size state buffers. */
    protected final Tensor param(int index) {
        return params.get(index);
    }

    /** A ValueError-style failure: {@code "Invalid momentum value: -1.0"}. */
    protected static IllegalArgumentException invalid(String what, double value) {
        return new IllegalArgumentException("Invalid " + what + ": " + PythonRepr.number(value));
    }
}
