package org.trainlab.tensor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * PyTorch's {@code repr} of a tensor ({@code torch/_tensor_str.py}) with its default print options:
 * precision 4, threshold 1000, edge items 3, line width 80. Numbers are rounded from their exact
 * binary value, half to even, as Python's format does.
 */
final class TensorFormat {
    private static final int PRECISION = 4;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final int LINE_WIDTH = 80;

    private TensorFormat() {
    }

    static String repr(Tensor t) {
        String prefix = "tensor(";
        int indent = prefix.length();
        List<String> suffixes = new ArrayList<>();
        String body;
        int[] shape = t.shape();
        if (t.numel() == 0) {
            body = "[]";
            if (shape.length != 1) {
                suffixes.add("size=(" + joinSizes(shape) + ")");
            }
        } else {
            boolean summarize = t.numel() > THRESHOLD;
            Formatter formatter = new Formatter(summarize ? summarized(t) : t.data(), t.dtype().isFloatingPoint());
            body = format(t.data(), shape, 0, 0, indent, summarize, formatter);
        }
        if (t.dtype() != DType.FLOAT32 && t.dtype() != DType.INT64) {
            suffixes.add("dtype=" + t.dtype().torchName());
        }
        if (t.gradFn() != null) {
            suffixes.add("grad_fn=<" + t.gradFn().name() + ">");
        } else if (t.requiresGrad()) {
            suffixes.add("requires_grad=True");
        }
        return addSuffixes(prefix + body, suffixes, indent);
    }

