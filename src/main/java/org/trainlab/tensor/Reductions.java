package org.trainlab.tensor;

/** Reductions over all elements or one dimension: sum, mean, max, min, argmax. */
final class Reductions {
    private Reductions() {
    }

    /** A dimension split into the blocks before it, its length, and the contiguous run after it. */
    private record Axis(int outer, int size, int inner, int[] keptShape, int[] droppedShape) {
        static Axis of(Tensor x, int dim) {
            int[] shape = x.shape();
            if (shape.length == 0) {
                Shape.wrapDim(dim, 0);
                return new Axis(1, 1, 1, new int[0], new int[0]);
            }
            int d = Shape.wrapDim(dim, shape.length);
            int outer = 1;
            for (int i = 0; i < d; i++) {
                outer *= shape[i];
            }
            int inner = 1;
            for (int i = d + 1; i < shape.length; i++) {
                inner *= shape[i];
            }
            int[] kept = shape.clone();
            kept[d] = 1;
            int[] dropped = new int[shape.length - 1];
            for (int i = 0, j = 0; i < shape.length; i++) {
                if (i != d) {
                    dropped[j++] = shape[i];
                }
            }
            return new Axis(outer, shape[d], inner, kept, dropped);
        }

        int[] outShape(boolean keepdim) {
            return keepdim ? keptShape : droppedShape;
        }
    }

    static Tensor sum(Tensor x) {
        float[] in = x.data();
        double s = 0;
        for (float v : in) {
            s += v;
        }
        int[] shape = x.shape();
        return Autograd.record(new Tensor(new float[] {(float) s}), "SumBackward0", new Tensor[] {x},
                (g, saved) -> new Tensor[] {Tensor.full(shape, g.item())});
    }

    static Tensor mean(Tensor x) {
        float[] in = x.data();
        double s = 0;
        for (float v : in) {
            s += v;
        }
        int n = in.length;
        int[] shape = x.shape();
        return Autograd.record(new Tensor(new float[] {(float) (s / n)}), "MeanBackward0", new Tensor[] {x},
                (g, saved) -> new Tensor[] {Tensor.full(shape, g.item() / n)});
    }

    static Tensor sum(Tensor x, int dim, boolean keepdim) {
        return reduce(x, dim, keepdim, false);
    }

    static Tensor mean(Tensor x, int dim, boolean keepdim) {
        return reduce(x, dim, keepdim, true);
    }

    private static Tensor reduce(Tensor x, int dim, boolean keepdim, boolean mean) {
        Axis a = Axis.of(x, dim);
        float[] in = x.data();
        float[] out = new float[a.outer * a.inner];
        for (int b = 0; b < a.outer; b++) {
            int ob = b * a.inner;
            for (int k = 0; k < a.size; k++) {
                int ib = (b * a.size + k) * a.inner;
                for (int j = 0; j < a.inner; j++) {
                    out[ob + j] += in[ib + j];
                }
            }
        }
        float scale = mean ? 1f / a.size : 1f;
        if (mean) {
            for (int i = 0; i < out.length; i++) {
                out[i] *= scale;
            }
        }
        int[] shape = x.shape();
        return Autograd.record(new Tensor(out, a.outShape(keepdim)), mean ? "MeanBackward1" : "SumBackward1",
                new Tensor[] {x}, (g, saved) -> {
                    float[] gd = g.data();
                    float[] d = new float[Shape.numel(shape)];
                    for (int b = 0; b < a.outer; b++) {
                        for (int k = 0; k < a.size; k++) {
                            int ib = (b * a.size + k) * a.inner;
                            for (int j = 0; j < a.inner; j++) {
                                d[ib + j] = gd[b * a.inner + j] * scale;
                            }
                        }
                    }
                    return new Tensor[] {new Tensor(d, shape)};
                });
    }

