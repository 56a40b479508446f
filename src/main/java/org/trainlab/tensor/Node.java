package org.trainlab.tensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One recorded op in the computational graph: PyTorch's {@code grad_fn}. It knows its op name
 * ({@code AddmmBackward0}), its inputs, the tensors it saved for backward (with the version each was
 * saved at), and its backward rule. Backward frees the saved tensors unless the graph is retained.
 */
public final class Node {
    private static final Tensor[] EMPTY = new Tensor[0];

    private final String name;
    private final Tensor[] inputs;
    private final BackwardFn backward;
    private Tensor[] saved;
    private final int[] savedVersions;
    private final int[][] savedShapes;
    private boolean freed;
    /** Gradient flowing into this node during one backward pass. */
    Tensor pendingGrad;

    Node(String name, Tensor[] inputs, Tensor[] saved, BackwardFn backward) {
        this.name = name;
        this.inputs = inputs;
        this.backward = backward;
        this.saved = saved;
        this.savedVersions = new int[saved.length];
        this.savedShapes = new int[saved.length][];
        for (int i = 0; i < saved.length; i++) {
            savedVersions[i] = saved[i].version();
            savedShapes[i] = saved[i].shapeRef(); // never written, so shared rather than copied
        }
    }

    /** PyTorch's class name for this backward node, e.g. {@code ReluBackward0}. */
    public String name() {
        return name;
    }

    /** The op's inputs, in order; leaves among them show as {@code AccumulateGrad} in PyTorch. */
    public List<Tensor> inputs() {
        return List.of(inputs);
    }

    /** Shapes of the tensors saved for backward (kept after they are freed). */
    public List<int[]> savedShapes() {
        List<int[]> shapes = new ArrayList<>(savedShapes.length);
        for (int[] shape : savedShapes) {
            shapes.add(shape.clone());
        }
        return Collections.unmodifiableList(shapes);
    }

    /** Whether backward already released this node's saved tensors. */
    public boolean isFreed() {
        return freed;
    }

    Tensor[] inputsArray() {
        return inputs;
    }

    Tensor[] run(Tensor gradOutput) {
        if (freed && savedVersions.length > 0) {
            throw new IllegalStateException("Trying to backward through the graph a second time (or directly access "
                    + "saved tensors after they have already been freed). Saved intermediate values of the graph are "
                    + "freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to "
                    + "backward through the graph a second time or if you need to access saved tensors after calling "
                    + "backward.");
        }
        for (int i = 0; i < saved.length; i++) {
            int now = saved[i].version();
            if (now != savedVersions[i]) {
                Tensor t = saved[i];
                // PyTorch's sentence word for word (a leaf is not named); its hint would point to anomaly detection
                String origin = t.gradFn() != null ? ", which is output 0 of " + t.gradFn().name() + "," : "";
                throw new IllegalStateException("one of the variables needed for gradient computation has been "
                        + "modified by an inplace operation: [torch.FloatTensor " + Shape.str(t.shape()) + "]" + origin
                        + " is at version " + now + "; expected version " + savedVersions[i] + " instead. Hint: "
                        + name + " saved it; an optimizer step or an in-place op changed it after the graph was "
                        + "built: recompute the forward pass, or call backward before the change.");
            }
        }
        return backward.apply(gradOutput, saved);
    }

    void free() {
        saved = EMPTY;
        freed = true;
    }

    @Override
    public String toString() {
        return "<" + name + ">";
    }
}
