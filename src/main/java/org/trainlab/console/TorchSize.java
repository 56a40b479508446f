package org.trainlab.console;

/** {@code torch.Size([2, 3])}: a tuple of ints as PyTorch prints it. */
record TorchSize(int[] dims) {
}
