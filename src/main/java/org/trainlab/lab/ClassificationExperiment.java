package org.trainlab.lab;

import org.trainlab.data.ClassificationData;
import org.trainlab.nn.CrossEntropyLoss;
import org.trainlab.nn.Module;
import org.trainlab.optim.Optimizer;
import org.trainlab.spec.Activations;
import org.trainlab.spec.OptimizerPreset;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * The tutorial's classifier (302): 2 → hidden → classes on labelled 2-D points, full batch,
 * cross-entropy, with accuracy. Defaults: 10 hidden ReLU units, SGD lr 0.02, 100 steps.
 */
public final class ClassificationExperiment extends TrainingExperiment<ClassificationView> implements SavableExperiment.OneNet {
    private static final int REGION_CELLS = 64;

    /** The tutorial's settings. */
    public static NetSettings defaults() {
        return new NetSettings(10, "relu", "sgd", 0.02, 100, 1);
    }


    private final NetSettings settings;
    private final ClassificationData train;
    private final ClassificationData test;
    private final Module net;
    private final org.trainlab.spec.NetworkFile source;
    private final Optimizer optimizer;
    private final CrossEntropyLoss lossFunc = new CrossEntropyLoss();
    private final Series trainLosses = new Series();
    private final Series testLosses = new Series();
    private final Tensor regionPoints;
    private final double[] bounds;
    private Tensor lastLogits;
    /** The points and labels as plain arrays, made once: every snapshot of this experiment shares them. */
    private final float[] trainXs;
    private final int[] trainLabels;
    private final float[] testXs;
    private final int[] testLabels;

    /** A run whose net is drawn from a fresh PyTorch generator seeded with the settings' seed. */
    public ClassificationExperiment(NetSettings settings, ClassificationData train, ClassificationData testOrNull) {
        this(settings, train, testOrNull, Generator.pytorch(settings.seed()));
    }

    /**
     * The run {@link #pytorchCode} writes for this data set: the held-out rows and the net drawn from
     * PyTorch's generator where the program draws them ({@link DataCode#heldOut}); a file's or a drawing's
     * points held out with the run's seed.
     */
    public static ClassificationExperiment twin(NetSettings settings, DataOrigin origin, ClassificationData all,
            double testFraction) {
        return twin(settings, origin, all, testFraction, settings.seed(), null);
    }

    /** As {@link #twin(NetSettings, DataOrigin, ClassificationData, double)}, training {@code built} instead. */
    public static ClassificationExperiment twin(NetSettings settings, DataOrigin origin, ClassificationData all,
            double testFraction, BuiltNet built) {
        return twin(settings, origin, all, testFraction, settings.seed(), built);
    }

    /** {@link #twin} with a file's or a drawing's points held out with {@code splitSeed}, as the app does. */
    public static ClassificationExperiment twin(NetSettings settings, DataOrigin origin, ClassificationData all,
            double testFraction, long splitSeed) {
        return twin(settings, origin, all, testFraction, splitSeed, null);
    }

    /**
     * {@link #twin} with a file's or a drawing's points held out with {@code splitSeed}, as the app does, training
     * {@code built} (or the settings' net when null).
     */
    public static ClassificationExperiment twin(NetSettings settings, DataOrigin origin, ClassificationData all,
            double testFraction, long splitSeed, BuiltNet built) {
        DataCode.HeldOut h = DataCode.heldOut(settings.seed(), origin, all, testFraction, splitSeed);
        return new ClassificationExperiment(settings, h.split().train(), h.split().test(), h.next(), built);
    }

    private ClassificationExperiment(NetSettings settings, ClassificationData train, ClassificationData testOrNull,
            Generator generator) {
        this(settings, train, testOrNull, generator, null);
    }

