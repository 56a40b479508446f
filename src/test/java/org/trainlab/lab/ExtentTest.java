package org.trainlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExtentTest {
    @Test
    void theRangeOfTheFiniteValues() {
        Extent e = Extent.of(new float[] {3, Float.NaN, -2, Float.POSITIVE_INFINITY, 5});
        assertEquals(-2, e.min());
        assertEquals(5, e.max());
        assertTrue(Extent.of(new float[] {Float.NaN}).isEmpty());
        assertTrue(Extent.of(new float[0]).isEmpty());
    }

    @Test
    void oneColumnOfInterleavedPoints() {
        float[] xy = {1, 10, -4, 20, 2, -30};
        assertEquals(new Extent(-4, 2), Extent.of(xy, 0, 2));
        assertEquals(new Extent(-30, 20), Extent.of(xy, 1, 2));
    }

    @Test
    void unionAndPadding() {
        Extent e = Extent.EMPTY.union(new Extent(0, 10)).union(new Extent(-5, 1));
        assertEquals(new Extent(-5, 10), e);
        assertEquals(new Extent(-6.5, 11.5), e.padded(0.1, 0.5));
        assertEquals(new Extent(0.5, 1.5), new Extent(1, 1).padded(0.1, 0.5), "a single value still gets room");
    }
}
