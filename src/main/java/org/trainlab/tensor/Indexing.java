package org.trainlab.tensor;

import java.util.List;

/** Picking and joining: select, slice, row indexing, cat and stack. */
final class Indexing {
    private Indexing() {
    }

    /** Sizes around a dimension: how many blocks come before it and how long each inner run is. */
    private record Around(int outer, int size, int inner) {
        static Around of(int[] shape, int dim) {
            int outer = 1;
            for (int i = 0; i < dim; i++) {
                outer *= shape[i];
            }
            int inner = 1;
            for (int i = dim + 1; i < shape.length; i++) {
                inner *= shape[i];
            }
            return new Around(outer, shape[dim], inner);
        }
    }

    static Tensor select(Tensor x, int dim, int index) {
        if (x.dim() == 0) {
            throw new IndexOutOfBoundsException("select: invalid index of a 0-dim tensor");
        }
        int d = Shape.wrapDim(dim, x.dim());
        int[] shape = x.shape();
        int size = shape[d];
        if (index < -size || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is out of bounds for dimension " + d
                    + " with size " + size);
        }
        int i = index < 0 ? index + size : index;
        return Autograd.record(gather(x, d, new int[] {i}, true), "SelectBackward0", new Tensor[] {x},
                (g, s) -> new Tensor[] {scatter(g, shape, d, new int[] {i})});
    }

    static Tensor slice(Tensor x, int dim, int start, Integer end, int step) {
        if (step <= 0) {
            throw new IllegalArgumentException("slice: step must be positive, got " + step);
        }
        int d = Shape.wrapDim(dim, x.dim());
        int[] shape = x.shape();
        int size = shape[d];
        int from = clampIndex(start, size);
        int to = end == null ? size : clampIndex(end, size);
        int count = Math.max(0, (to - from + step - 1) / step);
        int[] picked = new int[count];
        for (int k = 0; k < count; k++) {
            picked[k] = from + k * step;
        }
        return Autograd.record(gather(x, d, picked, false), "SliceBackward0", new Tensor[] {x},
                (g, s) -> new Tensor[] {scatter(g, shape, d, picked)});
    }

    private static int clampIndex(int i, int size) {
        int v = i < 0 ? i + size : i;
        return Math.max(0, Math.min(size, v));
    }

    static Tensor indexRows(Tensor x, Tensor indices) {
        if (indices.dtype() != DType.INT64) {
            throw new IllegalArgumentException("index: tensors used as indices must be long (int64) tensors, got "
                    + indices.dtype().torchName());
        }
        if (x.dim() == 0) {
            throw new IndexOutOfBoundsException("index: a 0-dim tensor cannot be indexed by a tensor");
        }
        int[] shape = x.shape();
        float[] idx = indices.data();
        int[] rows = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            int i = (int) idx[k];
            if (i < -shape[0] || i >= shape[0]) {
                throw new IndexOutOfBoundsException("index " + i + " is out of bounds for dimension 0 with size "
                        + shape[0]);
            }
            rows[k] = i < 0 ? i + shape[0] : i;
        }
        Tensor out = gather(x, 0, rows, false);
        if (indices.dim() != 1) {
            int[] outShape = new int[indices.dim() + shape.length - 1];
            System.arraycopy(indices.shape(), 0, outShape, 0, indices.dim());
            System.arraycopy(shape, 1, outShape, indices.dim(), shape.length - 1);
            out = out.viewOf(outShape);
        }
        return Autograd.record(out, "IndexBackward0", new Tensor[] {x},
                (g, s) -> new Tensor[] {scatter(new Tensor(g.data(), gatherShape(shape, rows.length)), shape, 0, rows)});
    }

    private static int[] gatherShape(int[] shape, int count) {
        int[] out = shape.clone();
        out[0] = count;
        return out;
    }

    /** The given positions along dim (kept as a dim of that length, or dropped when {@code drop}). */
    static Tensor gather(Tensor x, int dim, int[] positions, boolean drop) {
        int[] shape = x.shape();
        Around a = Around.of(shape, dim);
        float[] src = x.data();
        float[] dst = new float[a.outer * positions.length * a.inner];
        int o = 0;
        for (int b = 0; b < a.outer; b++) {
            for (int p : positions) {
                System.arraycopy(src, (b * a.size + p) * a.inner, dst, o, a.inner);
                o += a.inner;
            }
        }
        int[] outShape;
        if (drop) {
            outShape = new int[shape.length - 1];
            for (int i = 0, j = 0; i < shape.length; i++) {
                if (i != dim) {
                    outShape[j++] = shape[i];
                }
            }
        } else {
            outShape = shape.clone();
            outShape[dim] = positions.length;
        }
        return new Tensor(dst, outShape, x.dtype(), new int[1]);
    }

    /** The inverse of gather for gradients: zeros of {@code shape} with g added at the positions. */
    static Tensor scatter(Tensor g, int[] shape, int dim, int[] positions) {
        Around a = Around.of(shape, dim);
        float[] src = g.data();
        float[] dst = new float[Shape.numel(shape)];
        int o = 0;
        for (int b = 0; b < a.outer; b++) {
            for (int p : positions) {
                int base = (b * a.size + p) * a.inner;
                for (int j = 0; j < a.inner; j++) {
                    dst[base + j] += src[o + j];
                }
                o += a.inner;
            }
        }
        return new Tensor(dst, shape);
    }

    static Tensor cat(List<Tensor> tensors, int dim) {
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("cat: expected a non-empty list of Tensors");
        }
        int[] first = tensors.get(0).shape();
        int d = Shape.wrapDim(dim, first.length);
        int total = 0;
        for (int t = 0; t < tensors.size(); t++) {
            int[] s = tensors.get(t).shape();
            if (s.length != first.length) {
                throw new IllegalArgumentException("cat: Tensors must have same number of dimensions: got "
                        + first.length + " and " + s.length + " (tensor " + t + ")");
            }
            for (int i = 0; i < s.length; i++) {
                if (i != d && s[i] != first[i]) {
                    throw new IllegalArgumentException("cat: Sizes of tensors must match except in dimension " + d
                            + ". Expected size " + first[i] + " but got size " + s[i] + " for tensor number " + t
                            + " in the list.");
                }
            }
            total += s[d];
        }
        int[] outShape = first.clone();
        outShape[d] = total;
        Around a = Around.of(outShape, d);
        float[] dst = new float[Shape.numel(outShape)];
        int[] sizes = new int[tensors.size()];
        int start = 0;
        for (int t = 0; t < tensors.size(); t++) {
            Tensor x = tensors.get(t);
            sizes[t] = x.size(d);
            int run = sizes[t] * a.inner;
            float[] src = x.data();
            for (int b = 0; b < a.outer; b++) {
                System.arraycopy(src, b * run, dst, (b * total + start) * a.inner, run);
            }
            start += sizes[t];
        }
        Tensor[] inputs = tensors.toArray(new Tensor[0]);
        return Autograd.record(new Tensor(dst, outShape, tensors.get(0).dtype(), new int[1]), "CatBackward0", inputs, (g, s) -> {
            Tensor[] grads = new Tensor[inputs.length];
            int from = 0;
            for (int t = 0; t < inputs.length; t++) {
                int[] picked = new int[sizes[t]];
                for (int k = 0; k < picked.length; k++) {
                    picked[k] = from + k;
                }
                grads[t] = gather(g, d, picked, false);
                from += sizes[t];
            }
            return grads;
        });
    }

    static Tensor stack(List<Tensor> tensors, int dim) {
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("stack: expected a non-empty list of Tensors");
        }
        int[] first = tensors.get(0).shape();
        int d = Shape.wrapDim(dim, first.length + 1);
        Tensor[] parts = new Tensor[tensors.size()];
        for (int t = 0; t < parts.length; t++) {
            Tensor x = tensors.get(t);
            if (!java.util.Arrays.equals(x.shape(), first)) {
                throw new IllegalArgumentException("stack: stack expects each tensor to be equal size, but got "
                        + Shape.str(first) + " at entry 0 and " + Shape.str(x.shape()) + " at entry " + t);
            }
            parts[t] = x.detach().unsqueeze(d);
        }
        Tensor out = cat(List.of(parts), d);
        Tensor[] inputs = tensors.toArray(new Tensor[0]);
        int count = parts.length;
        return Autograd.record(out, "StackBackward0", inputs, (g, s) -> {
            Tensor[] grads = new Tensor[count];
            for (int t = 0; t < count; t++) {
                grads[t] = gather(g, d, new int[] {t}, true);
            }
            return grads;
        });
    }
}
