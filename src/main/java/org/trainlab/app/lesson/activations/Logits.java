package org.trainlab.app.lesson.activations;

import java.util.Arrays;

/**
 * The vector softmax turns into probabilities, as the learner types it: numbers separated by commas or
 * spaces, with or without the brackets of a Python list ({@code [1.0, 2.0, 3.0]}). Reading it either gives
 * the values or says what is wrong and where.
 */
public record Logits(float[] values) {
    public static final int MAX = 12;
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    public static final Logits DEFAULT = new Logits(new float[] {1f, 2f, 3f, 0.5f});

    /** What was wrong with a typed vector: a message key and its arguments. */
    public record Problem(String key, Object... args) {
    }

    /** The values, or why the text is not a vector softmax can take. */
    public record Parsed(Logits logits, Problem problem) {
        public boolean ok() {
            return logits != null;
        }
    }

    public static Parsed parse(String text) {
        String s = text.strip();
        if (s.startsWith("[")) {
            s = s.substring(1);
        }
        if (s.endsWith("]")) {
            s = s.substring(0, s.length() - 1);
        }
        String[] parts = s.strip().isEmpty() ? new String[0] : s.strip().split("\\s*[,\\s]\\s*");
        if (parts.length == 0) {
            return new Parsed(null, new Problem("activations.logits.empty"));
        }
        if (parts.length > MAX) {
            return new Parsed(null, new Problem("activations.logits.tooMany", parts.length, MAX));
        }
        float[] v = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = NUMBER.matcher(parts[i]).matches() ? Float.parseFloat(parts[i]) : Float.NaN;
            if (!Float.isFinite(v[i])) {
                return new Parsed(null, new Problem("activations.logits.notANumber", parts[i], i + 1));
            }
        }
        return new Parsed(new Logits(v), null);
    }

    /** As a Python list: {@code [1.0, 2.0, 3.0, 0.5]}. */
    public String python() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ", ").append(org.trainlab.lab.PyProgram.f32(values[i]));
        }
        return b.append(']').toString();
    }

    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logits l && Arrays.equals(values, l.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return python();
    }
}
