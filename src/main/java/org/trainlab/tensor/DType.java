package org.trainlab.tensor;

/**
 * Element type of a tensor. Storage is always {@code float[]}; {@link #INT64} marks tensors that hold
 * whole numbers (class indices, argmax results), which PyTorch prints and checks as {@code torch.int64}.
 * Whole numbers up to 2^24 are exact in a float.
 */
public enum DType {
    FLOAT32("torch.float32"),
    INT64("torch.int64");

    private final String torchName;

    DType(String torchName) {
        this.torchName = torchName;
    }

    public String torchName() {
        return torchName;
    }

    public boolean isFloatingPoint() {
        return this == FLOAT32;
    }
}
