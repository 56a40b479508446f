package org.trainlab.tensor;

import java.util.Arrays;

/** Matrix products: matmul with PyTorch's dimension rules, mm, dot, and the fused affine map of nn.Linear. */
public final class LinearAlgebra {
    private LinearAlgebra() {
    }

    static Tensor dot(Tensor a, Tensor b) {
        if (a.dim() != 1 || b.dim() != 1) {
            throw new IllegalArgumentException("dot: 1D tensors expected, but got " + a.dim() + "D and " + b.dim()
                    + "D tensors (for matrices use mm or matmul: dot does not multiply matrices)");
        }
        if (a.numel() != b.numel()) {
            throw new IllegalArgumentException("dot: inconsistent tensor size, expected tensor [" + a.numel()
                    + "] and src [" + b.numel() + "] to have the same number of elements, but got " + a.numel()
                    + " and " + b.numel() + " elements respectively");
        }
        float[] x = a.data();
        float[] y = b.data();
        float s = 0f;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        boolean forA = a.requiresGrad();
        boolean forB = b.requiresGrad();
        return Autograd.record(new Tensor(new float[] {s}), "DotBackward0", new Tensor[] {a, b}, savedFor(a, b),
                (g, saved) -> {
                    float gv = g.item();
                    return new Tensor[] {forA ? Pointwise.scaled(saved[saved.length - 1], gv) : null,
                        forB ? Pointwise.scaled(saved[0], gv) : null};
                });
    }

    /**
     * What a product saves, as PyTorch: b for a's gradient, a for b's, each only when that gradient is needed
     * (so only then is it version-checked); a first when both are.
     */
    private static Tensor[] savedFor(Tensor a, Tensor b) {
        boolean forA = a.requiresGrad();
        boolean forB = b.requiresGrad();
        return forA && forB ? new Tensor[] {a, b} : forA ? new Tensor[] {b} : forB ? new Tensor[] {a} : new Tensor[0];
    }

    static Tensor mm(Tensor a, Tensor b) {
        if (a.dim() != 2 || b.dim() != 2) {
            throw new IllegalArgumentException("mm: " + (a.dim() != 2 ? "self" : "mat2") + " must be a matrix (got "
                    + "shapes " + Shape.str(a.shape()) + " and " + Shape.str(b.shape()) + "; use matmul for other ranks)");
        }
        return product(a, b, "MmBackward0", a.shape(), b.shape(), new int[] {a.size(0), b.size(1)});
    }

    static Tensor matmul(Tensor a, Tensor b) {
        int da = a.dim();
        int db = b.dim();
        if (da == 0 || db == 0) {
            throw new IllegalArgumentException("matmul: both arguments to matmul need to be at least 1D, but they are "
                    + da + "D and " + db + "D");
        }
        if (da == 1 && db == 1) {
            return dot(a, b);
        }
        if (da == 2 && db == 2) {
            return mm(a, b);
        }
        if (da == 2 && db == 1) {
            return product(a, b, "MvBackward0", a.shape(), new int[] {b.size(0), 1}, new int[] {a.size(0)});
        }
        if (da == 1 && db == 2) {
            return product(a, b, "SqueezeBackward4", new int[] {1, a.size(0)}, b.shape(), new int[] {b.size(1)});
        }
        return batched(a, b);
    }

    /** A single product of a as [n×k] and b as [k×m], reshaped to {@code outShape}. */
    private static Tensor product(Tensor a, Tensor b, String name, int[] as, int[] bs, int[] outShape) {
        int n = as[0];
        int k = as[1];
        int m = bs[1];
        if (bs[0] != k) {
            throw new IllegalArgumentException("matmul: mat1 and mat2 shapes cannot be multiplied (" + n + "x" + k
                    + " and " + bs[0] + "x" + m + ")");
        }
        float[] out = new float[n * m];
        Kernels.mm(a.data(), 0, b.data(), 0, out, 0, n, k, m, false);
        boolean forA = a.requiresGrad();
        boolean forB = b.requiresGrad();
        int[] aShape = a.shape();
        int[] bShape = b.shape();
        return Autograd.record(new Tensor(out, outShape), name, new Tensor[] {a, b}, savedFor(a, b),
                (g, s) -> {
                    Tensor ga = null;
                    Tensor gb = null;
                    if (forA) {
                        float[] d = GradBuffers.floats(n * k);
                        Kernels.mmNT(g.data(), 0, s[s.length - 1].data(), 0, d, 0, n, m, k, false);
                        ga = new Tensor(d, aShape);
                    }
                    if (forB) {
                        float[] d = GradBuffers.floats(k * m);
                        Kernels.mmTN(s[0].data(), 0, g.data(), 0, d, 0, k, n, m, false);
                        gb = new Tensor(d, bShape);
                    }
                    return new Tensor[] {ga, gb};
                });
    }

