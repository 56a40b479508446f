package org.trainlab.lab;

import java.util.List;
import java.util.Map;

/**
 * What the save-and-restore lesson shows: the data, the three nets' fits on a grid (net1 trained, net2
 * restored from the whole file, net3 rebuilt and given the parameters), and the two files' contents.
 */
public record SaveRestoreView(float[] x, float[] y, float[] gridX, float[] net1, float[] net2, float[] net3,
        FileContents whole, FileContents params, float loss, Series.View losses) implements MetricSource {
    /** One tensor in a file: its key, safetensors dtype, shape and size in bytes. */
    public record TensorEntry(String key, String dtype, int[] shape, long bytes) {
    }

    /** A file's name, size in bytes, tensors and metadata. */
    public record FileContents(String name, long size, List<TensorEntry> tensors, Map<String, String> metadata) {
    }

    /** The largest difference between net1's fit and net2's or net3's (0 when the files restore it exactly). */
    public double largestDifference() {
        double d = 0;
        for (int i = 0; i < net1.length; i++) {
            d = Math.max(d, Math.max(Math.abs(net1[i] - net2[i]), Math.abs(net1[i] - net3[i])));
        }
        return d;
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new Metric("loss", loss));
    }
}
