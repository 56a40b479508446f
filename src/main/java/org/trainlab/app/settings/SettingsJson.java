package org.trainlab.app.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lesson's settings as a file records them: one JSON object, a value per setting id
 * ({@code {"hidden": 20, "optimizer": "adam", "sameStart": true}}). Reading takes each value as the form would
 * take it typed ({@link Param#parse}), so a file cannot set what the controls refuse.
 */
public final class SettingsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A value the settings refuse: the setting's id and the value as the file has it. */
    public static final class BadValue extends IllegalArgumentException {
        private final String id;
        private final String value;

        BadValue(String id, String value) {
            super("setting '" + id + "': " + value);
            this.id = id;
            this.value = value;
        }

        public String id() {
            return id;
        }

        public String value() {
            return value;
        }
    }

    private SettingsJson() {
    }

    public static String write(Settings s) {
        ObjectNode o = JSON.createObjectNode();
        s.values().forEach((id, v) -> {
            switch (v) {
                case Integer i -> o.put(id, i);
                case Double d -> o.put(id, d);
                case Boolean b -> o.put(id, b);
                default -> o.put(id, String.valueOf(v));
            }
        });
        return o.toString();
    }

    /**
     * {@code current} with the values the JSON gives; ids it does not know are left out (a setting of another
     * version), ids it does not give keep their current value.
     *
     * @throws BadValue for a value its setting refuses
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    public static Settings read(String json, Settings current) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<String, Object> values = new LinkedHashMap<>(current.values());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!values.containsKey(e.getKey())) {
                continue;
            }
            JsonNode v = e.getValue();
            String text = v.isValueNode() ? v.asText() : v.toString();
            Param.Parsed parsed = current.param(e.getKey()).parse(text);
            if (!parsed.ok() || !v.isValueNode()) {
                throw new BadValue(e.getKey(), text.length() <= 40 ? text : text.substring(0, 37) + "...");
            }
            values.put(e.getKey(), parsed.value());
        }
        return Settings.of(current.params(), values);
    }
}
