package org.trainlab.lab;

import java.util.Arrays;
import org.trainlab.data.BatchIterator;
import org.trainlab.data.DataLoader;
import org.trainlab.data.TensorDataset;
import org.trainlab.io.TrainingData;
import org.trainlab.nn.Loss;
import org.trainlab.nn.Module;
import org.trainlab.optim.Optimizer;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * Training a network on a table of data (a CSV file's rows split into inputs and targets) with a model's
 * training settings, as a lab experiment: each step is one batch and one optimizer step. Batches come in
 * the table's order, or reshuffled every epoch from the run's generator. It describes itself by the newest
 * loss; {@link #losses()} holds every step's. The command line's {@code train} runs it; the app can too.
 */
public final class TableExperiment implements Experiment<Float> {
    private final Module net;
    private final Loss lossFunction;
    private final Optimizer optimizer;
    private final TrainingSettings settings;
    private final TrainingData data;
    private final DataLoader loader;
    private float[] losses = new float[64];
    private BatchIterator epoch;
    private int steps;

    /** {@code generator} is the one the network was built from; shuffling continues drawing from it. */
    public TableExperiment(Module net, TrainingSettings settings, TrainingData data, Generator generator) {
        this.net = net;
        this.settings = settings;
        this.data = data;
        this.lossFunction = settings.loss().create();
        this.optimizer = settings.createOptimizer(net.parameters());
        boolean wholeSet = settings.batchSize() == null || settings.batchSize() >= data.rows();
        this.loader = wholeSet && !settings.shuffle() ? null
                : new DataLoader(new TensorDataset(data.x(), data.y()), wholeSet ? data.rows() : settings.batchSize())
                        .shuffle(settings.shuffle()).generator(generator);
        net.train();
    }

    @Override
    public double step() {
        Tensor x = data.x();
        Tensor y = data.y();
        if (loader != null) {
            if (epoch == null || !epoch.hasNext()) {
                epoch = loader.iterator();
            }
            Tensor[] batch = epoch.next();
            x = batch[0];
            y = batch[1];
        }
        Tensor loss = lossFunction.forward(net.forward(x), y);
        optimizer.zeroGrad();
        loss.backward();
        optimizer.step();
        float value = loss.item();
        if (steps == losses.length) { // grown as steps are done: --steps may be far more than anyone waits for
            losses = Arrays.copyOf(losses, (int) Math.min(Integer.MAX_VALUE - 8L, 2L * losses.length));
        }
        losses[steps++] = value;
        return value;
    }

    /** The loss of every step done so far. */
    public float[] losses() {
        return Arrays.copyOf(losses, steps);
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public long totalSteps() {
        return settings.steps();
    }

    @Override
    public double learningRate() {
        return optimizer.lr();
    }

    @Override
    public void setLearningRate(double lr) {
        optimizer.setLr(lr);
    }

    @Override
    public Float describe() {
        return steps == 0 ? null : losses[steps - 1];
    }
}
