package org.trainlab.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;
import org.trainlab.nn.CrossEntropyLoss;
import org.trainlab.nn.Loss;
import org.trainlab.nn.MSELoss;
import org.trainlab.nn.Module;
import org.trainlab.optim.Optimizer;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.OptimizerPreset;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * Tutorial 303: the same network written twice, net1 as a {@code class Net(nn.Module)} and net2 as a
 * {@code Sequential}, trained side by side, full batch, on the lesson's data (a regression set with MSE, or a
 * classification set with cross-entropy), each with its own optimizer of the same kind and learning rate.
 *
 * <p>Both are drawn from one PyTorch generator seeded with the seed, net1 first, as the tutorial builds them;
 * then, when their state_dicts correspond entry by entry in order and shape, net2's initial values are copied
 * into net1, so the two loss curves lie on each other when the networks compute the same thing.
 */
public final class BuildExperiment extends TrainingExperiment<BuildView> {
    /** The nets (net1 a network file's, net2 a spec), the optimizer, the learning rate, the steps and the seed. */
    public record Settings(NetworkFile net1, NetworkSpec net2, String optimizer, double lr, int steps, long seed) {
        public Settings withNets(NetworkFile n1, NetworkSpec n2) {
            return new Settings(n1, n2, optimizer, lr, steps, seed);
        }
    }

    private final Settings settings;
    private final Module net1;
    private final Module net2;
    private final Optimizer optimizer1;
    private final Optimizer optimizer2;
    private final Tensor x;
    private final Tensor target;
    private final Loss lossFunc;
    private final boolean sameStart;
    private final Series losses1 = new Series();
    private final Series losses2 = new Series();
    private double largestGap;
    private final String problem;
    /** The inputs' ranges, over which the pictures draw each neuron's output. */
    private final Extent[] ranges;

    /**
     * The nets fit a regression set: 1 input, 1 output, MSE; drawn where {@link BuildCode}'s program draws them
     * (after the data when the set is generated with the run's seed).
     */
    public static BuildExperiment regression(Settings s, DataOrigin origin, RegressionData data) {
        return new BuildExperiment(s, data.x(), data.y(), new MSELoss(), 1,
                DataCode.generatorAfterData(s.seed(), origin));
    }

    /**
     * The nets classify 2-D points: 2 inputs, one logit per class, cross-entropy, on the training share of the
     * set, held out as the program holds it out.
     */
    public static BuildExperiment classification(Settings s, DataOrigin origin, ClassificationData all,
            double testFraction) {
        Generator g = DataCode.generatorAfterData(s.seed(), origin);
        ClassificationData train = all.split(testFraction, g).train();
        return new BuildExperiment(s, train.x(), train.labels(), new CrossEntropyLoss(), train.classes(), g);
    }

    private BuildExperiment(Settings s, Tensor x, Tensor target, Loss lossFunc, int outputs, Generator g) {
        if (s.steps() < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + s.steps());
        }
        this.settings = s;
        this.x = x;
        this.target = target;
        this.lossFunc = lossFunc;
        this.net1 = s.net1().build(g);
        this.net2 = s.net2().build(g);
        // a net that does not fit is not refused here (a run is made from any settings): its first step fails
        // with the reason, which the status bar shows
        this.problem = problem(s, x.size(1), outputs);
        float[] xs = x.toArray();
        this.ranges = x.size(1) == 2 ? new Extent[] {Extent.of(xs, 0, 2), Extent.of(xs, 1, 2)}
                : new Extent[] {Extent.of(xs)};
        this.sameStart = problem == null && copyInitial(net2, net1);
        this.optimizer1 = optimizer("net1", OptimizerPreset.create(s.optimizer(), net1.parameters(), s.lr()));
        this.optimizer2 = optimizer("net2", OptimizerPreset.create(s.optimizer(), net2.parameters(), s.lr()));
    }

    /**
     * Copies {@code from}'s state_dict into {@code to} when the two correspond entry by entry (same count, same
     * shapes in the same order, whatever the names); returns whether it did.
     */
    static boolean copyInitial(Module from, Module to) {
        Map<String, Tensor> source = from.stateDict();
        Map<String, Tensor> target = to.stateDict();
        if (!BuildCode.correspond(shapes(source), shapes(target))) {
            return false;
        }
        Map<String, Tensor> renamed = new LinkedHashMap<>();
        List<Tensor> values = new ArrayList<>(source.values());
        int i = 0;
        for (String key : target.keySet()) {
            renamed.put(key, values.get(i++));
        }
        to.loadStateDict(renamed, true);
        return true;
    }

    private static Map<String, int[]> shapes(Map<String, Tensor> state) {
        Map<String, int[]> out = new LinkedHashMap<>();
        state.forEach((k, v) -> out.put(k, v.shape()));
        return out;
    }

    public Module net1() {
        return net1;
    }

    public Module net2() {
        return net2;
    }

    public boolean sameStart() {
        return sameStart;
    }

    /** Why net1 or net2 does not take this data's inputs to the outputs its loss needs, or null. */
    public static String problem(Settings s, int inputs, int outputs) {
        String p1 = BuiltNet.of(s.net1()).problem(inputs, outputs);
        if (p1 != null) {
            return "net1 does not fit the data: " + p1;
        }
        String p2 = BuiltNet.of(s.net2()).problem(inputs, outputs);
        return p2 == null ? null : "net2 does not fit the data: " + p2;
    }

    @Override
    protected double trainStep() {
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        float l1 = step(net1, optimizer1);
        float l2 = step(net2, optimizer2);
        losses1.add(l1);
        losses2.add(l2);
        largestGap = Math.max(largestGap, Math.abs((double) l1 - l2));
        return Float.isNaN(l1) || Float.isInfinite(l1) ? l1 : l2;
    }

    private float step(Module net, Optimizer optimizer) {
        return descend(optimizer, lossFunc.forward(net.forward(x), target));
    }

    @Override
    public long totalSteps() {
        return settings.steps();
    }

    @Override
    public BuildView describe() {
        NetworkPicture p1 = problem != null ? NetworkPicture.unavailable(problem) : NetworkPicture.of(net1, ranges);
        NetworkPicture p2 = problem != null ? NetworkPicture.unavailable(problem) : NetworkPicture.of(net2, ranges);
        return new BuildView(losses1.view(), losses2.view(), sameStart, largestGap, problem, p1, p2);
    }
}
