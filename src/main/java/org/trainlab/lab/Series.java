package org.trainlab.lab;

import java.util.Arrays;

/**
 * An append-only sequence of floats (a loss curve) that is cheap to snapshot: a snapshot shares the
 * array and fixes its length. Entries below a snapshot's length are never written again, and growth
 * copies into a new array, so a published snapshot stays immutable while the owner keeps appending.
 * The owner also keeps the minimum and maximum finite value of every block of {@value #BLOCK}, so a
 * chart can find the range of a million points without reading them all.
 */
public final class Series {
    static final int BLOCK = 64;
    private float[] values;
    private float[] blockMin;
    private float[] blockMax;
    private int length;

    public Series() {
        clear();
    }

    /** Owner side: appends one value (training thread only). */
    public void add(float value) {
        if (length == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
            blockMin = Arrays.copyOf(blockMin, values.length / BLOCK);
            blockMax = Arrays.copyOf(blockMax, values.length / BLOCK);
        }
        int b = length / BLOCK;
        if (length % BLOCK == 0) {
            blockMin[b] = Float.POSITIVE_INFINITY;
            blockMax[b] = Float.NEGATIVE_INFINITY;
        }
        if (Float.isFinite(value)) {
            blockMin[b] = Math.min(blockMin[b], value);
            blockMax[b] = Math.max(blockMax[b], value);
        }
        values[length++] = value;
    }

    /** Owner side: forgets everything (reset). */
    public void clear() {
        values = new float[256];
        blockMin = new float[256 / BLOCK];
        blockMax = new float[256 / BLOCK];
        length = 0;
    }

    /** An immutable view of what has been appended so far. */
    public View view() {
        return new View(values, length, blockMin, blockMax);
    }

    /** A fixed prefix of a series; safe to read from any thread once published. */
    public static final class View {
        private final float[] values;
        private final int length;
        // summaries of the blocks that were complete when the view was taken (those never change)
        private final float[] blockMin;
        private final float[] blockMax;

        View(float[] values, int length, float[] blockMin, float[] blockMax) {
            this.values = values;
            this.length = length;
            this.blockMin = blockMin;
            this.blockMax = blockMax;
        }

        public static View of(float... values) {
            Series s = new Series();
            for (float v : values) {
                s.add(v);
            }
            return s.view();
        }

        /**
         * The smallest and largest finite values among entries [from, to), as {min, max}; {+inf, -inf}
         * when there are none. Whole blocks are read from their summaries.
         */
        public float[] range(int from, int to) {
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            int i = Math.max(0, from);
            int end = Math.min(to, length);
            int completeEnd = length / BLOCK * BLOCK;
            while (i < end) {
                if (i % BLOCK == 0 && i + BLOCK <= end && i + BLOCK <= completeEnd) {
                    lo = Math.min(lo, blockMin[i / BLOCK]);
                    hi = Math.max(hi, blockMax[i / BLOCK]);
                    i += BLOCK;
                } else {
                    float v = values[i++];
                    if (Float.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            return new float[] {lo, hi};
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
