package org.trainlab.tensor;

/** The (values, indices) pair that {@code torch.max(x, dim)} and {@code torch.min(x, dim)} return. */
public record ValuesIndices(Tensor values, Tensor indices) {
}
