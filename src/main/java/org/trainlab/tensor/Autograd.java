package org.trainlab.tensor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The backward engine: walks the graph from a result in reverse topological order, running each
 * node's backward rule and accumulating gradients into the leaves' {@code .grad}.
 */
public final class Autograd {
    private static final Tensor[] NOTHING_SAVED = new Tensor[0];

    private Autograd() {
    }

    /** Whether an op on these inputs should record a graph node. */
    public static boolean needsGrad(Tensor... inputs) {
        if (!GradMode.isEnabled()) {
            return false;
        }
        for (Tensor t : inputs) {
            if (t.requiresGrad()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Attaches a graph node to {@code out} when grad mode is on and any input requires grad; returns
     * {@code out}. This is how every op, and a fused op outside this package (a loss, a layer), joins
     * the graph, like a {@code torch.autograd.Function}: {@code saved} tensors are version-checked
     * before {@code backward} sees them.
     */
    public static Tensor record(Tensor out, String name, Tensor[] inputs, Tensor[] saved, BackwardFn backward) {
        if (needsGrad(inputs)) {
            out.setGradFn(new Node(name, inputs, saved, backward));
        }
        return out;
    }

    public static Tensor record(Tensor out, String name, Tensor[] inputs, BackwardFn backward) {
        return record(out, name, inputs, NOTHING_SAVED, backward);
    }

    static void backward(Tensor root, Tensor gradient, boolean retainGraph) {
        backward(root, gradient, retainGraph, null);
    }

    /**
     * {@code root.backward(gradient, retain_graph=retainGraph)}, telling {@code observer} (when not null) of
     * each node as it runs and of each gradient a leaf accumulates, in the order backward does them.
     */
    public static void backward(Tensor root, Tensor gradient, boolean retainGraph, BackwardObserver observer) {
        if (!root.requiresGrad()) {
            throw new IllegalStateException("element 0 of tensors does not require grad and does not have a grad_fn");
        }
        if (gradient == null) {
            if (root.numel() != 1) {
                throw new IllegalStateException("grad can be implicitly created only for scalar outputs (backward on a "
                        + "tensor of shape " + Shape.str(root.shape()) + "; pass a gradient of that shape)");
            }
            gradient = Tensor.onesLike(root);
        } else if (!java.util.Arrays.equals(gradient.shape(), root.shape())) {
            throw new IllegalArgumentException("backward: mismatch in shape: grad_output has shape "
                    + Shape.str(gradient.shape()) + " and output has shape " + Shape.str(root.shape()));
        }
        if (root.gradFn() == null) {
            accumulateLeaf(root, gradient, observer);
            return;
        }
        List<Node> order = topologicalOrder(root.gradFn());
        root.gradFn().pendingGrad = gradient;
        GradBuffers.beginPass();
        try {
            for (Node node : order) {
                Tensor grad = node.pendingGrad;
                node.pendingGrad = null;
                if (grad == null) {
                    continue;
                }
                Tensor[] inputGrads = node.run(grad);
                if (observer != null) {
                    observer.ran(node, grad, inputGrads.clone());
                }
                if (!retainGraph) {
                    node.free();
                }
                Tensor[] inputs = node.inputsArray();
                for (int i = 0; i < inputs.length; i++) {
                    Tensor input = inputs[i];
                    Tensor g = i < inputGrads.length ? inputGrads[i] : null;
                    if (g == null || !input.requiresGrad()) {
                        continue;
                    }
                    Node fn = input.gradFn();
                    if (fn != null) {
                        fn.pendingGrad = fn.pendingGrad == null ? g : Kernels.sum(fn.pendingGrad, g);
                    } else {
                        accumulateLeaf(input, g, observer);
                    }
                }
            }
        } finally {
            for (Node node : order) {
                node.pendingGrad = null;
            }
            GradBuffers.endPass();
        }
    }

    private static void accumulateLeaf(Tensor leaf, Tensor g, BackwardObserver observer) {
        if (observer != null) {
            observer.accumulated(leaf, g);
        }
        Tensor grad = leaf.grad();
        if (grad == null) {
            leaf.setGrad(g.copy());
        } else {
            float[] dst = grad.data();
            float[] src = g.data();
            for (int i = 0; i < dst.length; i++) {
                dst[i] += src[i];
            }
        }
    }

    /** Nodes reachable from {@code root}, each after every node that feeds gradient into it. */
    static List<Node> topologicalOrder(Node root) {
        List<Node> postOrder = new ArrayList<>();
        Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Node> stack = new ArrayDeque<>();
        ArrayDeque<Integer> nextChild = new ArrayDeque<>();
        stack.push(root);
        nextChild.push(0);
        visited.add(root);
        while (!stack.isEmpty()) {
            Node node = stack.peek();
            int i = nextChild.pop();
            Tensor[] inputs = node.inputsArray();
            while (i < inputs.length && (inputs[i].gradFn() == null || visited.contains(inputs[i].gradFn()))) {
                i++;
            }
            if (i < inputs.length) {
                Node child = inputs[i].gradFn();
                visited.add(child);
                nextChild.push(i + 1);
                stack.push(child);
                nextChild.push(0);
            } else {
                stack.pop();
                postOrder.add(node);
            }
        }
        Collections.reverse(postOrder);
        return postOrder;
    }
}
