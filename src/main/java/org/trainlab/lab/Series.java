package org.trainlab.lab;

import java.util.Arrays;

/**
 * An append-only sequence of floats (a loss curve) that is cheap to snapshot: a snapshot shares the
 * array and fixes its length. Entries below a snapshot's length are never written again, and growth
 * copies into a new array, so a published snapshot stays immutable while the owner keeps appending.
 */
public final class Series {
    private float[] values;
    private int length;

    public Series() {
        values = new float[256];
    }

    /** Owner side: appends one value (training thread only). */
    public void add(float value) {
        if (length == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[length++] = value;
    }

    /** Owner side: forgets everything (reset). */
    public void clear() {
        values = new float[256];
        length = 0;
    }

    /** An immutable view of what has been appended so far. */
    public View view() {
        return new View(values, length);
    }

    /** A fixed prefix of a series; safe to read from any thread once published. */
    public static final class View {
        private final float[] values;
        private final int length;

        View(float[] values, int length) {
            this.values = values;
            this.length = length;
        }

        public static View of(float... values) {
            return new View(values.clone(), values.length);
        }

        public int size() {
            return length;
        }

        public float get(int i) {
            if (i < 0 || i >= length) {
                throw new IndexOutOfBoundsException("index " + i + " of a series of " + length);
            }
            return values[i];
        }

        public float last() {
            return length == 0 ? Float.NaN : values[length - 1];
        }

        /** Mean of the last {@code n} values (fewer if there are fewer). */
        public double meanOfLast(int n) {
            int from = Math.max(0, length - n);
            double sum = 0;
            for (int i = from; i < length; i++) {
                sum += values[i];
            }
            return length == from ? Double.NaN : sum / (length - from);
        }

        public float[] toArray() {
            return Arrays.copyOf(values, length);
        }
    }
}
