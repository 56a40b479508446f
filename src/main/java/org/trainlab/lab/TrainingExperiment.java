package org.trainlab.lab;

import java.util.ArrayList;
import java.util.List;
import org.trainlab.optim.Optimizer;

/**
 * What every experiment shares: counting steps and handing the run's learning rate to its
 * optimizers. A subclass registers its optimizers with {@link #optimizer} and writes one training step
 * in {@link #trainStep()}.
 */
public abstract class TrainingExperiment<D> implements Experiment<D> {
    private final List<Optimizer> optimizers = new ArrayList<>();
    private long steps;

    /** Registers an optimizer whose learning rate follows {@link #setLearningRate}; returns it. */
    protected final <O extends Optimizer> O optimizer(O optimizer) {
        optimizers.add(optimizer);
        return optimizer;
    }

    /** One step of training; returns its loss. */
    protected abstract double trainStep();

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
        return optimizers.isEmpty() ? 0 : optimizers.get(0).lr();
    }

    /** Sets every optimizer's learning rate. */
    @Override
    public void setLearningRate(double lr) {
        for (Optimizer o : optimizers) {
            o.setLr(lr);
        }
    }
}
