package org.trainlab.app.lesson.autograd;

import java.util.ArrayList;
import java.util.List;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * A leaf's values as the learner types them, in Python: a number ({@code 2.5}), a list ({@code [1, 2]}) or a
 * list of equally long lists ({@code [[1, 2], [3, 4]]}), at most {@value #MAX} × {@value #MAX}. A problem
 * says what and at which character.
 */
public record Values(float[] values, int[] shape) {
    public static final int MAX = 4;

    /** The values, or the problem (a message key with its arguments, the column last). */
    public record Parsed(Values values, Formula.Problem problem) {
        public boolean ok() {
            return values != null;
        }
    }

    public static Values of(float[] values, int... shape) {
        return new Values(values.clone(), shape.clone());
    }

    /** A new float32 tensor holding these values. */
    public Tensor tensor() {
        return new Tensor(values.clone(), shape.clone());
    }

    /** Python's literal for the values, as floats so that {@code torch.tensor} makes float32: {@code [[1.0, 2.0]]}. */
    public String python() {
        if (shape.length == 0) {
            return number(values[0]);
        }
        if (shape.length == 1) {
            return row(0, shape[0]);
        }
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < shape[0]; r++) {
            rows.add(row(r * shape[1], shape[1]));
        }
        return "[" + String.join(", ", rows) + "]";
    }

    private String row(int from, int n) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(number(values[from + i]));
        }
        return "[" + String.join(", ", items) + "]";
    }

    /** The shortest decimal that is this float32 ({@code -0.4}, not the double {@code -0.4000000059604645}). */
    private static String number(float f) {
        return PythonRepr.number(Double.parseDouble(Float.toString(f)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Values v && java.util.Arrays.equals(values, v.values)
                && java.util.Arrays.equals(shape, v.shape);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(values) + java.util.Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return python();
    }

    /** Reads typed values. */
    public static Parsed parse(String text) {
        Reader r = new Reader(text);
        try {
            r.spaces();
            Values v;
            if (r.peek() == '[') {
                int at = r.pos;
                r.pos++;
                r.spaces();
                if (r.peek() == '[') {
                    List<List<Float>> rows = new ArrayList<>();
                    while (true) {
                        int rowAt = r.pos;
                        rows.add(r.list());
                        if (rows.get(rows.size() - 1).size() != rows.get(0).size()) {
                            throw new Bad(new Formula.Problem("autograd.value.ragged", rows.size(), rowAt + 1));
                        }
                        if (!r.comma(']')) {
                            break;
                        }
                    }
                    r.expect(']');
                    if (rows.size() > MAX || rows.get(0).size() > MAX) {
                        throw new Bad(new Formula.Problem("autograd.value.tooBig", rows.size(), rows.get(0).size(),
                                MAX, at + 1));
                    }
                    int columns = rows.get(0).size();
                    float[] values = new float[rows.size() * columns];
                    for (int i = 0; i < rows.size(); i++) {
                        for (int j = 0; j < columns; j++) {
                            values[i * columns + j] = rows.get(i).get(j);
                        }
                    }
                    v = new Values(values, new int[] {rows.size(), columns});
                } else {
                    r.pos = at;
                    List<Float> list = r.list();
                    if (list.size() > MAX) {
                        throw new Bad(new Formula.Problem("autograd.value.tooLong", list.size(), MAX, at + 1));
                    }
                    float[] values = new float[list.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = list.get(i);
                    }
                    v = new Values(values, new int[] {values.length});
                }
            } else {
                v = new Values(new float[] {r.number()}, new int[0]);
            }
            r.spaces();
            if (r.pos < text.length()) {
                throw new Bad(new Formula.Problem("autograd.value.extra", text.substring(r.pos), r.pos + 1));
            }
            return new Parsed(v, null);
        } catch (Bad e) {
            return new Parsed(null, e.problem);
        }
    }

    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        void spaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        void expect(char c) {
            spaces();
            if (peek() != c) {
                throw new Bad(new Formula.Problem("autograd.value.expected", String.valueOf(c), pos + 1));
            }
            pos++;
        }

        /** After an item: true if a comma and another item follow, false before the closing bracket. */
        boolean comma(char close) {
            spaces();
            if (peek() == ',') {
                pos++;
                spaces();
                return peek() != close;
            }
            return false;
        }

        List<Float> list() {
            expect('[');
            spaces();
            if (peek() == ']') {
                throw new Bad(new Formula.Problem("autograd.value.empty", pos + 1));
            }
            List<Float> out = new ArrayList<>();
            do {
                out.add(number());
            } while (comma(']'));
            expect(']');
            return out;
        }

        float number() {
            spaces();
            int start = pos;
            if (peek() == '-' || peek() == '+') {
                pos++;
            }
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                    || (pos > start && "eE".indexOf(text.charAt(pos - 1)) >= 0 && "+-".indexOf(text.charAt(pos)) >= 0))) {
                pos++;
            }
            String s = text.substring(start, pos);
            if (!s.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
                String shown = s.isEmpty() ? String.valueOf(peek() == '\0' ? ' ' : peek()) : s;
                throw new Bad(new Formula.Problem("autograd.value.notANumber", shown.strip().isEmpty() ? "…" : shown,
                        start + 1));
            }
            double d = Double.parseDouble(s);
            if (Math.abs(d) > 1e6) {
                throw new Bad(new Formula.Problem("autograd.value.tooLarge", s, start + 1));
            }
            return (float) d;
        }
    }

    private static final class Bad extends RuntimeException {
        private final Formula.Problem problem;

        Bad(Formula.Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
