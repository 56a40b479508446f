package org.trainlab.lab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trainlab.nn.BatchNorm1d;
import org.trainlab.nn.Linear;
import org.trainlab.nn.Module;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Node;
import org.trainlab.tensor.Tensor;

/**
 * A network as TensorFlow Playground draws it, at one step: its layers of neurons, each Linear's weight and
 * bias (copies), the functions applied between them, and, for a net with one or two inputs, what every
 * neuron puts out across the inputs' range (a curve, or a small heatmap over the input plane). Made on the
 * training thread when a snapshot is published; never written afterwards.
 *
 * <p>Any network whose Linear layers form a chain (each one's {@code out_features} is the next one's
 * {@code in_features}, each fed by the one before) can be drawn: a {@code Sequential} or a class module alike,
 * since the chain is read from the graph one forward pass records. Anything else gets a picture that is not
 * {@link #drawable()}, with the {@link #reason()}.
 *
 * @param layers the Linear layers, in the order the input passes through them (empty when not drawable)
 * @param grid where the neurons' outputs were computed, or null when they were not (not one or two inputs)
 * @param outputs per column of neurons (the inputs first, then one per Linear), the values neuron-major:
 *                neuron {@code j}'s value at grid point {@code i} is {@code outputs.get(col)[j * points + i]};
 *                empty when there is no grid
 * @param reason why the network cannot be drawn, or null when it can
 */
public record NetworkPicture(List<Layer> layers, Grid grid, List<float[]> outputs, String reason) {
    /** Cells along each side of a two-input net's plane. */
    public static final int PLANE_CELLS = 24;
    /** Points along a one-input net's input range. */
    public static final int LINE_POINTS = 48;

    /**
     * One Linear layer.
     *
     * @param name its dotted name, the state_dict prefix ({@code hidden}, {@code 0}): the weight is
     *             {@code name + ".weight"}
     * @param in in_features
     * @param out out_features
     * @param weight [out, in] row-major
     * @param bias [out], or null without a bias
     * @param after the functions applied to its output before the next Linear (or the network's output), in
     *              PyTorch's functional names ({@code relu}, {@code batch_norm}); empty when none
     */
    public record Layer(String name, int in, int out, float[] weight, float[] bias, List<String> after) {
        /** The weight from input neuron {@code from} to output neuron {@code to}. */
        public float weight(int to, int from) {
            return weight[to * in + from];
        }

        /** The largest |weight| (0 when all are 0 or none is finite), to scale the lines by. */
        public float maxAbsWeight() {
            float m = 0;
            for (float w : weight) {
                if (Float.isFinite(w)) {
                    m = Math.max(m, Math.abs(w));
                }
            }
            return m;
        }
    }

    /**
     * The input points: for one input, {@code size} evenly spaced values from {@code xMin} to {@code xMax};
     * for two, the centres of a {@code size}×{@code size} grid of cells, row 0 at the top ({@code yMax}),
     * row-major (as {@link DecisionRegions}).
     */
    public record Grid(int inputs, double xMin, double xMax, double yMin, double yMax, int size) {
        public int points() {
            return inputs == 1 ? size : size * size;
        }