    private ClassificationExperiment(NetSettings settings, ClassificationData train, ClassificationData testOrNull,
            Generator generator, BuiltNet built) {
        if (settings.steps() < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + settings.steps());
        }
        if (train.features() != 2) {
            throw new IllegalArgumentException("the classification lesson draws 2-D points; this data set has "
                    + train.features() + " features");
        }
        this.settings = settings;
        this.train = train;
        this.test = testOrNull;
        this.source = built != null ? built.source() : null;
        this.net = built != null ? built.build(generator)
                : Networks.mlp(2, settings.hidden(), train.classes(), settings.activation(), generator);
        this.optimizer = optimizer(OptimizerPreset.create(settings.optimizer(), net.parameters(), settings.lr()));
        this.bounds = bounds(train, testOrNull);
        this.regionPoints = regionGrid(bounds);
        this.trainXs = train.x().toArray();
        this.trainLabels = ints(train.labels());
        this.testXs = test == null ? new float[0] : test.x().toArray();
        this.testLabels = test == null ? new int[0] : ints(test.labels());
    }

    @Override
    public org.trainlab.spec.TrainingSettings training() {
        return settings.training(org.trainlab.spec.LossKind.CROSS_ENTROPY, 2);
    }

    @Override
    public org.trainlab.spec.NetworkFile source() {
        return source;
    }

    @Override
    public Module net() {
        return net;
    }

    @Override
    protected double trainStep() {
        Tensor logits = net.forward(train.x());
        Tensor loss = lossFunc.forward(logits, train.labels());
        float value = descend(optimizer, loss);
        lastLogits = logits.detach();
        trainLosses.add(value);
        if (test != null) {
            try (NoGrad ignored = NoGrad.enter()) {
                testLosses.add(lossFunc.forward(net.forward(test.x()), test.labels()).item());
            }
        }
        return value;
    }

    @Override
    public long totalSteps() {
        return settings.steps();
    }

    @Override
    public ClassificationView describe() {
        try (NoGrad ignored = NoGrad.enter()) {
            int[] predicted = ints(net.forward(train.x()).argmax(1, false));
            double accuracy = steps() == 0 ? Double.NaN : accuracy(predicted, trainLabels);
            int[] testPredicted = new int[0];
            double testAccuracy = Double.NaN;
            if (test != null) {
                testPredicted = ints(net.forward(test.x()).argmax(1, false));
                testAccuracy = steps() == 0 ? Double.NaN : accuracy(testPredicted, testLabels);
            }
            return new ClassificationView(trainXs, trainLabels, predicted, testXs, testLabels, testPredicted,
                    train.classes(), accuracy, testAccuracy, trainLosses.view(), testLosses.view(), regions(),
                    NetworkPicture.of(net, new Extent(bounds[0], bounds[1]), new Extent(bounds[2], bounds[3])));
        }
    }

    /** Accuracy of the logits of the last step (the tutorial's number). */
    public double lastAccuracy() {
        return lastLogits == null ? Double.NaN : accuracy(ints(lastLogits.argmax(1, false)), ints(train.labels()));
    }

    private DecisionRegions regions() {
        Tensor probabilities = net.forward(regionPoints).softmax(1);
        var best = probabilities.max(1, false);
        return new DecisionRegions(bounds[0], bounds[1], bounds[2], bounds[3], REGION_CELLS, REGION_CELLS,
                ints(best.indices()), best.values().toArray());
    }

    private static double accuracy(int[] predicted, int[] labels) {
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] == labels[i]) {
                right++;
            }
        }
        return labels.length == 0 ? Double.NaN : (double) right / labels.length;
    }

    private static int[] ints(Tensor t) {
        float[] d = t.data();
        int[] out = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (int) d[i];
        }
        return out;
    }

    /** xMin, xMax, yMin, yMax of all points, padded by a tenth of the range. */
    private static double[] bounds(ClassificationData train, ClassificationData test) {
        Extent xs = Extent.EMPTY;
        Extent ys = Extent.EMPTY;
        for (ClassificationData d : new ClassificationData[] {train, test}) {
            if (d != null) {
                xs = xs.union(Extent.of(d.x().data(), 0, 2));
                ys = ys.union(Extent.of(d.x().data(), 1, 2));
            }
        }
        xs = xs.padded(0.1, 0.5);
        ys = ys.padded(0.1, 0.5);
        return new double[] {xs.min(), xs.max(), ys.min(), ys.max()};
    }

    /** Cell centres, row 0 at the top (yMax), as [cells², 2]. */
    private static Tensor regionGrid(double[] b) {
        int n = REGION_CELLS;
        float[] pts = new float[n * n * 2];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int i = (r * n + c) * 2;
                pts[i] = (float) (b[0] + (c + 0.5) * (b[1] - b[0]) / n);
                pts[i + 1] = (float) (b[3] - (r + 0.5) * (b[3] - b[2]) / n);
            }
        }
        return new Tensor(pts, n * n, 2);
    }

    /**
     * The tutorial's program for these settings and this data set, for the lesson's code pane: it makes
     * the same data, holds out the same share for testing, trains the same net, redraws every few steps and
     * prints the final loss and the train (and test) accuracy.
     */
    public static String pytorchCode(NetSettings s, DataOrigin origin, ClassificationData all, double testFraction,
            BuiltNet built) {
        return BuiltNet.inProgram(pytorchCode(s, origin, all, testFraction), built);
    }

    /** The program with a file's or a drawing's points held out with {@code splitSeed}, training {@code built}. */
    public static String pytorchCode(NetSettings s, DataOrigin origin, ClassificationData all, double testFraction,
            long splitSeed, BuiltNet built) {
        return BuiltNet.inProgram(pytorchCode(s, origin, all, testFraction, splitSeed), built);
    }

    public static String pytorchCode(NetSettings s, DataOrigin origin, ClassificationData all, double testFraction) {
        return pytorchCode(s, origin, all, testFraction, s.seed());
    }

    /** {@link #pytorchCode} with a file's or a drawing's points held out with {@code splitSeed}, as the app does. */
    public static String pytorchCode(NetSettings s, DataOrigin origin, ClassificationData all, double testFraction,
            long splitSeed) {
        String imports = (DataCode.needsMath(origin) ? "import math\n" : "")
                + (DataCode.needsNumpy(origin, all.size()) ? "import numpy as np\n" : "");
        boolean test = testFraction > 0 && Math.round(all.size() * testFraction) > 0;
        String report = test ? """
                test_pred = torch.max(net(x_test), 1)[1]
                print('final loss: %.4f | train accuracy: %.2f | test accuracy: %.2f' % (
                    loss.item(), accuracy, float((test_pred == y_test).sum()) / len(y_test)))
                """ : """
                print('final loss: %.4f | train accuracy: %.2f' % (loss.item(), accuracy))
                """;
        return """
                %simport torch
                import matplotlib.pyplot as plt

                %s
                net = torch.nn.Sequential(
                    torch.nn.Linear(2, %d),
                    %s,
                    torch.nn.Linear(%d, %d),
                )
                print(net)

                optimizer = %s
                loss_func = torch.nn.CrossEntropyLoss()   # the target is a class index, not one-hot

                plt.ion()
                for t in range(%d):
                    out = net(x)                 # raw scores (logits), F.softmax(out) turns them into probabilities
                    loss = loss_func(out, y)

                    optimizer.zero_grad()
                    loss.backward()
                    optimizer.step()

                    prediction = torch.max(out, 1)[1]
                    accuracy = float((prediction == y).sum()) / len(y)   # training accuracy
                    if t %% %d == 0:
                        plt.cla()
                        plt.scatter(x.data.numpy()[:, 0], x.data.numpy()[:, 1], c=prediction.data.numpy(), s=100, lw=0, cmap='RdYlGn')
                        plt.text(1.5, -4, 'Accuracy=%%.2f' %% accuracy, fontdict={'size': 20, 'color': 'red'})
                        plt.pause(0.1)

                plt.ioff()
                %splt.show()
                """.formatted(imports, DataCode.seededClassification(s.seed(), origin, all, testFraction, splitSeed),
                s.hidden(),
                Activations.code(s.activation()), s.hidden(), all.classes(),
                OptimizerPreset.code(s.optimizer(), "net.parameters()", s.lr()), s.steps(), PyProgram.plotEvery(s.steps()),
                report);
    }
}
