package org.trainlab.io;

import java.util.Map;
import org.trainlab.nn.Module;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.TrainingSettings;

/**
 * A whole model read from a file: the network rebuilt from its spec with the saved weights loaded (in
 * training mode, as a freshly built PyTorch module is), the spec, the training settings (null when the file
 * has none) and all of the file's metadata.
 */
public record LoadedModel(Module module, NetworkSpec spec, TrainingSettings settings, Map<String, String> metadata) {
    public LoadedModel {
        metadata = Map.copyOf(metadata);
    }
}
