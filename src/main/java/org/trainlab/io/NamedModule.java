package org.trainlab.io;

import java.util.regex.Pattern;
import org.trainlab.nn.Module;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.TrainingSettings;

/**
 * One of the nets a whole-model file holds: its name (the prefix of its tensors' keys, as a PyTorch module's
 * attribute name prefixes its children's: {@code G.0.weight}), the module and, when it has its own, how it is
 * trained (null when the lesson's settings say it). A file with one net may leave it unnamed ({@code ""}):
 * its keys are then the net's own state_dict keys. A net built from a network file's class keeps that file
 * ({@code source}, null otherwise), so the saved model carries its source and loads back without it.
 */
public record NamedModule(String name, Module module, TrainingSettings training, NetworkFile source) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    public NamedModule {
        if (name == null || module == null) {
            throw new IllegalArgumentException("a named module needs a name and a module");
        }
        if (!name.isEmpty() && !isName(name)) {
            throw new IllegalArgumentException("a net's name must be a Python identifier of at most 64 characters, got '"
                    + name + "'");
        }
    }

    public NamedModule(String name, Module module, TrainingSettings training) {
        this(name, module, training, null);
    }

    /** Whether {@code s} can name a net in a file (a Python identifier of at most 64 characters). */
    public static boolean isName(String s) {
        return NAME.matcher(s).matches();
    }
}
