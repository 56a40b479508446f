package org.trainlab.spec;

import java.util.List;
import org.trainlab.nn.Module;

/**
 * The activation layers the lessons offer, by PyTorch's functional names ({@code relu}, {@code leaky_relu},
 * ...). Each is a layer of the spec registry with no required argument, so its module and its PyTorch code
 * come from there, at PyTorch's defaults.
 */
public final class Activations {
    /** The names in the order the lessons offer them. */
    public static final List<String> NAMES = List.copyOf(Layers.ACTIVATIONS.keySet());

    private Activations() {
    }

    /** A new activation module for a name in {@link #NAMES}. */
    public static Module create(String name) {
        return layer(name).buildWithDefaults(null); // activations draw no random numbers
    }

    /** The PyTorch expression for the module, for the code pane: {@code torch.nn.LeakyReLU()}. */
    public static String code(String name) {
        return "torch.nn." + layer(name).name() + "()";
    }

    private static LayerType layer(String name) {
        LayerType type = Layers.ACTIVATIONS.get(name);
        if (type == null) {
            throw new IllegalArgumentException("unknown activation '" + name + "' (choose " + String.join(", ", NAMES)
                    + ")");
        }
        return type;
    }
}