    private static String joinSizes(int[] shape) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return shape.length == 1 ? sb + "," : sb.toString();
    }

    private static String addSuffixes(String tensorStr, List<String> suffixes, int indent) {
        StringBuilder out = new StringBuilder(tensorStr);
        int lastLineLen = tensorStr.length() - tensorStr.lastIndexOf('\n') + 1;
        for (String suffix : suffixes) {
            if (lastLineLen + suffix.length() + 2 > LINE_WIDTH) {
                out.append(",\n").append(" ".repeat(indent)).append(suffix);
                lastLineLen = indent + suffix.length();
            } else {
                out.append(", ").append(suffix);
                lastLineLen += suffix.length() + 2;
            }
        }
        return out.append(')').toString();
    }

    /** The values a summarised print shows: the first and last edge items of every dimension. */
    private static float[] summarized(Tensor t) {
        List<Float> kept = new ArrayList<>();
        collect(t.data(), t.shape(), 0, 0, kept);
        float[] out = new float[kept.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = kept.get(i);
        }
        return out;
    }

    private static void collect(float[] data, int[] shape, int dim, int offset, List<Float> kept) {
        if (dim == shape.length) {
            kept.add(data[offset]);
            return;
        }
        int stride = Shape.numel(java.util.Arrays.copyOfRange(shape, dim + 1, shape.length));
        for (int i : shownIndices(shape[dim], true)) {
            collect(data, shape, dim + 1, offset + i * stride, kept);
        }
    }

    /** Indices printed along a dimension of {@code size}; -1 marks the "..." gap. */
    private static int[] shownIndices(int size, boolean summarize) {
        if (!summarize || size <= 2 * EDGE_ITEMS) {
            int[] all = new int[size];
            for (int i = 0; i < size; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] picked = new int[2 * EDGE_ITEMS];
        for (int i = 0; i < EDGE_ITEMS; i++) {
            picked[i] = i;
            picked[EDGE_ITEMS + i] = size - EDGE_ITEMS + i;
        }
        return picked;
    }

    private static String format(float[] data, int[] shape, int dim, int offset, int indent, boolean summarize,
            Formatter f) {
        int rank = shape.length - dim;
        if (rank == 0) {
            return f.format(data[offset]);
        }
        int size = shape[dim];
        int stride = Shape.numel(java.util.Arrays.copyOfRange(shape, dim + 1, shape.length));
        boolean gap = summarize && size > 2 * EDGE_ITEMS;
        int[] shown = shownIndices(size, summarize);
        if (rank == 1) {
            int elementLength = f.width() + 2;
            int perLine = Math.max(1, (LINE_WIDTH - indent) / elementLength);
            List<String> items = new ArrayList<>();
            for (int k = 0; k < shown.length; k++) {
                if (gap && k == EDGE_ITEMS) {
                    items.add(" ...");
                }
                items.add(f.format(data[offset + shown[k]]));
            }
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < items.size(); i += perLine) {
                lines.add(String.join(", ", items.subList(i, Math.min(items.size(), i + perLine))));
            }
            return "[" + String.join(",\n" + " ".repeat(indent + 1), lines) + "]";
        }
        List<String> slices = new ArrayList<>();
        for (int k = 0; k < shown.length; k++) {
            if (gap && k == EDGE_ITEMS) {
                slices.add("...");
            }
            slices.add(format(data, shape, dim + 1, offset + shown[k] * stride, indent + 1, summarize, f));
        }
        return "[" + String.join("," + "\n".repeat(rank - 1) + " ".repeat(indent + 1), slices) + "]";
    }

    /** Chooses integer, fixed or scientific notation and a common width, as PyTorch's _Formatter does. */
    private static final class Formatter {
        private final boolean floating;
        private boolean intMode = true;
        private boolean sciMode;
        private int maxWidth = 1;

        Formatter(float[] values, boolean floating) {
            this.floating = floating;
            if (!floating) {
                for (float v : values) {
                    maxWidth = Math.max(maxWidth, Long.toString((long) v).length());
                }
                return;
            }
            List<Double> finite = new ArrayList<>();
            for (float v : values) {
                if (Float.isFinite(v) && v != 0f) {
                    finite.add((double) v);
                }
            }
            if (finite.isEmpty()) {
                return;
            }
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            for (double v : finite) {
                min = Math.min(min, Math.abs(v));
                max = Math.max(max, Math.abs(v));
                if (v != Math.ceil(v)) {
                    intMode = false;
                }
            }
            if (intMode) {
                if (max / min > 1000.0 || max > 1.0e8) {
                    sciMode = true;
                    for (double v : finite) {
                        maxWidth = Math.max(maxWidth, sci(v).length());
                    }
                } else {
                    for (double v : finite) {
                        maxWidth = Math.max(maxWidth, fixed(v, 0).length() + 1);
                    }
                }
            } else if (max / min > 1000.0 || max > 1.0e8 || min < 1.0e-4) {
                sciMode = true;
                for (double v : finite) {
                    maxWidth = Math.max(maxWidth, sci(v).length());
                }
            } else {
                for (double v : finite) {
                    maxWidth = Math.max(maxWidth, fixed(v, PRECISION).length());
                }
            }
        }

        int width() {
            return maxWidth;
        }

        String format(float value) {
            String s;
            if (!floating) {
                s = Long.toString((long) value);
            } else if (sciMode) {
                s = sci(value);
            } else if (intMode) {
                s = fixed(value, 0);
                if (Float.isFinite(value)) {
                    s += ".";
                }
            } else {
                s = fixed(value, PRECISION);
            }
            return " ".repeat(Math.max(0, maxWidth - s.length())) + s;
        }
    }

    /** Python's {@code f"{v:.{digits}f}"}. */
    static String fixed(double v, int digits) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        if (v < 0 || (v == 0 && 1 / v < 0)) {
            return s.startsWith("-") ? s : "-" + s;
        }
        return s;
    }

    /** Python's {@code f"{v:.4e}"}. */
    static String sci(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0 ? "-" : "") + "0." + "0".repeat(PRECISION) + "e+00";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(PRECISION + 1, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(PRECISION, RoundingMode.HALF_EVEN);
        String exp = String.format("%02d", Math.abs(exponent));
        return mantissa.toPlainString() + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
}
