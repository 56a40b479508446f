package org.trainlab.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every net of a whole-model file, rebuilt and loaded, by name in the file's order (one unnamed net, {@code ""},
 * for a file holding one net as {@link ModelFile#save} writes it), with all of the file's metadata: which
 * lesson saved it and its settings, when a lesson did.
 */
public record LoadedNets(Map<String, LoadedModel> nets, Map<String, String> metadata) {
    public LoadedNets {
        nets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nets));
        metadata = Map.copyOf(metadata);
    }

    /** The lone unnamed net of a one-net file, or null. */
    public LoadedModel single() {
        return nets.size() == 1 && nets.containsKey("") ? nets.get("") : null;
    }

    /** The id of the lesson that saved the file, or null. */
    public String lesson() {
        return metadata.get(ModelFile.LESSON_KEY);
    }

    /** The lesson's settings as the file records them (JSON), or null. */
    public String lessonSettings() {
        return metadata.get(ModelFile.LESSON_SETTINGS_KEY);
    }

    /** The nets' architectures for messages: {@code G: Sequential(...); D: Sequential(...)}. */
    public String architecture() {
        LoadedModel one = single();
        if (one != null) {
            return one.architecture();
        }
        StringBuilder sb = new StringBuilder();
        nets.forEach((name, m) -> sb.append(sb.isEmpty() ? "" : "; ").append(name).append(": ").append(m.architecture()));
        return sb.toString();
    }
}
