package org.trainlab.lab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trainlab.optim.Optimizer;
import org.trainlab.tensor.Tensor;

/**
 * What every experiment shares: counting steps and handing the run's learning rates to its optimizers.
 * A subclass registers its optimizers with {@link #optimizer(String, Optimizer)} (by name, so each one's
 * learning rate can be changed on its own) and writes one training step in {@link #trainStep()}.
 */
public abstract class TrainingExperiment<D> implements Experiment<D> {
    private final Map<String, Optimizer> optimizers = new LinkedHashMap<>();
    private long steps;

    /**
     * Registers an optimizer under its index among the registered ones ("0", "1", ...), for experiments
     * whose optimizers need no names; returns it.
     */
    protected final <O extends Optimizer> O optimizer(O optimizer) {
        return optimizer(String.valueOf(optimizers.size()), optimizer);
    }

    /**
     * Registers an optimizer under {@code name}: its learning rate is listed in {@link #learningRates()} and
     * set by {@link #setLearningRate(String, double)} and by {@link #setLearningRate(double)}; returns it.
     *
     * @throws IllegalArgumentException if the name is taken
     */
    protected final <O extends Optimizer> O optimizer(String name, O optimizer) {
        if (optimizers.containsKey(name)) {
            throw new IllegalArgumentException("an optimizer named '" + name + "' is already registered");
        }
        optimizers.put(name, optimizer);
        return optimizer;
    }

    /** One step of training; returns its loss. */
    protected abstract double trainStep();

    /**
     * The tutorial's three lines after the loss, {@code optimizer.zero_grad(); loss.backward(); optimizer.step()};
     * returns {@code loss.item()}.
     */
    protected static float descend(Optimizer optimizer, Tensor loss) {
        optimizer.zeroGrad(false);
        loss.backward();
        optimizer.step();
        return loss.item();
    }

    @Override
    public final double step() {
        double loss = trainStep();
        steps++;
        return loss;
    }

    @Override
    public final long steps() {
        return steps;
    }

    /** The first optimizer's learning rate (0 when nothing is trained). */
    @Override
    public double learningRate() {
        return optimizers.isEmpty() ? 0 : optimizers.values().iterator().next().lr();
    }

    /** Sets every optimizer's learning rate. */
    @Override
    public void setLearningRate(double lr) {
        for (Optimizer o : optimizers.values()) {
            o.setLr(lr);
        }
    }

    /** Each registered optimizer's learning rate by name, in registration order (a new unmodifiable map). */
    @Override
    public Map<String, Double> learningRates() {
        Map<String, Double> lrs = new LinkedHashMap<>();
        optimizers.forEach((name, o) -> lrs.put(name, o.lr()));
        return Collections.unmodifiableMap(lrs);
    }

    @Override
    public void setLearningRate(String name, double lr) {
        Optimizer o = optimizers.get(name);
        if (o == null) {
            throw new IllegalArgumentException("no optimizer named '" + name + "' (there are: "
                    + String.join(", ", optimizers.keySet()) + ")");
        }
        o.setLr(lr);
    }
}
