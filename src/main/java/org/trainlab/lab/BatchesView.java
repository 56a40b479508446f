package org.trainlab.lab;

import java.util.List;

/**
 * What the mini-batch lesson shows: every batch the loader has handed out so far.
 *
 * @param batches in the order they came
 * @param batchesPerEpoch how many batches make one pass over the data
 * @param points the samples in the data set (x = 1..points)
 * @param shuffle whether the loader shuffles the samples at the start of each epoch
 */
public record BatchesView(List<Batch> batches, int batchesPerEpoch, int points, boolean shuffle)
        implements MetricSource {
    /** Nothing is trained: the batches are the picture. */
    @Override
    public List<Metric> metrics() {
        return List.of();
    }

    /** One batch: which epoch and step, and the samples it holds. */
    public record Batch(int epoch, int step, float[] x, float[] y) {
        /**
         * The tutorial's printed line for this batch, as Python's print shows numpy arrays:
         * {@code Epoch:  0 | Step:  0 | batch x:  [ 5.  7. 10.  3.  4.] | batch y:  [ 6.  4.  1.  8.  7.]}.
         */
        public String printed() {
            return "Epoch:  " + epoch + " | Step:  " + step + " | batch x:  " + numpy(x) + " | batch y:  " + numpy(y);
        }

        /** A float32 array as numpy prints it (whole numbers as "5.", right-aligned to the widest). */
        static String numpy(float[] values) {
            String[] items = new String[values.length];
            int width = 0;
            for (int i = 0; i < values.length; i++) {
                float v = values[i];
                items[i] = v == Math.rint(v) && Math.abs(v) < 1e16 ? (long) v + "." : Float.toString(v);
                width = Math.max(width, items[i].length());
            }
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < items.length; i++) {
                sb.append(i == 0 ? "" : " ").append(" ".repeat(width - items[i].length())).append(items[i]);
            }
            return sb.append(']').toString();
        }
    }
}
