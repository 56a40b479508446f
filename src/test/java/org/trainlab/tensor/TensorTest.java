package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainlab.Golden;

/** Factories, the tutorial's numpy-bridge lesson, and the messages bad input gets. */
class TensorTest {
    @Test
    void linspaceIsBitIdenticalToPyTorch() {
        JsonNode fixture = Golden.load("regression.json");
        Tensor x = Tensor.linspace(-1, 1, 100).unsqueeze(1);
        Golden.assertClose(Golden.tensor(fixture.get("x")), x, 0, 0, "factories", "linspace(-1, 1, 100)");
    }

    @Test
    void factoriesHaveTheirShapesAndValues() {
        assertArrayEquals(new float[] {0, 0, 0, 0}, Tensor.zeros(2, 2).toArray());
        assertArrayEquals(new float[] {1, 1, 1}, Tensor.ones(3).toArray());
        assertArrayEquals(new float[] {7, 7}, Tensor.full(new int[] {2}, 7).toArray());
        assertArrayEquals(new float[] {0, 1, 2, 3}, Tensor.arange(4).toArray());
        assertArrayEquals(new float[] {1, 1.5f, 2, 2.5f}, Tensor.arange(1, 3, 0.5).toArray());
        assertArrayEquals(new float[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, Tensor.eye(3).toArray());
        assertEquals(0, Tensor.scalar(2).dim());
        assertEquals(2f, Tensor.scalar(2).item());
    }

    @Test
    void seededGeneratorsAreReproducible() {
        assertArrayEquals(Tensor.randn(new Generator(7), 5).toArray(), Tensor.randn(new Generator(7), 5).toArray());
        assertNotEquals(Tensor.randn(new Generator(7), 5).get(0), Tensor.randn(new Generator(8), 5).get(0));
        Generator.seed(1);
        float first = Tensor.rand(3).get(0);
        Generator.seed(1);
        assertEquals(first, Tensor.rand(3).get(0));
    }

    @Test
    void randomFactoriesHaveTheRightMoments() {
        Tensor n = Tensor.normal(new int[] {20000}, 2, 3, new Generator(1));
        assertEquals(2, n.mean().item(), 0.1);
        assertEquals(3, n.sub(n.mean()).pow(2).mean().sqrt().item(), 0.1);
        Tensor u = Tensor.uniform(new int[] {20000}, -1, 3, new Generator(2));
        assertTrue(u.min().item() >= -1 && u.max().item() < 3);
        assertEquals(1, u.mean().item(), 0.05);
    }

    @Test
    void tutorialMatmulVersusDot() {
        Tensor t = Tensor.of(new float[][] {{1, 2}, {3, 4}});
        assertArrayEquals(new float[] {7, 10, 15, 22}, t.mm(t).toArray());
        assertArrayEquals(new float[] {7, 10, 15, 22}, t.matmul(t).toArray());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.dot(t));
        assertTrue(e.getMessage().startsWith("dot: 1D tensors expected, but got 2D and 2D tensors"), e.getMessage());
        assertTrue(e.getMessage().contains("mm or matmul"), e.getMessage());
        assertEquals(30f, t.flatten().dot(t.flatten()).item());
    }

    @Test
    void shapeErrorsNameTheOpAndShapes() {
        Tensor a = Tensor.zeros(2, 3);
        assertEquals("matmul: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)",
                assertThrows(IllegalArgumentException.class, () -> a.mm(a)).getMessage());
        assertEquals("add: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1 "
                + "(shapes [2, 3] and [4])", assertThrows(IllegalArgumentException.class,
                        () -> a.add(Tensor.zeros(4))).getMessage());
        assertEquals("view: shape '[4, 2]' is invalid for input of size 6",
                assertThrows(IllegalArgumentException.class, () -> a.view(4, 2)).getMessage());
        assertEquals("Dimension out of range (expected to be in range of [-2, 1], but got 2)",
                assertThrows(IndexOutOfBoundsException.class, () -> a.sum(2)).getMessage());
        assertEquals("index 5 is out of bounds for dimension 0 with size 2",
                assertThrows(IndexOutOfBoundsException.class, () -> a.select(0, 5)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Tensor.cat(List.of(a, Tensor.zeros(2, 4)), 0))
                .getMessage().startsWith("cat: Sizes of tensors must match except in dimension 0"));
        assertTrue(assertThrows(IllegalStateException.class, a::item).getMessage()
                .startsWith("a Tensor with 6 elements cannot be converted to Scalar"));
    }

    @Test
    void int64TensorsCannotRequireGrad() {
        Tensor labels = Tensor.ofLongs(0, 1, 1);
        assertEquals(DType.INT64, labels.dtype());
        assertEquals("tensor([0, 1, 1])", labels.toString());
        assertThrows(IllegalStateException.class, labels::requiresGrad_);
    }

    @Test
    void viewsShareStorage() {
        Tensor x = Tensor.arange(6);
        Tensor v = x.view(2, 3);
        assertEquals(x.data(), v.data());
        assertEquals(5f, v.get(1, 2));
        assertEquals(5f, v.get(-1, -1));
        Tensor t = v.t();
        assertArrayEquals(new int[] {3, 2}, t.shape());
        assertEquals(3f, t.get(0, 1));
    }

    @Test
    void stackKeepsInt64() {
        Tensor s = Tensor.stack(List.of(Tensor.ofLongs(1, 2), Tensor.ofLongs(3, 4)), 0);
        assertEquals(DType.INT64, s.dtype());
        assertEquals("tensor([[1, 2],\n        [3, 4]])", s.toString());
    }
}
