package org.trainlab.app.lesson.autograd;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.tensor.Autograd;
import org.trainlab.tensor.BackwardObserver;
import org.trainlab.tensor.Node;
import org.trainlab.tensor.Tensor;

/**
 * The graph behind the learner's result as the engine recorded it, ready to draw, and its backward pass as
 * the engine ran it, node by node. Boxes are the result's grad_fn and every node behind it (PyTorch's names:
 * MulBackward0, ...) with the value each computed, and the tensors that feed them: the leaves x, w, b (with
 * requires_grad), detached copies, numbers. Edges run from an input to the node that read it. Step k of
 * backward has run the first k nodes: their incoming gradient, the gradient on each edge they sent it down,
 * and the leaves' {@code .grad} so far. No JavaFX.
 */
public final class AutogradGraph {
    public enum Kind {
        OPERATION, LEAF, DETACHED, CONSTANT
    }

    /**
     * One box: its kind, its name (a grad_fn's name, a leaf's name, or null for a number or a tensor with no
     * graph), whether it requires grad, its forward value, and its depth (0: the result).
     */
    public record Box(Kind kind, String name, boolean requiresGrad, String value, int layer) {
    }

    /** {@code from} feeds {@code to} as its input number {@code input}; gradients flow back along it if it needs them. */
    public record Edge(int from, int to, int input, boolean needsGrad) {
    }

    /** Backward ran box {@code box}: the gradient it received, the gradients it sent (by edge index). */
    public record Step(int box, String gradOutput, Map<Integer, String> edgeGrads, Map<Integer, String> leafGrads) {
    }

    private final List<Box> boxes;
    private final List<Edge> edges;
    private final List<Step> steps;
    private final String backwardError;

    private AutogradGraph(List<Box> boxes, List<Edge> edges, List<Step> steps, String backwardError) {
        this.boxes = List.copyOf(boxes);
        this.edges = List.copyOf(edges);
        this.steps = List.copyOf(steps);
        this.backwardError = backwardError;
    }

    public List<Box> boxes() {
        return boxes;
    }

    public List<Edge> edges() {
        return edges;
    }

    /** The nodes in the order backward ran them (empty if backward could not run). */
    public List<Step> steps() {
        return steps;
    }

    /** Why backward could not run (the engine's message, as PyTorch's last line), or null. */
    public String backwardError() {
        return backwardError;
    }

    /** The leaves' {@code .grad} after the first {@code step} steps, by box; absent means None. */
    public Map<Integer, String> leafGrads(int step) {
        return step == 0 ? Map.of() : steps.get(step - 1).leafGrads();
    }

    /** The gradient on each edge after the first {@code step} steps, by edge index. */
    public Map<Integer, String> edgeGrads(int step) {
        Map<Integer, String> out = new java.util.HashMap<>();
        for (int i = 0; i < step; i++) {
            out.putAll(steps.get(i).edgeGrads());
        }
        return out;
    }

    /** The gradient each node received, for the nodes backward has run after {@code step} steps. */
    public Map<Integer, String> nodeGrads(int step) {
        Map<Integer, String> out = new java.util.HashMap<>();
        for (int i = 0; i < step; i++) {
            out.put(steps.get(i).box(), steps.get(i).gradOutput());
        }
        return out;
    }

