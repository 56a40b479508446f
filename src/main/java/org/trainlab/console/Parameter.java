package org.trainlab.console;

import org.trainlab.tensor.Tensor;

/** A module's parameter, printed {@code Parameter containing:} above its tensor; computes as the tensor. */
record Parameter(Tensor tensor) {
}
