package org.trainlab.console;

import org.trainlab.tensor.Tensor;

/** {@code torch.return_types.max(values=..., indices=...)} and its kin, printed as PyTorch prints them. */
record ReturnTypes(String name, Tensor values, Tensor indices) {
    @Override
    public String toString() {
        return "torch.return_types." + name + "(\nvalues=" + values + ",\nindices=" + indices + ")";
    }
}
