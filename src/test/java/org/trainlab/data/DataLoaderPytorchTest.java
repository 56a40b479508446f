package org.trainlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainlab.Golden;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * A shuffling DataLoader on PyTorch's generator against PyTorch 1.13's batch order (golden/random.json,
 * "loader"): three epochs after {@code torch.manual_seed(seed)}, then the next draws of the default generator
 * (and of the loader's own generator when it has one), so the seeds each epoch draws are checked too.
 */
class DataLoaderPytorchTest {
    private static final JsonNode FIXTURE = Golden.load("random.json");

    @Test
    void epochsAndDrawsMatchPytorch() {
        int cases = 0;
        for (JsonNode c : FIXTURE.get("loader")) {
            Generator defaults = Generator.pytorch(c.get("seed").asLong());
            int n = c.get("n").asInt();
            float[] index = new float[n];
            for (int i = 0; i < n; i++) {
                index[i] = i;
            }
            boolean shuffle = !c.has("shuffle") || c.get("shuffle").asBoolean();
            DataLoader loader = new DataLoader(new TensorDataset(Tensor.of(index)), c.get("batch").asInt())
                    .shuffle(shuffle).dropLast(c.get("drop_last").asBoolean()).defaultGenerator(defaults);
            Generator own = null;
            if (c.hasNonNull("generator_seed")) {
                own = Generator.pytorch(c.get("generator_seed").asLong());
                loader.generator(own);
            }
            String what = "seed " + c.get("seed") + ", n " + n;
            int epochs = c.has("epochs") ? c.get("epochs").size() : 1;
            for (int e = 0; e < epochs; e++) {
                List<int[]> batches = new ArrayList<>();
                for (Tensor[] batch : loader) {
                    float[] d = batch[0].data();
                    int[] b = new int[d.length];
                    for (int i = 0; i < d.length; i++) {
                        b[i] = (int) d[i];
                    }
                    batches.add(b);
                }
                if (c.has("epochs")) {
                    JsonNode expected = c.get("epochs").get(e);
                    assertEquals(expected.size(), batches.size(), what + " epoch " + e + ": batches");
                    for (int b = 0; b < batches.size(); b++) {
                        assertArrayEquals(ints(expected.get(b)), batches.get(b), what + " epoch " + e + " batch " + b);
                    }
                }
            }
            assertArrayEquals(floats(c.get("rand_after")), Tensor.rand(defaults, 3).data(), what + ": default after");
            if (own != null) {
                assertArrayEquals(floats(c.get("generator_rand_after")), Tensor.rand(own, 3).data(),
                        what + ": loader's generator after");
            }
            cases++;
        }
        assertEquals(5, cases);
    }

    private static int[] ints(JsonNode node) {
        int[] out = new int[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asInt();
        }
        return out;
    }

    private static float[] floats(JsonNode node) {
        float[] out = new float[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) node.get(i).asDouble();
        }
        return out;
    }
}
