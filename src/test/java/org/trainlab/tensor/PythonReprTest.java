package org.trainlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonReprTest {
    @Test
    void floatsPrintAsPythonReprPrintsThem() {
        assertEquals("1e-05", PythonRepr.number(1e-5));
        assertEquals("0.0001", PythonRepr.number(1e-4));
        assertEquals("0.001", PythonRepr.number(0.001));
        assertEquals("0.1", PythonRepr.number(0.1));
        assertEquals("1.0", PythonRepr.number(1));
        assertEquals("-2.5", PythonRepr.number(-2.5));
        assertEquals("1.5e-07", PythonRepr.number(1.5e-7));
        assertEquals("1000000000000000.0", PythonRepr.number(1e15));
        assertEquals("1e+16", PythonRepr.number(1e16));
        assertEquals("123456.789", PythonRepr.number(123456.789));
        assertEquals("0.30000000000000004", PythonRepr.number(0.1 + 0.2));
        assertEquals("nan", PythonRepr.number(Double.NaN));
        assertEquals("-inf", PythonRepr.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void otherLiterals() {
        assertEquals("20", PythonRepr.intOrFloat(20));
        assertEquals("2.5", PythonRepr.intOrFloat(2.5));
        assertEquals("True", PythonRepr.bool(true));
        assertEquals("'tanh'", PythonRepr.string("tanh"));
        assertEquals("['a', 'b.c']", PythonRepr.list(List.of("a", "b.c")));
        assertEquals("(0.9, 0.999)", PythonRepr.value(List.of(0.9, 0.999)));
        assertEquals("None", PythonRepr.value(null));
        assertEquals("5e-324", PythonRepr.number(Double.MIN_VALUE));
    }
}
