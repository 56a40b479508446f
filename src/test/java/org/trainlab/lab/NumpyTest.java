package org.trainlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.trainlab.Golden;
import org.trainlab.tensor.RandomState;

/** {@link Numpy} and {@link RandomState#randint} against numpy 1.24 (golden/numpy.json), bit for bit. */
class NumpyTest {
    private static final JsonNode FIXTURE = Golden.load("numpy.json");

    @Test
    void linspaceIsNumpysInDoubles() {
        int cases = 0;
        for (JsonNode c : FIXTURE.get("linspace")) {
            double[] got = Numpy.linspace(c.get("start").asDouble(), c.get("stop").asDouble(), c.get("num").asInt());
            JsonNode want = c.get("values");
            assertEquals(want.size(), got.length);
            for (int i = 0; i < got.length; i++) {
                assertEquals(want.get(i).asDouble(), got[i], 0.0, c + " element " + i);
            }
            cases++;
        }
        assertEquals(8, cases);
        assertThrows(IllegalArgumentException.class, () -> Numpy.linspace(0, 1, -1));
    }

    @Test
    void float32SineAndCosineAreNumpysKernels() {
        JsonNode t = FIXTURE.get("trig");
        JsonNode x = t.get("x");
        assertEquals(2947, x.size());
        for (int i = 0; i < x.size(); i++) {
            float v = (float) x.get(i).asDouble();
            assertEquals(Float.floatToIntBits((float) t.get("sin").get(i).asDouble()),
                    Float.floatToIntBits(Numpy.sin(v)), "sin(" + v + ")");
            assertEquals(Float.floatToIntBits((float) t.get("cos").get(i).asDouble()),
                    Float.floatToIntBits(Numpy.cos(v)), "cos(" + v + ")");
        }
    }

    @Test
    void randintDrawsWhatNumpyDraws() {
        int cases = 0;
        for (JsonNode c : FIXTURE.get("randint")) {
            RandomState rs = new RandomState(c.get("seed").asLong());
            long low = c.get("low").asLong();
            long high = c.get("high").asLong();
            for (JsonNode d : c.get("draws")) {
                assertEquals(d.asLong(), rs.randint(low, high), c.get("seed") + " randint(" + low + ", " + high + ")");
            }
            double[] then = rs.rand(3);
            for (int i = 0; i < 3; i++) {
                assertEquals(c.get("then_rand").get(i).asDouble(), then[i], 0.0, "the stream after randint");
            }
            cases++;
        }
        assertEquals(32, cases);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RandomState(1).randint(3, 3));
        assertEquals("randint: low >= high (3 >= 3)", e.getMessage());
    }
}
