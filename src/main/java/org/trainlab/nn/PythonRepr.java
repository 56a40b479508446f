package org.trainlab.nn;

import java.math.BigDecimal;
import java.util.List;

/**
 * Python's {@code repr} of the literals PyTorch prints in module and optimizer reprs: floats
 * ({@code 1e-05}, {@code 0.1}, {@code 1.0}), booleans ({@code True}), strings ({@code 'tanh'}) and
 * lists of strings.
 */
public final class PythonRepr {
    private PythonRepr() {
    }

    /** {@code repr(float(v))}: the shortest round-tripping digits, scientific below 1e-4 and from 1e16. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0.0" : "0.0";
        }
        // Double.toString gives the shortest round-tripping digits (JDK 19+), only laid out differently.
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        String sign = v < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = d.abs().toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
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
}
