package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.trainlab.Golden;
import org.trainlab.nn.F;
import org.trainlab.nn.Linear;

/**
 * {@link Generator#pytorch} against PyTorch 1.13's own draws (golden/random.json, written by
 * tools/make_random_fixtures.py): every kind of draw bit for bit, except normal_ on 16 or more floats,
 * which PyTorch's AVX2 build computes with approximate log/sin/cos; those must stay within
 * {@link #FILL_NORMAL_ATOL} and the rest of the stream must stay exact.
 */
class RandomGoldenTest {
    /** The largest |difference| allowed between our and PyTorch's AVX2 normal_fill values. */
    static final double FILL_NORMAL_ATOL = 2e-6;

    private static final JsonNode FIXTURE = Golden.load("random.json");
    private static double worstFillAbs;
    private static long fillValues;
    private static long fillDiffering;

    @TestFactory
    Stream<DynamicTest> torchDrawsMatchPytorch() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : FIXTURE.get("torch")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> replay(c)));
        }
        return tests.stream();
    }

    @Test
    void manualSeedRestartsTheStreamAndForgetsTheKeptNormal() {
        Generator gen = Generator.pytorch(5);
        float[] first = Tensor.randn(gen, 1).data();
        Tensor.randn(gen, 1); // the kept sine half
        Tensor.randn(gen, 1); // keeps another
        gen.manualSeed(5);
        assertEquals(first[0], Tensor.randn(gen, 1).data()[0]);
        assertTrue(gen.isPytorch());
        assertFalse(new Generator(5).isPytorch());
    }

    @Test
    void onlyTheLow32BitsOfTheSeedCountAsInPytorch() {
        assertEquals(Generator.pytorch(7).random64(), Generator.pytorch((1L << 32) + 7).random64());
    }

    @Test
    void badArgumentsAreRefused() {
        Generator gen = Generator.pytorch(0);
        assertEquals("randint needs low < high, got [3, 3)",
                assertThrows(IllegalArgumentException.class, () -> gen.randint(3, 3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> gen.randperm(-1));
        assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(3).bernoulli_(1.5, gen));
    }

    private static void replay(JsonNode c) {
        Generator gen = Generator.pytorch(c.get("seed").asLong());
        for (JsonNode draw : c.get("draws")) {
            String op = draw.get("op").asText();
            JsonNode a = draw.get("args");
            float[] actual = draw(op, a, gen);
            JsonNode expected = draw.get("values");
            String what = c.get("name").asText() + " " + op + a;
            assertEquals(expected.size(), actual.length, what + ": count");
            boolean approximate = (op.startsWith("randn") || op.startsWith("normal")) && actual.length >= 16;
            for (int i = 0; i < actual.length; i++) {
                float e = (float) expected.get(i).asDouble();
                if (approximate) {
                    double diff = Math.abs((double) actual[i] - e);
                    recordFill(diff);
                    assertTrue(diff <= FILL_NORMAL_ATOL, what + ": element " + i + " is " + actual[i]
                            + ", PyTorch has " + e);
                } else if (Float.floatToIntBits(e) != Float.floatToIntBits(actual[i])) {
                    throw new AssertionError(what + ": element " + i + " is " + actual[i] + ", PyTorch has " + e);
                }
            }
        }
    }

    private static synchronized void recordFill(double diff) {
        fillValues++;
        if (diff != 0) {
            fillDiffering++;
        }
        worstFillAbs = Math.max(worstFillAbs, diff);
    }

    private static float[] draw(String op, JsonNode a, Generator gen) {
        int n = a.get(0).asInt();
        return switch (op) {
            case "rand" -> Tensor.rand(gen, n).data();
            case "uniform" -> Tensor.uniform(new int[] {n}, a.get(1).asDouble(), a.get(2).asDouble(), gen).data();
            case "randn" -> Tensor.randn(gen, n).data();
            case "normal" -> Tensor.normal(new int[] {n}, a.get(1).asDouble(), a.get(2).asDouble(), gen).data();
            case "normal_tensor_mean" -> Tensor.normal(Tensor.full(new int[] {n}, a.get(1).asDouble()),
                    a.get(2).asDouble(), gen).data();
            case "normal_tensors" -> Tensor.normal(Tensor.full(new int[] {n}, a.get(1).asDouble()),
                    Tensor.full(new int[] {n}, a.get(2).asDouble()), gen).data();
            case "randint" -> Tensor.randint(a.get(1).asLong(), a.get(2).asLong(), new int[] {n}, gen).data();
            case "randperm" -> Tensor.randperm(n, gen).data();
            case "bernoulli" -> Tensor.zeros(n).bernoulli_(a.get(1).asDouble(), gen).data();
            case "dropout" -> F.dropout(Tensor.ones(n), a.get(1).asDouble(), true, gen).data();
            case "linear" -> linear(n, a.get(1).asInt(), gen);
            default -> throw new IllegalArgumentException("unknown draw " + op);
        };
    }

    /** nn.Linear(in, out)'s weight then bias, as {@code torch.cat([p.reshape(-1) for p in parameters()])}. */
    private static float[] linear(int in, int out, Generator gen) {
        Linear layer = new Linear(in, out, true, gen);
        List<Tensor> ps = layer.parameters();
        float[] all = new float[ps.stream().mapToInt(Tensor::numel).sum()];
        int k = 0;
        for (Tensor p : ps) {
            System.arraycopy(p.data(), 0, all, k, p.numel());
            k += p.numel();
        }
        return all;
    }

    @AfterAll
    static void report() {
        System.out.printf("random.json normal_fill (>= 16 floats) vs PyTorch AVX2: %d of %d values differ,"
                + " largest |diff| %.3g%n", fillDiffering, fillValues, worstFillAbs);
    }
}
