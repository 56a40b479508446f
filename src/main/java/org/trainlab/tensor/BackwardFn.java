package org.trainlab.tensor;

/**
 * The local backward rule of one op: given the gradient of the op's output and the tensors it saved
 * (already checked against in-place changes), returns one gradient per input, or null where an input
 * needs none. Gradients are computed without recording a graph.
 */
@FunctionalInterface
public interface BackwardFn {
    Tensor[] apply(Tensor gradOutput, Tensor[] saved);
}