    /** Draws the graph of {@code c}'s result and runs its backward, watching every node. */
    public static AutogradGraph of(Computation c) {
        Tensor result = c.result();
        List<Box> boxes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        if (result.gradFn() == null) {
            boxes.add(new Box(Kind.CONSTANT, c.name(result), result.requiresGrad(), shortText(result), 0));
            String error = null;
            try {
                result.backward();
            } catch (IllegalStateException e) {
                error = "RuntimeError: " + e.getMessage();
            }
            return new AutogradGraph(boxes, edges, List.of(), error);
        }
        // nodes from the result back: each after every node that reads it, so depths are final when visited
        List<Node> order = topological(result.gradFn());
        Map<Object, Integer> ids = new IdentityHashMap<>();
        Map<Object, Integer> depth = new IdentityHashMap<>();
        depth.put(result.gradFn(), 0);
        for (Node node : order) {
            ids.put(node, ids.size());
            boxes.add(null);
            for (Tensor in : node.inputs()) {
                Object key = in.gradFn() != null ? in.gradFn() : in;
                depth.merge(key, depth.get(node) + 1, Math::max);
            }
        }
        for (Node node : order) {
            Tensor out = c.output(node);
            boxes.set(ids.get(node), new Box(Kind.OPERATION, node.name(), true, out == null ? "" : shortText(out),
                    depth.get(node)));
            List<Tensor> inputs = node.inputs();
            for (int i = 0; i < inputs.size(); i++) {
                Tensor in = inputs.get(i);
                Object key = in.gradFn() != null ? in.gradFn() : in;
                Integer from = ids.get(key);
                if (from == null) {
                    from = boxes.size();
                    ids.put(key, from);
                    String name = c.name(in);
                    Kind kind = name == null ? Kind.CONSTANT : name.endsWith(".detach()") ? Kind.DETACHED : Kind.LEAF;
                    boxes.add(new Box(kind, name, in.requiresGrad(), shortText(in), depth.get(key)));
                }
                edges.add(new Edge(from, ids.get(node), i, in.requiresGrad()));
            }
        }
        List<Step> steps = new ArrayList<>();
        Map<Integer, Tensor> leafGrads = new java.util.LinkedHashMap<>();
        String error = null;
        try {
            Autograd.backward(result, null, false, new BackwardObserver() {
                @Override
                public void ran(Node node, Tensor gradOutput, Tensor[] inputGrads) {
                    int box = ids.get(node);
                    Map<Integer, String> sent = new java.util.HashMap<>();
                    for (int e = 0; e < edges.size(); e++) {
                        Edge edge = edges.get(e);
                        if (edge.to() == box && edge.needsGrad() && edge.input() < inputGrads.length
                                && inputGrads[edge.input()] != null) {
                            sent.put(e, shortText(inputGrads[edge.input()]));
                        }
                    }
                    steps.add(new Step(box, shortText(gradOutput), Map.copyOf(sent), Map.of()));
                }

                @Override
                public void accumulated(Tensor leaf, Tensor grad) {
                    Integer box = ids.get(leaf);
                    if (box == null) {
                        return;
                    }
                    Tensor copy = grad.copy();
                    leafGrads.merge(box, copy, Tensor::add);
                    Map<Integer, String> now = new java.util.HashMap<>();
                    leafGrads.forEach((k, v) -> now.put(k, shortText(v)));
                    Step last = steps.remove(steps.size() - 1);
                    steps.add(new Step(last.box(), last.gradOutput(), last.edgeGrads(), Map.copyOf(now)));
                }
            });
        } catch (IllegalStateException | IllegalArgumentException e) {
            error = "RuntimeError: " + AutogradModel.pytorchMessage(e.getMessage());
            steps.clear();
        }
        // a step with no accumulation keeps the leaves' gradients of the step before
        for (int i = 1; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.leafGrads().isEmpty() && !steps.get(i - 1).leafGrads().isEmpty()) {
                steps.set(i, new Step(s.box(), s.gradOutput(), s.edgeGrads(), steps.get(i - 1).leafGrads()));
            }
        }
        return new AutogradGraph(boxes, edges, steps, error);
    }

    /** The nodes reachable from {@code root}, each after every node that reads its output. */
    private static List<Node> topological(Node root) {
        List<Node> post = new ArrayList<>();
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        visit(root, seen, post);
        java.util.Collections.reverse(post);
        return post;
    }

    private static void visit(Node node, Map<Node, Boolean> seen, List<Node> post) {
        if (seen.put(node, true) != null) {
            return;
        }
        for (Tensor in : node.inputs()) {
            if (in.gradFn() != null) {
                visit(in.gradFn(), seen, post);
            }
        }
        post.add(node);
    }

    /** A tensor in a few characters for a box: {@code 7.5}, {@code [0.5, 1]}, {@code [[1, 2], [3, 4]]}, or its size. */
    public static String shortText(Tensor t) {
        float[] v = t.toArray();
        int[] shape = t.shape();
        if (shape.length == 0) {
            return number(v[0]);
        }
        if (v.length > 4 || shape.length > 2) {
            return "Size(" + java.util.Arrays.toString(shape) + ")";
        }
        if (shape.length == 1) {
            return row(v, 0, v.length);
        }
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < shape[0]; r++) {
            rows.add(row(v, r * shape[1], shape[1]));
        }
        return "[" + String.join(", ", rows) + "]";
    }

    private static String row(float[] v, int from, int n) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(number(v[from + i]));
        }
        return "[" + String.join(", ", items) + "]";
    }

    /** Four significant digits, no trailing zeros: 0.5, 7.5, 1.333, -2e-05. */
    static String number(float f) {
        if (Float.isNaN(f)) {
            return "nan";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "inf" : "-inf";
        }
        if (f == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(f).round(new MathContext(4)).stripTrailingZeros();
        double a = Math.abs(f);
        return a >= 1e-3 && a < 1e5 ? d.toPlainString() : d.toString().replace("E+", "e").replace("E", "e");
    }
}
