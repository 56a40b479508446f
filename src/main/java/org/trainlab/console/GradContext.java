package org.trainlab.console;

/** {@code torch.no_grad()} (enabled false) or {@code torch.enable_grad()} as the subject of a with. */
record GradContext(boolean enabled) {
}
