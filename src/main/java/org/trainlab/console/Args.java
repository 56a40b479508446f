package org.trainlab.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arguments of one call: positional ones, then keywords, with readers that raise Python's TypeErrors. */
record Args(String function, List<Object> positional, Map<String, Object> keywords) {
    Args {
        positional = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(positional));
        keywords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
    }

    static Args of(String function, Object... positional) {
        return new Args(function, java.util.Arrays.asList(positional), Map.of());
    }

    int size() {
        return positional.size();
    }

    /** Refuses keywords other than {@code names} and more than {@code max} positional arguments. */
    Args accept(int max, String... names) {
        Set<String> allowed = Set.of(names);
        for (String k : keywords.keySet()) {
            if (!allowed.contains(k)) {
                throw PyError.type(function + "() got an unexpected keyword argument '" + k + "'");
            }
        }
        if (positional.size() > max) {
            throw PyError.type(function + "() takes " + (max == 0 ? "no" : "at most " + max) + " positional argument"
                    + (max == 1 ? "" : "s") + " (" + positional.size() + " given)");
        }
        return this;
    }

    boolean has(int index, String name) {
        return index >= 0 && index < positional.size() || name != null && keywords.containsKey(name);
    }

    /** The argument at {@code index} or named {@code name}, which must be there. */
    Object get(int index, String name) {
        if (index >= 0 && index < positional.size()) {
            if (name != null && keywords.containsKey(name)) {
                throw PyError.type(function + "() got multiple values for argument '" + name + "'");
            }
            return positional.get(index);
        }
        if (name != null && keywords.containsKey(name)) {
            return keywords.get(name);
        }
        throw PyError.type(function + "() missing required argument '" + (name == null ? "#" + (index + 1) : name)
                + "'");
    }

    Object get(int index, String name, Object otherwise) {
        return has(index, name) ? get(index, name) : otherwise;
    }

    long integer(int index, String name) {
        return Values.toLong(get(index, name), function);
    }

    long integer(int index, String name, long otherwise) {
        return has(index, name) ? integer(index, name) : otherwise;
    }

    double number(int index, String name) {
        return Values.toDouble(get(index, name), function);
    }

    double number(int index, String name, double otherwise) {
        return has(index, name) ? number(index, name) : otherwise;
    }

    boolean bool(int index, String name, boolean otherwise) {
        return has(index, name) ? Values.truthy(get(index, name)) : otherwise;
    }
}
