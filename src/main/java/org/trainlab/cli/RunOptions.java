package org.trainlab.cli;

import picocli.CommandLine.Option;

/** Options every {@code run} experiment takes. */
final class RunOptions {
    @Option(names = "--steps", paramLabel = "N", description = "training steps (default: the tutorial's)")
    Integer steps;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--lr", paramLabel = "X", description = "learning rate (default: the tutorial's)")
    Double lr;

    @Option(names = "--json", description = "print exactly one JSON object on stdout")
    boolean json;

    @Option(names = "--pytorch-code", description = "print the lesson's PyTorch program for these settings "
            + "(what its code pane shows) instead of running")
    boolean pytorchCode;

    int stepsOr(int fallback) {
        if (steps != null && steps < 1) {
            throw new IllegalArgumentException("--steps must be at least 1, got " + steps);
        }
        return steps == null ? fallback : steps;
    }

    double lrOr(double fallback) {
        if (lr != null && !(lr > 0)) {
            throw new IllegalArgumentException("--lr must be positive, got " + lr);
        }
        return lr == null ? fallback : lr;
    }
}
