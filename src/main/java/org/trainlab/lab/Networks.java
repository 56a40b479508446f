package org.trainlab.lab;

import java.util.List;
import org.trainlab.nn.ELU;
import org.trainlab.nn.GELU;
import org.trainlab.nn.LeakyReLU;
import org.trainlab.nn.Linear;
import org.trainlab.nn.Module;
import org.trainlab.nn.ReLU;
import org.trainlab.nn.Sequential;
import org.trainlab.nn.Sigmoid;
import org.trainlab.nn.Softplus;
import org.trainlab.nn.Tanh;
import org.trainlab.tensor.Generator;

/** The lessons' networks: one hidden layer with a chosen activation, initialised from a seeded generator. */
public final class Networks {
    /** Activation names as the lessons offer them (PyTorch's functional names). */
    public static final List<String> ACTIVATIONS = List.of("relu", "tanh", "sigmoid", "leaky_relu", "elu", "gelu",
            "softplus");

    private Networks() {
    }

    /** {@code Sequential(Linear(in, hidden), act, Linear(hidden, out))}. */
    public static Sequential mlp(int in, int hidden, int out, String activation, Generator gen) {
        if (hidden < 1) {
            throw new IllegalArgumentException("hidden units must be at least 1, got " + hidden);
        }
        return new Sequential(new Linear(in, hidden, true, gen), activation(activation), new Linear(hidden, out, true, gen));
    }

    /** The activation module for a name in {@link #ACTIVATIONS}. */
    public static Module activation(String name) {
        return switch (name) {
            case "relu" -> new ReLU();
            case "tanh" -> new Tanh();
            case "sigmoid" -> new Sigmoid();
            case "leaky_relu" -> new LeakyReLU(0.01);
            case "elu" -> new ELU(1.0);
            case "gelu" -> new GELU("none");
            case "softplus" -> new Softplus(1.0, 20.0);
            default -> throw new IllegalArgumentException("unknown activation '" + name + "' (choose "
                    + String.join(", ", ACTIVATIONS) + ")");
        };
    }

    /** The PyTorch expression for an activation module, for the code pane. */
    public static String activationCode(String name) {
        return switch (name) {
            case "relu" -> "torch.nn.ReLU()";
            case "tanh" -> "torch.nn.Tanh()";
            case "sigmoid" -> "torch.nn.Sigmoid()";
            case "leaky_relu" -> "torch.nn.LeakyReLU()";
            case "elu" -> "torch.nn.ELU()";
            case "gelu" -> "torch.nn.GELU()";
            case "softplus" -> "torch.nn.Softplus()";
            default -> throw new IllegalArgumentException("unknown activation '" + name + "'");
        };
    }
}
