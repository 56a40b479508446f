package org.trainlab.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the learner types for the lesson's data: a Python list of numbers ({@code [-1, -2, 1, 2]}) or
 * a list of equally long lists ({@code [[1, 2], [3, 4]]}), as the tutorial writes them. Whole numbers only
 * make an int64 array, as numpy does for a list of ints. A problem says what and at which character.
 */
public final class PyNumbers {
    /** What was wrong: a message key and its arguments (the last argument is the 1-based column). */
    public record Problem(String key, Object... args) {
    }

    /** The values with their shape, or the problem. */
    public record Parsed(NdArray array, Problem problem) {
        public boolean ok() {
            return array != null;
        }
    }

    private final String text;
    private int pos;
    private boolean integer = true;

    private PyNumbers(String text) {
        this.text = text;
    }

    /** A list of 1 to {@code max} numbers. */
    public static Parsed vector(String text, int max) {
        PyNumbers p = new PyNumbers(text);
        try {
            List<Double> v = p.list();
            p.end();
            if (v.size() > max) {
                return new Parsed(null, new Problem("tensors.input.tooLong", v.size(), max));
            }
            return new Parsed(NdArray.vector(unbox(v), p.integer), null);
        } catch (Bad e) {
            return new Parsed(null, e.problem);
        }
    }

    /** A square list of lists, n × n with 1 ≤ n ≤ {@code max}. */
    public static Parsed squareMatrix(String text, int max) {
        PyNumbers p = new PyNumbers(text);
        try {
            p.skipSpaces();
            p.expect('[');
            List<List<Double>> rows = new ArrayList<>();
            p.skipSpaces();
            while (true) {
                int at = p.pos;
                rows.add(p.list());
                if (rows.get(rows.size() - 1).size() != rows.get(0).size()) {
                    throw new Bad(new Problem("tensors.input.ragged", rows.size(), at + 1));
                }
                p.skipSpaces();
                if (p.peek() == ',') {
                    p.pos++;
                    p.skipSpaces();
                    if (p.peek() == ']') {
                        break;
                    }
                    continue;
                }
                break;
            }
            p.expect(']');
            p.end();
            int n = rows.size();
            if (rows.get(0).size() != n || n > max) {
                return new Parsed(null, new Problem("tensors.input.notSquare", n, rows.get(0).size(), max));
            }
            double[] values = new double[n * n];
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    values[r * n + c] = rows.get(r).get(c);
                }
            }
            return new Parsed(new NdArray(values, new int[] {n, n}, p.integer), null);
        } catch (Bad e) {
            return new Parsed(null, e.problem);
        }
    }

    private static double[] unbox(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private List<Double> list() {
        skipSpaces();
        expect('[');
        List<Double> out = new ArrayList<>();
        skipSpaces();
        if (peek() == ']') {
            throw new Bad(new Problem("tensors.input.empty", pos + 1));
        }
        while (true) {
            skipSpaces();
            out.add(number());
            skipSpaces();
            if (peek() == ',') {
                pos++;
                skipSpaces();
                if (peek() == ']') {
                    break;
                }
                continue;
            }
            break;
        }
        expect(']');
        return out;
    }

    private double number() {
        int start = pos;
        if (peek() == '-' || peek() == '+') {
            pos++;
        }
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || ".eE".indexOf(text.charAt(pos)) >= 0
                || (pos > start && "eE".indexOf(text.charAt(pos - 1)) >= 0 && "+-".indexOf(text.charAt(pos)) >= 0))) {
            pos++;
        }
        String s = text.substring(start, pos);
        if (!s.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            int end = pos;
            while (end < text.length() && ",] ".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            end = Math.min(text.length(), Math.max(end, start + 1));
            throw new Bad(new Problem("tensors.input.notANumber", text.substring(start, end), start + 1));
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v) || Math.abs(v) > 1e6) {
            throw new Bad(new Problem("tensors.input.tooLarge", s, start + 1));
        }
        if (!s.matches("[-+]?[0-9]+")) {
            integer = false;
        }
        return v;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new Bad(new Problem("tensors.input.expected", String.valueOf(c), pos + 1));
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private void end() {
        skipSpaces();
        if (pos < text.length()) {
            throw new Bad(new Problem("tensors.input.extra", text.substring(pos), pos + 1));
        }
    }

    private static final class Bad extends RuntimeException {
        private final Problem problem;

        Bad(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