    /** max() or min() of all elements; the gradient is shared evenly among ties, as PyTorch does. */
    static Tensor extreme(Tensor x, boolean max) {
        float[] in = x.data();
        if (in.length == 0) {
            throw new IllegalArgumentException((max ? "max" : "min") + "(): Expected reduction dim to be specified for "
                    + "input.numel() == 0. Specify the reduction dim with the 'dim' argument.");
        }
        float best = in[0];
        for (float v : in) {
            if (Float.isNaN(v) || (max ? v > best : v < best)) {
                best = v;
                if (Float.isNaN(v)) {
                    break;
                }
            }
        }
        float value = best;
        int[] shape = x.shape();
        return Autograd.record(new Tensor(new float[] {value}), max ? "MaxBackward1" : "MinBackward1",
                new Tensor[] {x}, new Tensor[] {x}, (g, saved) -> {
                    float[] src = saved[0].data();
                    int ties = 0;
                    for (float v : src) {
                        if (v == value) {
                            ties++;
                        }
                    }
                    float[] d = new float[src.length];
                    float share = g.item() / Math.max(1, ties);
                    for (int i = 0; i < src.length; i++) {
                        if (src[i] == value) {
                            d[i] = share;
                        }
                    }
                    return new Tensor[] {new Tensor(d, shape)};
                });
    }

    static ValuesIndices extreme(Tensor x, int dim, boolean keepdim, boolean max) {
        Axis a = Axis.of(x, dim);
        if (a.size == 0) {
            throw new IllegalArgumentException((max ? "max" : "min") + "(): Expected reduction dim " + dim
                    + " to have non-zero size.");
        }
        float[] in = x.data();
        float[] values = new float[a.outer * a.inner];
        int[] where = new int[values.length];
        for (int b = 0; b < a.outer; b++) {
            for (int j = 0; j < a.inner; j++) {
                int best = 0;
                float bestValue = in[b * a.size * a.inner + j];
                for (int k = 1; k < a.size; k++) {
                    float v = in[(b * a.size + k) * a.inner + j];
                    if (!Float.isNaN(bestValue) && (Float.isNaN(v) || (max ? v > bestValue : v < bestValue))) {
                        best = k;
                        bestValue = v;
                    }
                }
                values[b * a.inner + j] = bestValue;
                where[b * a.inner + j] = best;
            }
        }
        int[] outShape = a.outShape(keepdim);
        float[] idx = new float[where.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = where[i];
        }
        Tensor indices = new Tensor(idx, outShape, DType.INT64, new int[1]);
        int[] shape = x.shape();
        Tensor vals = Autograd.record(new Tensor(values, outShape), max ? "MaxBackward0" : "MinBackward0",
                new Tensor[] {x}, (g, saved) -> {
                    float[] gd = g.data();
                    float[] d = new float[Shape.numel(shape)];
                    for (int b = 0; b < a.outer; b++) {
                        for (int j = 0; j < a.inner; j++) {
                            int o = b * a.inner + j;
                            d[(b * a.size + where[o]) * a.inner + j] = gd[o];
                        }
                    }
                    return new Tensor[] {new Tensor(d, shape)};
                });
        return new ValuesIndices(vals, indices);
    }

    static Tensor argmax(Tensor x) {
        float[] in = x.data();
        if (in.length == 0) {
            throw new IllegalArgumentException("argmax(): Expected reduction dim to be specified for input.numel() == 0.");
        }
        int best = 0;
        for (int i = 1; i < in.length; i++) {
            if (!Float.isNaN(in[best]) && (Float.isNaN(in[i]) || in[i] > in[best])) {
                best = i;
            }
        }
        return new Tensor(new float[] {best}, new int[0], DType.INT64, new int[1]);
    }

    static Tensor argmax(Tensor x, int dim, boolean keepdim) {
        try (NoGrad ignored = NoGrad.enter()) {
            return extreme(x, dim, keepdim, true).indices();
        }
    }
}
