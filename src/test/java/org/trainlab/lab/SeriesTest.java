package org.trainlab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The loss-curve store: snapshots stay fixed while the owner appends, and ranges match a plain scan. */
class SeriesTest {
    @Test
    void aViewDoesNotChangeWhenTheOwnerAppends() {
        Series s = new Series();
        for (int i = 0; i < 100; i++) {
            s.add(i);
        }
        Series.View v = s.view();
        float[] before = v.toArray();
        float[] rangeBefore = v.range(0, 100);
        for (int i = 0; i < 10_000; i++) {
            s.add(-i);
        }
        assertEquals(100, v.size());
        assertArrayEquals(before, v.toArray());
        assertArrayEquals(rangeBefore, v.range(0, 100));
        assertArrayEquals(new float[] {0, 99}, rangeBefore);
    }

    @Test
    void rangesFromBlockSummariesMatchAPlainScan() {
        Random rnd = new Random(3);
        Series s = new Series();
        for (int i = 0; i < 5000; i++) {
            int kind = rnd.nextInt(50);
            s.add(kind == 0 ? Float.NaN : kind == 1 ? Float.POSITIVE_INFINITY : (float) rnd.nextGaussian());
            if (i % 97 == 0) {
                Series.View v = s.view();
                for (int t = 0; t < 20; t++) {
                    int from = rnd.nextInt(v.size());
                    int to = from + rnd.nextInt(v.size() - from + 1);
                    float lo = Float.POSITIVE_INFINITY;
                    float hi = Float.NEGATIVE_INFINITY;
                    for (int j = from; j < to; j++) {
                        float f = v.get(j);
                        if (Float.isFinite(f)) {
                            lo = Math.min(lo, f);
                            hi = Math.max(hi, f);
                        }
                    }
                    assertArrayEquals(new float[] {lo, hi}, v.range(from, to), "range " + from + ".." + to);
                }
            }
        }
    }
}
