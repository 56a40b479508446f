package org.trainlab.tensor;

import java.math.BigDecimal;
import java.util.List;

/**
 * Python's {@code repr} of the literals PyTorch prints in module and optimizer reprs, and that
 * generated PyTorch code uses: floats
 * ({@code 1e-05}, {@code 0.1}, {@code 1.0}), booleans ({@code True}), strings ({@code 'tanh'}) and
 * lists of strings.
 */
public final class PythonRepr {
    private PythonRepr() {
    }

    /**
     * Python's float repr: the shortest digits that round-trip (Java's {@link Double#toString} finds the
     * same ones), written positionally unless the decimal exponent is below -4 or above 15.
     */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
        // Java writes at least two digits (4.9E-324) where one may round-trip (Python's 5e-324).
        BigDecimal oneDigit = exact.round(new java.math.MathContext(1));
        if (exact.precision() == 2 && oneDigit.doubleValue() == Math.abs(v)) {
            exact = oneDigit.stripTrailingZeros();
        }
        String digits = exact.unscaledValue().toString();
        // value = 0.d1d2d3... × 10^pointPos
        int pointPos = digits.length() - exact.scale();
        String sign = v < 0 ? "-" : "";
        if (pointPos <= -4 || pointPos > 16) {
            int exponent = pointPos - 1;
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.format("%02d", Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        if (pointPos <= 0) {
            return sign + "0." + "0".repeat(-pointPos) + digits;
        }
        if (pointPos >= digits.length()) {
            return sign + digits + "0".repeat(pointPos - digits.length()) + ".0";
        }
        return sign + digits.substring(0, pointPos) + "." + digits.substring(pointPos);
    }

    /** A number as Python prints an argument whose default is an int: whole values without {@code .0}. */
    public static String intOrFloat(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e16 ? Long.toString((long) v) : number(v);
    }

    public static String bool(boolean b) {
        return b ? "True" : "False";
    }

    /** {@code repr(str)} for plain text: single quotes. */
    public static String string(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    public static String list(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (String s : items) {
            sb.append(sb.length() == 1 ? "" : ", ").append(string(s));
        }
        return sb.append(']').toString();
    }

    /** Python's {@code str()} of an option value: None, True, 0.001, 0, a tuple {@code (0.9, 0.999)}. */
    public static String value(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        if (value instanceof List<?> items) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(value(items.get(i)));
            }
            return sb.append(items.size() == 1 ? ",)" : ")").toString();
        }
        return value.toString();
    }
}
