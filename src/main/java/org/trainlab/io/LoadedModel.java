package org.trainlab.io;

import java.util.Map;
import org.trainlab.nn.Module;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.TrainingSettings;

/**
 * A whole model read from a file: the network rebuilt from its spec with the saved weights loaded (in
 * training mode, as a freshly built PyTorch module is), the spec, the training settings (null when the file
 * has none) and all of the file's metadata. A model saved from a network file ({@code class Net(nn.Module)})
 * has no spec but its {@code networkFile}, read back from the source kept in the metadata; otherwise
 * networkFile is null.
 */
public record LoadedModel(Module module, NetworkSpec spec, TrainingSettings settings, Map<String, String> metadata,
        NetworkFile networkFile) {
    public LoadedModel {
        metadata = Map.copyOf(metadata);
    }

    public LoadedModel(Module module, NetworkSpec spec, TrainingSettings settings, Map<String, String> metadata) {
        this(module, spec, settings, metadata, null);
    }

    /** The architecture for messages: the spec, or how the network file's class is built. */
    public String architecture() {
        return spec != null ? spec.text() : networkFile.description();
    }
}