    /** Batched product with broadcast batch dimensions; 1-D operands are promoted and the extra dim dropped. */
    private static Tensor batched(Tensor a, Tensor b) {
        int[] as = a.dim() == 1 ? new int[] {1, a.size(0)} : a.shape();
        int[] bs = b.dim() == 1 ? new int[] {b.size(0), 1} : b.shape();
        int n = as[as.length - 2];
        int k = as[as.length - 1];
        int m = bs[bs.length - 1];
        if (bs[bs.length - 2] != k) {
            throw new IllegalArgumentException("matmul: Expected size for first two dimensions of batch2 tensor to be: ["
                    + k + "] but got: [" + bs[bs.length - 2] + "] (shapes " + Shape.str(a.shape()) + " and "
                    + Shape.str(b.shape()) + ")");
        }
        int[] aBatch = Arrays.copyOf(as, as.length - 2);
        int[] bBatch = Arrays.copyOf(bs, bs.length - 2);
        int[] batch = Shape.broadcast("matmul", aBatch, bBatch);
        int batches = Shape.numel(batch);
        int[] aOff = batchOffsets(aBatch, batch, n * k);
        int[] bOff = batchOffsets(bBatch, batch, k * m);
        float[] out = new float[batches * n * m];
        for (int i = 0; i < batches; i++) {
            Kernels.mm(a.data(), aOff[i], b.data(), bOff[i], out, i * n * m, n, k, m, false);
        }
        int[] outShape = Arrays.copyOf(batch, batch.length + 2);
        outShape[batch.length] = n;
        outShape[batch.length + 1] = m;
        if (a.dim() == 1) {
            outShape = removeDim(outShape, batch.length);
        } else if (b.dim() == 1) {
            outShape = removeDim(outShape, batch.length + 1);
        }
        return Autograd.record(new Tensor(out, outShape), "UnsafeViewBackward0", new Tensor[] {a, b},
                new Tensor[] {a, b}, (g, s) -> {
                    Tensor ga = null;
                    Tensor gb = null;
                    if (s[0].requiresGrad()) {
                        float[] d = new float[s[0].numel()];
                        for (int i = 0; i < batches; i++) {
                            Kernels.mmNT(g.data(), i * n * m, s[1].data(), bOff[i], d, aOff[i], n, m, k, true);
                        }
                        ga = new Tensor(d, s[0].shape());
                    }
                    if (s[1].requiresGrad()) {
                        float[] d = new float[s[1].numel()];
                        for (int i = 0; i < batches; i++) {
                            Kernels.mmTN(s[0].data(), aOff[i], g.data(), i * n * m, d, bOff[i], k, n, m, true);
                        }
                        gb = new Tensor(d, s[1].shape());
                    }
                    return new Tensor[] {ga, gb};
                });
    }

    /** Offset of each broadcast batch's matrix inside an operand whose own batch shape is {@code own}. */
    private static int[] batchOffsets(int[] own, int[] batch, int matrixSize) {
        int batches = Shape.numel(batch);
        int[] strides = Shape.broadcastStrides(own, batch);
        int[] offsets = new int[batches];
        int[] index = new int[batch.length];
        for (int i = 0; i < batches; i++) {
            int off = 0;
            for (int d = 0; d < batch.length; d++) {
                off += index[d] * strides[d];
            }
            offsets[i] = off * matrixSize;
            for (int d = batch.length - 1; d >= 0; d--) {
                if (++index[d] < batch[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        return offsets;
    }

    private static int[] removeDim(int[] shape, int dim) {
        int[] out = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != dim) {
                out[j++] = shape[i];
            }
        }
        return out;
    }

    /**
     * {@code x · Wᵀ + b}, the affine map of {@code nn.Linear}, in one kernel. {@code x} is [..., in],
     * {@code weight} [out, in], {@code bias} [out] or null.
     */
    public static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        if (weight.dim() != 2) {
            throw new IllegalArgumentException("linear: weight must be 2-D [out_features, in_features], got shape "
                    + Shape.str(weight.shape()));
        }
        int outF = weight.size(0);
        int inF = weight.size(1);
        int[] xs = x.shape();
        if (x.dim() == 0 || xs[xs.length - 1] != inF) {
            int rows = x.dim() == 0 ? 1 : x.numel() / Math.max(1, xs[xs.length - 1]);
            throw new IllegalArgumentException("linear: mat1 and mat2 shapes cannot be multiplied (" + rows + "x"
                    + (x.dim() == 0 ? 1 : xs[xs.length - 1]) + " and " + inF + "x" + outF + "): the input has "
                    + (x.dim() == 0 ? 1 : xs[xs.length - 1]) + " features but the layer expects in_features=" + inF);
        }
        if (bias != null && (bias.dim() != 1 || bias.size(0) != outF)) {
            throw new IllegalArgumentException("linear: bias must have shape [" + outF + "], got "
                    + Shape.str(bias.shape()));
        }
        int rows = x.numel() / inF;
        float[] out = new float[rows * outF];
        Kernels.linear(x.data(), weight.data(), bias == null ? null : bias.data(), out, rows, inF, outF);
        int[] outShape = xs.clone();
        outShape[outShape.length - 1] = outF;
        String name = x.dim() == 2 ? (bias != null ? "AddmmBackward0" : "MmBackward0")
                : x.dim() == 1 ? (bias != null ? "ViewBackward0" : "SqueezeBackward4")
                : (bias != null ? "ViewBackward0" : "UnsafeViewBackward0");
        Tensor[] inputs = bias != null ? new Tensor[] {x, weight, bias} : new Tensor[] {x, weight};
        return Autograd.record(new Tensor(out, outShape), name, inputs, new Tensor[] {x, weight}, (g, s) -> {
            Tensor[] grads = new Tensor[inputs.length];
            float[] gd = g.data();
            if (s[0].requiresGrad()) {
                float[] d = GradBuffers.floats(rows * inF);
                Kernels.mm(gd, 0, s[1].data(), 0, d, 0, rows, outF, inF, false);
                grads[0] = new Tensor(d, s[0].shape());
            }
            if (s[1].requiresGrad()) {
                float[] d = GradBuffers.floats(outF * inF);
                Kernels.mmTN(gd, 0, s[0].data(), 0, d, 0, outF, rows, inF, false);
                grads[1] = new Tensor(d, outF, inF);
            }
            if (inputs.length == 3 && inputs[2].requiresGrad()) {
                grads[2] = new Tensor(Kernels.sumRows(gd, rows, outF), outF);
            }
            return grads;
        });
    }
}
