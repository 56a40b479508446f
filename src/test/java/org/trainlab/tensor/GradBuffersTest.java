package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainlab.nn.CrossEntropyLoss;
import org.trainlab.nn.Linear;
import org.trainlab.nn.ReLU;
import org.trainlab.nn.Sequential;

/** Backward recycles the arrays of the gradients flowing through the graph, and nothing else. */
class GradBuffersTest {
    private static Sequential net(long seed) {
        Generator gen = new Generator(seed);
        return new Sequential(new Linear(2, 10, true, gen), new ReLU(), new Linear(10, 3, true, gen));
    }

    private static Tensor loss(Sequential net, Tensor x, Tensor labels) {
        return new CrossEntropyLoss().forward(net.forward(x), labels);
    }

    /** Classes 0, 1, 2, 0, 1, 2, … */
    private static Tensor labels(int n) {
        long[] classes = new long[n];
        for (int i = 0; i < n; i++) {
            classes[i] = i % 3;
        }
        return Tensor.ofLongs(classes, n);
    }

    private static List<float[]> grads(Sequential net) {
        List<float[]> out = new ArrayList<>();
        for (Tensor p : net.parameters()) {
            out.add(p.grad().toArray());
        }
        return out;
    }

    @Test
    void gradientsOfEarlierPassesStayWhatTheyWere() {
        Generator gen = new Generator(5);
        Tensor x1 = Tensor.randn(gen, 50, 2);
        Tensor x2 = Tensor.randn(gen, 50, 2);
        Tensor labels = labels(50);
        Sequential a = net(1);
        loss(a, x1, labels).backward();
        List<float[]> first = grads(a);
        // more passes of the same shapes, on another net and on this one, must leave these grads alone
        Sequential b = net(2);
        loss(b, x2, labels).backward();
        loss(b, x1, labels).backward();
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), a.parameters().get(i).grad().toArray());
        }
        // and accumulation adds the second pass's own gradient
        loss(a, x2, labels).backward();
        Sequential fresh = net(1);
        loss(fresh, x2, labels).backward();
        List<float[]> second = grads(fresh);
        for (int i = 0; i < first.size(); i++) {
            float[] sum = a.parameters().get(i).grad().toArray();
            for (int j = 0; j < sum.length; j++) {
                assertEquals(first.get(i)[j] + second.get(i)[j], sum[j], 1e-6);
            }
        }
    }

    @Test
    void thePassAfterHandsOutTheSameArraysInTheSameOrder() {
        GradBuffers.beginPass();
        float[] a = GradBuffers.floats(10);
        float[] b = GradBuffers.floats(20);
        GradBuffers.endPass();
        GradBuffers.beginPass();
        assertSame(a, GradBuffers.floats(10));
        assertSame(b, GradBuffers.floats(20));
        // a new size at a position replaces that array; the position after it is kept
        float[] c = GradBuffers.floats(30);
        assertNotSame(a, c);
        GradBuffers.endPass();
        GradBuffers.beginPass();
        assertSame(a, GradBuffers.floats(10));
        assertSame(b, GradBuffers.floats(20));
        assertSame(c, GradBuffers.floats(30));
        GradBuffers.endPass();
    }

    @Test
    void aPassInsideAPassNeverGetsTheOuterPassesArrays() {
        GradBuffers.beginPass();
        float[] outer = GradBuffers.floats(10);
        GradBuffers.beginPass();
        float[] inner = GradBuffers.floats(10);
        GradBuffers.endPass();
        float[] after = GradBuffers.floats(10);
        GradBuffers.endPass();
        assertNotSame(outer, inner);
        assertNotSame(outer, after);
        assertNotSame(inner, after);
    }

    @Test
    void outsideBackwardItIsAPlainZeroedArray() {
        float[] a = GradBuffers.floats(8);
        float[] b = GradBuffers.floats(8);
        assertTrue(a != b);
        assertArrayEquals(new float[8], a);
    }
}
