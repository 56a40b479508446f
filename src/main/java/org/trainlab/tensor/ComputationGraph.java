package org.trainlab.tensor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only picture of the graph behind a result, for drawing it: one entry per op node, plus one
 * {@code AccumulateGrad} entry per leaf that requires grad (as PyTorch's {@code next_functions} shows
 * them). Entries are listed from the result back towards the leaves.
 */
public final class ComputationGraph {
    /**
     * One box in the drawing. {@code inputs} are indices into {@link #entries()} of the entries that feed
     * this one; a leaf entry holds its tensor and has no inputs.
     */
    public record Entry(int id, String name, List<Integer> inputs, List<int[]> savedShapes, Tensor leaf) {
        public boolean isLeaf() {
            return leaf != null;
        }
    }

    private final List<Entry> entries;

    private ComputationGraph(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The graph that produced {@code result}; empty when it has no grad_fn. */
    public static ComputationGraph of(Tensor result) {
        List<Entry> entries = new ArrayList<>();
        if (result.gradFn() == null) {
            if (result.requiresGrad()) {
                entries.add(new Entry(0, "AccumulateGrad", List.of(), List.of(), result));
            }
            return new ComputationGraph(entries);
        }
        Map<Object, Integer> ids = new IdentityHashMap<>();
        List<Node> order = Autograd.topologicalOrder(result.gradFn());
        for (Node node : order) {
            ids.put(node, ids.size());
        }
        List<Tensor> leaves = new ArrayList<>();
        for (Node node : order) {
            for (Tensor input : node.inputsArray()) {
                if (input.gradFn() == null && input.requiresGrad() && !ids.containsKey(input)) {
                    ids.put(input, order.size() + leaves.size());
                    leaves.add(input);
                }
            }
        }
        for (Node node : order) {
            List<Integer> inputs = new ArrayList<>();
            for (Tensor input : node.inputsArray()) {
                if (input.gradFn() != null) {
                    inputs.add(ids.get(input.gradFn()));
                } else if (input.requiresGrad()) {
                    inputs.add(ids.get(input));
                }
            }
            entries.add(new Entry(ids.get(node), node.name(), List.copyOf(inputs), node.savedShapes(), null));
        }
        for (Tensor leaf : leaves) {
            entries.add(new Entry(ids.get(leaf), "AccumulateGrad", List.of(), List.of(), leaf));
        }
        return new ComputationGraph(entries);
    }

    /** Op nodes first (result first), then the leaves. */
    public List<Entry> entries() {
        return entries;
    }

    /** The leaves that requires grad that backward from the result would reach. */
    public List<Tensor> leaves() {
        List<Tensor> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.isLeaf()) {
                out.add(e.leaf());
            }
        }
        return out;
    }
}
