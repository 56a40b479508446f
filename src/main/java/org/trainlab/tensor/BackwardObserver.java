package org.trainlab.tensor;

/**
 * Watches one backward pass node by node, for a lesson that plays it slowly: told, in the order backward
 * runs them, of each node with the gradient that flowed into it and the gradients it sends to its inputs
 * (one per input, null where an input gets none), and of each gradient accumulated into a leaf. The
 * gradients' arrays are recycled by the next pass ({@link GradBuffers}): copy what you keep.
 */
public interface BackwardObserver {
    void ran(Node node, Tensor gradOutput, Tensor[] inputGrads);

    default void accumulated(Tensor leaf, Tensor grad) {
    }
}
