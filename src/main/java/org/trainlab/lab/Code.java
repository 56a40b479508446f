package org.trainlab.lab;

import java.math.BigDecimal;

/** Small helpers for writing PyTorch source text. */
final class Code {
    private Code() {
    }

    /** A number as a Python literal, shortest form: 0.2, 1e-05, 200. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) < 1e-3) {
            return Double.toString(v).replace("E", "e");
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
