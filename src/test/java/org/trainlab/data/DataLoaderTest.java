package org.trainlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

class DataLoaderTest {

    private static TensorDataset numbered(int n) {
        Tensor x = Tensor.arange(0, n, 1);
        Tensor y = Tensor.arange(0, n, 1).mul(10);
        return new TensorDataset(x, y);
    }

    /** The x values of every batch of one epoch. */
    private static List<float[]> epoch(Iterable<Tensor[]> loader) {
        List<float[]> out = new ArrayList<>();
        for (Tensor[] batch : loader) {
            out.add(batch[0].toArray());
        }
        return out;
    }

    private static float[] flat(List<float[]> batches) {
        int n = batches.stream().mapToInt(b -> b.length).sum();
        float[] all = new float[n];
        int i = 0;
        for (float[] b : batches) {
            System.arraycopy(b, 0, all, i, b.length);
            i += b.length;
        }
        return all;
    }

    private static List<Thread> liveWorkers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().matches("DataLoader-\\d+-worker-\\d+"))
                .toList();
    }

    @AfterEach
    void noWorkerOutlivesATest() {
        assertEquals(List.of(), liveWorkers());
    }

    @Test
    void batchesCoverTheDatasetOnceInOrder() {
        DataLoader loader = new DataLoader(numbered(10), 3);
        assertEquals(4, loader.size());
        List<float[]> batches = epoch(loader);
        assertEquals(List.of(3, 3, 3, 1), batches.stream().map(b -> b.length).toList());
        assertArrayEquals(Tensor.arange(0, 10, 1).toArray(), flat(batches));
    }

    @Test
    void dropLastDropsTheShortBatch() {
        DataLoader loader = new DataLoader(numbered(10), 3).dropLast(true);
        assertEquals(3, loader.size());
        List<float[]> batches = epoch(loader);
        assertEquals(List.of(3, 3, 3), batches.stream().map(b -> b.length).toList());
    }

    @Test
    void defaultBatchSizeIsOne() {
        DataLoader loader = new DataLoader(numbered(4));
        assertEquals(4, loader.size());
        Tensor[] first = loader.iterator().next();
        assertArrayEquals(new int[] {1}, first[0].shape());
    }

    @Test
    void shuffleIsReproducibleBySeedAndNewEveryEpoch() {
        DataLoader a = new DataLoader(numbered(20), 4).shuffle(true).generator(new Generator(7));
        DataLoader b = new DataLoader(numbered(20), 4).shuffle(true).generator(new Generator(7));
        float[] a1 = flat(epoch(a));
        float[] a2 = flat(epoch(a));
        assertArrayEquals(a1, flat(epoch(b)));
        assertArrayEquals(a2, flat(epoch(b)));
        assertFalse(Arrays.equals(a1, a2), "two epochs had the same order");
        assertFalse(Arrays.equals(a1, Tensor.arange(0, 20, 1).toArray()), "shuffle kept the original order");
        float[] sorted = a2.clone();
        Arrays.sort(sorted);
        assertArrayEquals(Tensor.arange(0, 20, 1).toArray(), sorted);
    }

    @Test
    void shuffledPairsStayAligned() {
        // The tutorial's batch lesson: x = 1..10, y = 10..1, so x + y = 11 in every shuffled pair.
        Tensor x = Tensor.linspace(1, 10, 10);
        Tensor y = Tensor.linspace(10, 1, 10);
        DataLoader loader = new DataLoader(new TensorDataset(x, y), 5).shuffle(true).generator(new Generator(3));
        List<float[]> seen = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            List<float[]> xs = new ArrayList<>();
            for (Tensor[] batch : loader) {
                assertArrayEquals(new int[] {5}, batch[0].shape());
                float[] bx = batch[0].toArray();
                float[] by = batch[1].toArray();
                for (int i = 0; i < 5; i++) {
                    assertEquals(11f, bx[i] + by[i]);
                }
                xs.add(bx);
            }
            float[] all = flat(xs);
            seen.add(all.clone());
            Arrays.sort(all);
            assertArrayEquals(x.toArray(), all);
        }
        assertFalse(Arrays.equals(seen.get(0), seen.get(1)) && Arrays.equals(seen.get(1), seen.get(2)));
    }

    @Test
    void int64LabelsStayInt64() {
        Tensor feats = Tensor.zeros(6, 2);
        Tensor labels = Tensor.ofLongs(new long[] {0, 1, 2, 0, 1, 2}, 6);
        Tensor[] batch = new DataLoader(new TensorDataset(feats, labels), 4).iterator().next();
        assertEquals(DType.INT64, batch[1].dtype());
        assertArrayEquals(new int[] {4, 2}, batch[0].shape());
    }

    @Test
    void workersYieldTheSameBatchesAsTheConsumingThread() {
        TensorDataset ds = new TensorDataset(Tensor.randn(new Generator(1), 103, 3),
                Tensor.ofLongs(new long[103], 103));
        DataLoader inline = new DataLoader(ds, 4).shuffle(true).generator(new Generator(11));
        DataLoader threaded = new DataLoader(ds, 4).shuffle(true).generator(new Generator(11)).numWorkers(2);
        for (int e = 0; e < 3; e++) {
            List<Tensor[]> expected = new ArrayList<>();
            inline.forEach(expected::add);
            List<Tensor[]> got = new ArrayList<>();
            threaded.forEach(got::add);
            assertEquals(expected.size(), got.size());
            for (int b = 0; b < got.size(); b++) {
                for (int f = 0; f < 2; f++) {
                    assertArrayEquals(expected.get(b)[f].shape(), got.get(b)[f].shape());
                    assertEquals(expected.get(b)[f].dtype(), got.get(b)[f].dtype());
                    assertArrayEquals(expected.get(b)[f].toArray(), got.get(b)[f].toArray(), "epoch " + e + " batch " + b);
                }
            }
        }
    }

    @Test
    void aWorkerExceptionSurfacesInTheConsumerAtThatBatch() {
        TensorDataset inner = numbered(10);
        Dataset failing = new Dataset() {
            @Override
            public int size() {
                return inner.size();
            }

            @Override
            public Tensor[] get(int index) {
                if (index == 7) {
                    throw new IllegalStateException("sample 7 is corrupt");
                }
                return inner.get(index);
            }
        };
        BatchIterator it = new DataLoader(failing, 2).numWorkers(2).iterator();
        assertArrayEquals(new float[] {0f, 1f}, it.next()[0].toArray());
        assertArrayEquals(new float[] {2f, 3f}, it.next()[0].toArray());
        assertArrayEquals(new float[] {4f, 5f}, it.next()[0].toArray());
        RuntimeException e = assertThrows(RuntimeException.class, it::next);
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(e.getMessage().startsWith("Caught IllegalStateException in DataLoader worker thread DataLoader-"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("while loading batch 3: sample 7 is corrupt"), e.getMessage());
        assertFalse(it.hasNext());
    }

    @Test
    void closingAnAbandonedEpochStopsItsWorkers() {
        TensorDataset inner = numbered(20);
        CountDownLatch never = new CountDownLatch(1);
        Dataset slow = new Dataset() {
            @Override
            public int size() {
                return inner.size();
            }

            @Override
            public Tensor[] get(int index) {
                if (index >= 4) {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException("interrupted", e);
                    }
                }
                return inner.get(index);
            }
        };
        try (BatchIterator it = new DataLoader(slow, 2).numWorkers(2).iterator()) {
            it.next();
            it.next();
            // The workers are now stuck loading batches 2 and 3.
            assertEquals(2, liveWorkers().size());
        }
        assertEquals(List.of(), liveWorkers());
    }

    @Test
    void exhaustedIteratorIsDone() {
        BatchIterator it = new DataLoader(numbered(3), 2).numWorkers(1).iterator();
        it.next();
        it.next();
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
        it.close();
    }

    @Test
    void invalidSettings() {
        TensorDataset ds = numbered(3);
        assertEquals("batch_size should be a positive integer value, but got batch_size=0",
                assertThrows(IllegalArgumentException.class, () -> new DataLoader(ds, 0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DataLoader(ds).numWorkers(-1))
                .getMessage().startsWith("num_workers option should be non-negative"));
    }

    @Test
    void emptyDatasetHasNoBatches() {
        DataLoader loader = new DataLoader(new TensorDataset(Tensor.zeros(0, 2)), 4).numWorkers(2);
        assertEquals(0, loader.size());
        assertFalse(loader.iterator().hasNext());
    }
}
