package org.trainlab.lab;

import org.trainlab.nn.Linear;
import org.trainlab.nn.Sequential;
import org.trainlab.spec.Activations;
import org.trainlab.tensor.Generator;

/**
 * The lessons' networks: one hidden layer with a chosen activation (one of {@link Activations#NAMES}),
 * initialised from a seeded generator.
 */
public final class Networks {
    private Networks() {
    }

    /** {@code Sequential(Linear(in, hidden), act, Linear(hidden, out))}. */
    public static Sequential mlp(int in, int hidden, int out, String activation, Generator gen) {
        if (hidden < 1) {
            throw new IllegalArgumentException("hidden units must be at least 1, got " + hidden);
        }
        return new Sequential(new Linear(in, hidden, true, gen), Activations.create(activation),
                new Linear(hidden, out, true, gen));
    }
}
