package org.trainlab.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Typed Python lists are read with numpy's int64/float64 choice, or refused with what and where. */
class PyNumbersTest {
    @Test
    void listsAndSquareMatricesAreRead() {
        NdArray v = PyNumbers.vector(" [-1, -2, 1, 2, ] ", 8).array();
        assertArrayEquals(new double[] {-1, -2, 1, 2}, v.values());
        assertTrue(v.integer());
        NdArray f = PyNumbers.vector("[1., 2e-1, .5]", 8).array();
        assertFalse(f.integer());
        assertArrayEquals(new double[] {1, 0.2, 0.5}, f.values());
        NdArray m = PyNumbers.squareMatrix("[[1, 2], [3, 4]]", 4).array();
        assertArrayEquals(new int[] {2, 2}, m.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4}, m.values());
    }

    private static List<Object> problem(PyNumbers.Parsed p) {
        assertFalse(p.ok());
        List<Object> out = new java.util.ArrayList<>();
        out.add(p.problem().key());
        out.addAll(List.of(p.problem().args()));
        return out;
    }

    @Test
    void badListsSayWhatAndWhere() {
        assertEquals(List.of("tensors.input.empty", 2), problem(PyNumbers.vector("[]", 8)));
        assertEquals(List.of("tensors.input.expected", "[", 1), problem(PyNumbers.vector("1, 2", 8)));
        assertEquals(List.of("tensors.input.notANumber", "two", 5), problem(PyNumbers.vector("[1, two]", 8)));
        assertEquals(List.of("tensors.input.extra", "x", 8), problem(PyNumbers.vector("[1, 2] x", 8)));
        assertEquals(List.of("tensors.input.tooLong", 3, 2), problem(PyNumbers.vector("[1, 2, 3]", 2)));
        assertEquals(List.of("tensors.input.tooLarge", "1e9", 2), problem(PyNumbers.vector("[1e9]", 8)));
        assertEquals(List.of("tensors.input.ragged", 2, 10), problem(PyNumbers.squareMatrix("[[1, 2], [3]]", 4)));
        assertEquals(List.of("tensors.input.notSquare", 1, 2, 4), problem(PyNumbers.squareMatrix("[[1, 2]]", 4)));
        assertEquals(List.of("tensors.input.notSquare", 5, 5, 4), problem(PyNumbers.squareMatrix(
                "[[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1]]", 4)));
    }
}
