package org.trainlab.console;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A numpy array of one or two dimensions, int64, float64 or float32, as the Tensors lesson and the console need, and
 * printed exactly as numpy 1.24's {@code str()} prints it (what {@code print(array)} shows): elements
 * padded to one width, floats with at most 8 decimals ("maxprec"), trailing zeros trimmed to the point
 * ({@code [1.  2.5]}), scientific notation when the values span more than 1000× or go below 1e-4, lines
 * wrapped at 75 characters.
 */
public record NdArray(double[] values, int[] shape, NpType dtype) {
    private static final int LINE_WIDTH = 75;
    private static final int PRECISION = 8;

    public NdArray {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        if (n != values.length || shape.length < 1 || shape.length > 2) {
            throw new IllegalArgumentException("an array of 1 or 2 dimensions holding its " + n + " values");
        }
    }

    /** An int64 array when {@code integer}, else float64. */
    public NdArray(double[] values, int[] shape, boolean integer) {
        this(values, shape, integer ? NpType.INT64 : NpType.FLOAT64);
    }

    public boolean integer() {
        return dtype == NpType.INT64;
    }

    public static NdArray vector(double[] values, boolean integer) {
        return new NdArray(values, new int[] {values.length}, integer);
    }

    public int rows() {
        return shape.length == 1 ? 1 : shape[0];
    }

    public int columns() {
        return shape[shape.length - 1];
    }

    /** What {@code print(array)} shows. */
    @Override
    public String toString() {
        List<String> words = new ArrayList<>(values.length);
        if (integer()) {
            int width = 0;
            for (double v : values) {
                width = Math.max(width, Long.toString((long) v).length());
            }
            for (double v : values) {
                words.add(pad(Long.toString((long) v), width));
            }
        } else {
            words.addAll(floats(values, dtype == NpType.FLOAT32));
        }
        if (shape.length == 1) {
            return "[" + line(words, 0, words.size(), " ", LINE_WIDTH - 1).substring(1) + "]";
        }
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < shape[0]; r++) {
            String row = "[" + line(words, r * shape[1], (r + 1) * shape[1], "  ", LINE_WIDTH - 2).substring(2) + "]";
            s.append(r == 0 ? "" : "\n ").append(row);
        }
        return "[" + s + "]";
    }

    /** numpy's _formatArray for one row: words joined by spaces, wrapped under the hanging indent. */
    private static String line(List<String> words, int from, int to, String indent, int width) {
        StringBuilder s = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (int i = from; i < to; i++) {
            String word = words.get(i);
            if (line.length() + word.length() > width && line.length() > indent.length()) {
                s.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(indent);
            }
            line.append(word);
            if (i < to - 1) {
                line.append(' ');
            }
        }
        return s.append(line).toString();
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /** numpy's FloatingFormat with its defaults: precision 8, floatmode 'maxprec', sign '-'. */
    static List<String> floats(double[] values, boolean single) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            double a = Math.abs(v);
            if (a != 0 && Double.isFinite(a)) {
                max = Math.max(max, a);
                min = Math.min(min, a);
            }
        }
        boolean exp = max > 0 && (max >= 1e8 || min < 1e-4 || max / min > 1000);
        List<String> out = new ArrayList<>();
        if (exp) {
            int fracWidth = 0;
            int expWidth = 2;
            List<BigDecimal> rounded = new ArrayList<>();
            for (double v : values) {
                BigDecimal d = v == 0 ? BigDecimal.ZERO : significant(v, single);
                rounded.add(d);
                fracWidth = Math.max(fracWidth, Math.max(0, d.precision() - 1));
                int e = v == 0 ? 0 : d.precision() - d.scale() - 1;
                expWidth = Math.max(expWidth, Integer.toString(Math.abs(e)).length());
            }
            int intWidth = 0;
            List<String> mantissas = new ArrayList<>();
            List<String> exps = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                BigDecimal d = rounded.get(i);
                int e = values[i] == 0 ? 0 : d.precision() - d.scale() - 1;
                BigDecimal m = d.movePointLeft(e).setScale(fracWidth, RoundingMode.UNNECESSARY);
                String ms = m.toPlainString();
                if (fracWidth == 0) {
                    ms += ".";
                }
                if (values[i] < 0 && !ms.startsWith("-") || values[i] == 0 && 1 / values[i] < 0) {
                    ms = "-" + ms;
                }
                mantissas.add(ms);
                exps.add((e < 0 ? "-" : "+") + pad(Integer.toString(Math.abs(e)), expWidth).replace(' ', '0'));
                intWidth = Math.max(intWidth, ms.indexOf('.'));
            }
            for (int i = 0; i < values.length; i++) {
                String ms = mantissas.get(i);
                out.add(" ".repeat(intWidth - ms.indexOf('.')) + ms + "e" + exps.get(i));
            }
            return out;
        }
        List<String> ints = new ArrayList<>();
        List<String> fracs = new ArrayList<>();
        int intWidth = 0;
        int fracWidth = 0;
        for (double v : values) {
            BigDecimal d = positional(v, single);
            String s = d.toPlainString();
            if (v < 0 && !s.startsWith("-") || v == 0 && 1 / v < 0) {
                s = "-" + s;
            }
            int dot = s.indexOf('.');
            String ip = dot < 0 ? s : s.substring(0, dot);
            String fp = dot < 0 ? "" : s.substring(dot + 1);
            ints.add(ip);
            fracs.add(fp);
            intWidth = Math.max(intWidth, ip.length());
            fracWidth = Math.max(fracWidth, fp.length());
        }
        for (int i = 0; i < values.length; i++) {
            String fp = fracs.get(i);
            out.add(pad(ints.get(i), intWidth) + "." + fp + " ".repeat(fracWidth - fp.length()));
        }
        return out;
    }

    /** The shortest digits that read back as v, cut to 8 decimals when there are more, trailing zeros dropped. */
    private static BigDecimal positional(double v, boolean single) {
        if (v == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal shortest = shortest(v, single);
        if (shortest.scale() > PRECISION) {
            shortest = new BigDecimal(v).setScale(PRECISION, RoundingMode.HALF_EVEN).stripTrailingZeros();
        }
        if (shortest.scale() < 0) {
            shortest = shortest.setScale(0);
        }
        return shortest;
    }

    /** The shortest digits that read back as v, at most 9 significant (1 + 8 decimals in scientific form). */
    private static BigDecimal significant(double v, boolean single) {
        BigDecimal shortest = shortest(v, single);
        if (shortest.precision() > PRECISION + 1) {
            shortest = new BigDecimal(v).round(new MathContext(PRECISION + 1, RoundingMode.HALF_EVEN))
                    .stripTrailingZeros();
        }
        return shortest;
    }

    /** The shortest digits that read back as v, in float32 when {@code single}. */
    private static BigDecimal shortest(double v, boolean single) {
        return new BigDecimal(single ? Float.toString((float) v) : Double.toString(v)).stripTrailingZeros();
    }
}
