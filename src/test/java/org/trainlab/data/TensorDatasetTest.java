package org.trainlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Tensor;

class TensorDatasetTest {
    private final Tensor x = Tensor.arange(0, 12, 1).reshape(6, 2);
    private final Tensor labels = Tensor.ofLongs(new long[] {0, 1, 2, 0, 1, 2}, 6);

    @Test
    void sampleIsTheRowOfEachTensor() {
        TensorDataset ds = new TensorDataset(x, labels);
        assertEquals(6, ds.size());
        Tensor[] s = ds.get(4);
        assertArrayEquals(new float[] {8f, 9f}, s[0].toArray());
        assertEquals(0, s[1].dim());
        assertEquals(1f, s[1].item());
        assertEquals(DType.INT64, s[1].dtype());
    }

    @Test
    void batchGathersRowsAndKeepsInt64() {
        Tensor[] b = new TensorDataset(x, labels).getBatch(new int[] {5, 0, 3});
        assertArrayEquals(new int[] {3, 2}, b[0].shape());
        assertArrayEquals(new float[] {10f, 11f, 0f, 1f, 6f, 7f}, b[0].toArray());
        assertArrayEquals(new int[] {3}, b[1].shape());
        assertEquals(DType.INT64, b[1].dtype());
        assertArrayEquals(new float[] {2f, 0f, 0f}, b[1].toArray());
    }

    @Test
    void defaultCollationStacksSamplesLikeTheGatherFastPath() {
        TensorDataset fast = new TensorDataset(x, labels);
        Dataset generic = new Dataset() {
            @Override
            public int size() {
                return fast.size();
            }

            @Override
            public Tensor[] get(int index) {
                return fast.get(index);
            }
        };
        int[] idx = {2, 4, 1};
        Tensor[] a = generic.getBatch(idx);
        Tensor[] b = fast.getBatch(idx);
        for (int f = 0; f < 2; f++) {
            assertArrayEquals(b[f].shape(), a[f].shape());
            assertEquals(b[f].dtype(), a[f].dtype());
            assertArrayEquals(b[f].toArray(), a[f].toArray());
        }
    }

    @Test
    void tensorsMustHaveTheSameNumberOfRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TensorDataset(x, Tensor.zeros(5)));
        assertTrue(e.getMessage().startsWith("Size mismatch between tensors"), e.getMessage());
    }
}
