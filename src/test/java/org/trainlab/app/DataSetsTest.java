package org.trainlab.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.trainlab.Golden;
import org.trainlab.data.ClassificationData;
import org.trainlab.lab.DataCode;
import org.trainlab.lab.DataOrigin;
import org.trainlab.tensor.Tensor;

/**
 * The app's train/test split is the one the Classification lesson's program makes: the held-out rows equal
 * {@code test_idx} as PyTorch computes it from the program's data lines (golden/splits.json, made by
 * tools/make_split_fixtures.py).
 */
class DataSetsTest {
    private static final JsonNode FIXTURE = Golden.load("splits.json");

    @Test
    void heldOutRowsAreTheProgramsForEveryKindOfSet() {
        int cases = 0;
        for (JsonNode c : FIXTURE.get("cases")) {
            long seed = c.get("seed").asLong();
            double fraction = c.get("test_fraction").asDouble();
            ClassificationData all;
            DataOrigin origin;
            if (c.get("shape").asText().equals("file")) {
                all = numbered(c.get("rows").asInt());
                origin = new DataOrigin.File("points.csv");
            } else {
                ClassificationData.Shape shape = ClassificationData.Shape.parse(c.get("shape").asText());
                int classes = c.get("classes").asInt();
                int perClass = c.get("per_class").asInt();
                double noise = c.get("noise").asDouble();
                all = ClassificationData.generate(shape, classes, perClass, noise, seed);
                origin = new DataOrigin.ClassificationGenerator(shape, classes, perClass, noise, seed);
                float[] x = all.x().toArray(); // normal_ on 16 or more values: PyTorch's AVX2 kernel, within 2e-6
                assertEquals(c.get("first_point").get(0).asDouble(), x[0], 1e-5, c.get("name") + ": the same points");
                assertEquals(c.get("first_point").get(1).asDouble(), x[1], 1e-5, c.get("name") + ": the same points");
            }
            int[] expected = ints(c.get("test_idx"));
            DataSets sets = new DataSets();
            sets.setClassification(all, origin, fraction, seed);
            assertArrayEquals(expected, rowsOf(all, sets.classification().test()), c.get("name") + ": the app's split");
            // the run and its program split the set alike whatever the run's seed
            assertArrayEquals(expected, rowsOf(all, DataCode.heldOut(seed + 98, origin, all, fraction, seed).split()
                    .test()), c.get("name") + ": the run's split with another run seed");
            cases++;
        }
        assertEquals(5, cases);
    }

    @Test
    void theTutorialSetIsSplitAsItsProgramSplitsIt() {
        JsonNode tutorial = FIXTURE.get("cases").get(0);
        assertEquals("tutorial", tutorial.get("name").asText());
        DataSets sets = new DataSets();
        assertArrayEquals(ints(tutorial.get("test_idx")), rowsOf(sets.classificationAll(), sets.classification().test()));
    }

    /** A set whose row i is the point (i, −i), so a row tells its number. */
    private static ClassificationData numbered(int n) {
        float[] x = new float[2 * n];
        long[] labels = new long[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = i;
            x[2 * i + 1] = -i;
            labels[i] = i % 2;
        }
        return new ClassificationData(new Tensor(x, n, 2), Tensor.ofLongs(labels, n), 2);
    }

    /** The row numbers in {@code all} of {@code part}'s points, in part's order. */
    private static int[] rowsOf(ClassificationData all, ClassificationData part) {
        float[] a = all.x().toArray();
        float[] p = part.x().toArray();
        int[] rows = new int[p.length / 2];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = -1;
            for (int i = 0; i < a.length / 2; i++) {
                if (a[2 * i] == p[2 * r] && a[2 * i + 1] == p[2 * r + 1]) {
                    rows[r] = i;
                    break;
                }
            }
        }
        return rows;
    }

    private static int[] ints(JsonNode values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).asInt();
        }
        return out;
    }
}
