package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.trainlab.Golden;

/** {@link RandomState} against numpy's legacy streams (golden/random.json), bit for bit. */
class RandomStateTest {
    private static final JsonNode FIXTURE = Golden.load("random.json");

    @Test
    void streamsMatchNumpyBitForBit() {
        int cases = 0;
        for (JsonNode c : FIXTURE.get("numpy")) {
            long seed = c.get("seed").asLong();
            RandomState rs = new RandomState(seed);
            same(c.get("uniform"), rs.uniform(-1.0, 1.0, c.get("uniform").size()), seed + " uniform");
            same(c.get("randn"), rs.randn(c.get("randn").size()), seed + " randn");
            same(c.get("randn_one"), new double[] {rs.randn()}, seed + " randn()");
            same(c.get("rand"), rs.rand(c.get("rand").size()), seed + " rand");
            same(c.get("randn_tail"), rs.randn(c.get("randn_tail").size()), seed + " randn tail");
            cases++;
        }
        assertEquals(4, cases);
    }

    @Test
    void reseedingRestartsTheStreamAndForgetsTheKeptGaussian() {
        RandomState rs = new RandomState(7);
        double first = rs.randn();
        rs.randn(1); // leaves nothing kept
        rs.randn();  // keeps one
        rs.seed(7);
        assertEquals(first, rs.randn());
    }

    @Test
    void seedsOutsideNumpysRangeAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RandomState(-1));
        assertEquals("numpy's seed must be between 0 and 2**32 - 1, got -1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RandomState(1L << 32));
    }

    private static void same(JsonNode expected, double[] actual, String what) {
        assertEquals(expected.size(), actual.length, what + ": count");
        for (int i = 0; i < actual.length; i++) {
            double e = expected.get(i).asDouble();
            if (Double.doubleToLongBits(e) != Double.doubleToLongBits(actual[i])) {
                throw new AssertionError(what + ": element " + i + " is " + actual[i] + ", numpy has " + e);
            }
        }
    }
}
