package org.trainlab.app.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson's settings at one moment: one immutable value per {@link Param}, in the params' order. Every
 * value is checked against its param when the settings are made, so a lesson never sees one out of range.
 */
public final class Settings {
    private final List<Param> params;
    private final Map<String, Object> values;

    private Settings(List<Param> params, Map<String, Object> values) {
        this.params = params;
        this.values = values;
    }

    /**
     * Settings over {@code params} with these values (one per param, each accepted by it).
     *
     * @throws IllegalArgumentException naming the first missing, unknown or unacceptable value
     */
    public static Settings of(List<Param> params, Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Param p : params) {
            if (copy.containsKey(p.id())) {
                throw new IllegalArgumentException("two settings named '" + p.id() + "'");
            }
            Object v = values.get(p.id());
            if (v == null) {
                throw new IllegalArgumentException("no value for setting '" + p.id() + "'");
            }
            if (!p.accepts(v)) {
                throw new IllegalArgumentException("setting '" + p.id() + "' does not accept " + v);
            }
            copy.put(p.id(), v);
        }
        for (String key : values.keySet()) {
            if (!copy.containsKey(key)) {
                throw new IllegalArgumentException("unknown setting '" + key + "'");
            }
        }
        return new Settings(List.copyOf(params), Collections.unmodifiableMap(copy));
    }

    public List<Param> params() {
        return params;
    }

    public Param param(String id) {
        for (Param p : params) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown setting '" + id + "'");
    }

    public Object get(String id) {
        Object v = values.get(id);
        if (v == null) {
            throw new IllegalArgumentException("unknown setting '" + id + "'");
        }
        return v;
    }

    public int integer(String id) {
        return (Integer) get(id);
    }

    public double decimal(String id) {
        return (Double) get(id);
    }

    public String choice(String id) {
        return (String) get(id);
    }

    public boolean flag(String id) {
        return (Boolean) get(id);
    }

    /** These settings with one value changed. */
    public Settings with(String id, Object value) {
        Param p = param(id);
        if (!p.accepts(value)) {
            throw new IllegalArgumentException("setting '" + id + "' does not accept " + value);
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(id, value);
        return new Settings(params, Collections.unmodifiableMap(copy));
    }

    /** The values by id, in order (read-only). */
    public Map<String, Object> values() {
        return values;
    }

    /** Whether the two differ in any setting that applies only on Reset. */
    public boolean differsOnReset(Settings other) {
        for (Param p : params) {
            if (!p.isLive() && !values.get(p.id()).equals(other.values.get(p.id()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
