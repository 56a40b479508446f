package org.trainlab.app.frame;

import java.util.Map;

/**
 * A "Try this" prompt: settings to change in one click, with a text ({@code <lesson>.try.<id>}) saying
 * what to watch for. A prompt only changes settings; the learner presses Play.
 */
public record Prompt(String id, Map<String, Object> values) {
    public Prompt {
        values = Map.copyOf(values);
    }

    public static Prompt of(String id, Object... keysAndValues) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Prompt(id, map);
    }
}