        Tensor tensor() {
            if (inputs == 1) {
                return Tensor.linspace((float) xMin, (float) xMax, size).unsqueeze(1);
            }
            float[] pts = new float[size * size * 2];
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < size; c++) {
                    int i = (r * size + c) * 2;
                    pts[i] = (float) (xMin + (c + 0.5) * (xMax - xMin) / size);
                    pts[i + 1] = (float) (yMax - (r + 0.5) * (yMax - yMin) / size);
                }
            }
            return new Tensor(pts, size * size, 2);
        }
    }

    /** A picture saying why there is none. */
    public static NetworkPicture unavailable(String reason) {
        return new NetworkPicture(List.of(), null, List.of(), reason);
    }

    public boolean drawable() {
        return reason == null;
    }

    /** The number of neurons in each column: the inputs, then each Linear's outputs. */
    public int[] widths() {
        if (layers.isEmpty()) {
            return new int[0];
        }
        int[] w = new int[layers.size() + 1];
        w[0] = layers.get(0).in();
        for (int i = 0; i < layers.size(); i++) {
            w[i + 1] = layers.get(i).out();
        }
        return w;
    }

    /** Neuron {@code neuron}'s value at every grid point of column {@code column} (a copy), or null without a grid. */
    public float[] output(int column, int neuron) {
        if (grid == null) {
            return null;
        }
        int n = grid.points();
        float[] v = new float[n];
        System.arraycopy(outputs.get(column), neuron * n, v, 0, n);
        return v;
    }

    /** The picture of a network, without the neurons' outputs. */
    public static NetworkPicture of(Module net) {
        return of(net, new Extent[0]);
    }

    /**
     * The picture of a network, with every neuron's output across these input ranges when the network takes
     * as many inputs as ranges are given and that is one or two (for one more range per input the grid is
     * skipped, not refused). Runs one forward pass in eval mode (Dropout off, BatchNorm on its running
     * statistics) so that nothing of the training changes: no random draw, no running statistic; each
     * module's mode is restored afterwards.
     */
    public static NetworkPicture of(Module net, Extent... ranges) {
        Map<Tensor, Linear> byWeight = new IdentityHashMap<>();
        Map<Linear, String> names = new IdentityHashMap<>();
        Set<String> allowed = new java.util.HashSet<>();
        for (Map.Entry<String, Module> e : net.namedModules().entrySet()) {
            if (e.getValue() instanceof Linear l) {
                byWeight.put(l.weight(), l);
                names.put(l, e.getKey());
                allowed.add(e.getKey());
            } else if (e.getValue() instanceof BatchNorm1d) {
                allowed.add(e.getKey());
            }
        }
        if (byWeight.isEmpty()) {
            return unavailable("the network has no Linear layer");
        }
        for (String p : net.namedParameters().keySet()) {
            String owner = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "";
            if (!allowed.contains(owner)) {
                return unavailable("only Linear and BatchNorm1d layers can be drawn, but the network has "
                        + (owner.isEmpty() ? "the parameter " + p : owner + " (" + net.namedModules().get(owner).name()
                                + ")"));
            }
        }
        // the first Linear in registration order tells the input width; the graph tells the order of use
        // the input width: the first registered Linear's in_features, as a class usually registers its layers
        // in the order forward uses them; the other Linears' widths when the network does not run on that
        java.util.LinkedHashSet<Integer> widths = new java.util.LinkedHashSet<>();
        for (Module m : net.modules()) {
            if (m instanceof Linear l) {
                widths.add(l.inFeatures());
            }
        }
        RuntimeException failure = null;
        for (int in : widths) {
            Grid grid = null;
            if (ranges.length == in && (in == 1 || in == 2)) {
                Extent a = ranges[0];
                Extent b = in == 2 ? ranges[1] : new Extent(0, 0);
                grid = new Grid(in, a.min(), a.max(), b.min(), b.max(), in == 1 ? LINE_POINTS : PLANE_CELLS);
            }
            try {
                return chain(evalForward(net, grid != null ? grid.tensor() : Tensor.zeros(1, in)), grid, byWeight,
                        names);
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        int in = widths.iterator().next();
        return unavailable("the network does not run on " + in + " input" + (in == 1 ? "" : "s") + ": "
                + failure.getMessage());
    }

    /**
     * One forward pass in eval mode with the graph recorded (how a class's forward shows its chain; the graph
     * is dropped afterwards), each module's mode restored.
     */
    private static Tensor evalForward(Module net, Tensor input) {
        List<Module> modules = net.modules();
        boolean[] modes = new boolean[modules.size()];
        for (int i = 0; i < modes.length; i++) {
            modes[i] = modules.get(i).isTraining();
        }
        net.eval();
        try (NoGrad ignored = NoGrad.enableGrad()) {
            return net.forward(input);
        } finally {
            for (int i = 0; i < modes.length; i++) {
                modules.get(i).train(modes[i]);
            }
        }
    }

    /** Reads the Linears' order, their inputs and what lies between them from the recorded graph. */
    private static NetworkPicture chain(Tensor out, Grid grid, Map<Tensor, Linear> byWeight,
            Map<Linear, String> names) {
        // every Linear node reachable from the output, by the Linear whose weight it used
        Map<Linear, List<Node>> uses = new IdentityHashMap<>();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> todo = new ArrayList<>();
        if (out.gradFn() != null) {
            todo.add(out.gradFn());
        }
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (!seen.add(n)) {
                continue;
            }
            List<Tensor> ins = n.inputs();
            Linear l = linearOf(n, byWeight);
            if (l != null) {
                uses.computeIfAbsent(l, k -> new ArrayList<>()).add(n);
            }
            for (Tensor t : ins) {
                if (t != null && t.gradFn() != null) {
                    todo.add(t.gradFn());
                }
            }
        }
        for (Linear l : byWeight.values()) {
            List<Node> u = uses.get(l);
            if (u == null) {
                return unavailable(names.get(l) + " (Linear) is not used in forward");
            }
            if (u.size() > 1) {
                return unavailable(names.get(l) + " (Linear) is used " + u.size() + " times in forward");
            }
        }
        // walk back from the output: each Linear's input leads to the Linear before it
        List<Linear> order = new ArrayList<>();
        List<List<String>> after = new ArrayList<>();
        List<Tensor> received = new ArrayList<>();
        Tensor t = out;
        List<String> ops = new ArrayList<>();
        while (true) {
            Node n = t.gradFn();
            Linear l = n == null ? null : linearOf(n, byWeight);
            if (l != null) {
                order.add(0, l);
                after.add(0, List.copyOf(ops.reversed()));
                ops.clear();
                t = n.inputs().get(0);
                received.add(0, t);
                continue;
            }
            if (n == null) {
                break;
            }
            ops.add(function(n.name()));
            t = n.inputs().get(0);
        }
        if (order.size() != byWeight.size()) {
            List<String> off = new ArrayList<>();
            for (Linear l : byWeight.values()) {
                if (!order.contains(l)) {
                    off.add(names.get(l));
                }
            }
            return unavailable("the Linear layers do not form one chain: " + String.join(", ", off)
                    + " not on the path from the input to the output");
        }
        if (!ops.isEmpty()) {
            return unavailable("forward changes the input before the first Linear (" + String.join(", ", ops.reversed())
                    + ")");
        }
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Linear l = order.get(i);
            if (i > 0 && order.get(i - 1).outFeatures() != l.inFeatures()) {
                return unavailable(names.get(order.get(i - 1)) + " puts out " + order.get(i - 1).outFeatures()
                        + " features but " + names.get(l) + " takes " + l.inFeatures());
            }
            layers.add(new Layer(names.get(l), l.inFeatures(), l.outFeatures(), l.weight().toArray(),
                    l.bias() == null ? null : l.bias().toArray(), after.get(i)));
        }
        int last = order.get(order.size() - 1).outFeatures();
        if (out.dim() != 2 || out.size(1) != last) {
            return unavailable("the output's shape " + java.util.Arrays.toString(out.shape())
                    + " is not the last Linear's [N, " + last + "]");
        }
        if (grid == null) {
            return new NetworkPicture(List.copyOf(layers), null, List.of(), null);
        }
        List<float[]> outputs = new ArrayList<>();
        received.add(out);
        int[] widths = new NetworkPicture(layers, null, List.of(), null).widths();
        for (int c = 0; c < received.size(); c++) {
            Tensor r = received.get(c);
            if (r.numel() != widths[c] * grid.points()) {
                return unavailable("the input of " + layers.get(c).name() + " has shape "
                        + java.util.Arrays.toString(r.shape()) + ", not [" + grid.points() + ", " + widths[c] + "]");
            }
            outputs.add(neuronMajor(r.detach().toArray(), grid.points()));
        }
        return new NetworkPicture(List.copyOf(layers), grid, List.copyOf(outputs), null);
    }

    /** The nodes F.linear records, by the input's rank (its weight is input 1). */
    private static final Set<String> LINEAR_NODES = Set.of("AddmmBackward0", "MmBackward0", "ViewBackward0",
            "UnsafeViewBackward0", "SqueezeBackward4");

    private static Linear linearOf(Node n, Map<Tensor, Linear> byWeight) {
        List<Tensor> ins = n.inputs();
        return ins.size() >= 2 && LINEAR_NODES.contains(n.name()) ? byWeight.get(ins.get(1)) : null;
    }

    /** A backward node's function, in PyTorch's functional spelling: ReluBackward0 → relu. */
    static String function(String node) {
        String base = node.replaceFirst("Backward\\d*$", "");
        if (base.equals("NativeBatchNorm")) {
            return "batch_norm";
        }
        return base.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** [points, width] row-major to width × points. */
    private static float[] neuronMajor(float[] rows, int points) {
        int width = rows.length / points;
        float[] v = new float[rows.length];
        for (int i = 0; i < points; i++) {
            for (int j = 0; j < width; j++) {
                v[j * points + i] = rows[i * width + j];
            }
        }
        return v;
    }

    /** Whether the two pictures are of networks of the same shape (the same layers, widths and functions). */
    public boolean sameShape(NetworkPicture o) {
        if (o == null || layers.size() != o.layers.size() || !java.util.Objects.equals(reason, o.reason)) {
            return false;
        }
        for (int i = 0; i < layers.size(); i++) {
            Layer a = layers.get(i);
            Layer b = o.layers.get(i);
            if (!a.name().equals(b.name()) || a.in() != b.in() || a.out() != b.out() || !a.after().equals(b.after())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        if (!drawable()) {
            return "NetworkPicture(" + reason + ")";
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (Layer l : layers) {
            m.put(l.name(), l.in() + "→" + l.out() + (l.after().isEmpty() ? "" : " " + l.after()));
        }
        return "NetworkPicture" + m;
    }
}
