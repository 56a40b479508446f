package org.trainlab.tensor;

/**
 * A scope in which ops record no graph, like {@code with torch.no_grad():}.
 *
 * <pre>{@code
 * try (var ignored = NoGrad.enter()) {
 *     prediction = net.forward(x);
 * }
 * }</pre>
 */
public final class NoGrad implements AutoCloseable {
    private final boolean previous;

    private NoGrad(boolean enabled) {
        previous = GradMode.set(enabled);
    }

    /** Disables graph recording until closed. */
    public static NoGrad enter() {
        return new NoGrad(false);
    }

    /** Re-enables graph recording inside a no-grad scope until closed, like {@code torch.enable_grad()}. */
    public static NoGrad enableGrad() {
        return new NoGrad(true);
    }

    @Override
    public void close() {
        GradMode.set(previous);
    }
}
