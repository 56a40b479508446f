package org.trainlab.tensor;

/** Ops that change how values are laid out: transpose, view/reshape, squeeze, unsqueeze. */
final class ShapeOps {
    private ShapeOps() {
    }

    static Tensor transpose(Tensor x, int dim0, int dim1) {
        int rank = x.dim();
        int d0 = Shape.wrapDim(dim0, rank);
        int d1 = Shape.wrapDim(dim1, rank);
        return Autograd.record(swap(x, d0, d1), "TransposeBackward0", new Tensor[] {x},
                (g, s) -> new Tensor[] {swap(g, d0, d1)});
    }

    static Tensor t(Tensor x) {
        if (x.dim() > 2) {
            throw new IllegalArgumentException("t() expects a tensor with <= 2 dimensions, but self is " + x.dim()
                    + "D (use transpose(dim0, dim1))");
        }
        Tensor out = x.dim() < 2 ? new Tensor(x.data().clone(), x.shape()) : swap(x, 0, 1);
        return Autograd.record(out, "TBackward0", new Tensor[] {x},
                (g, s) -> new Tensor[] {g.dim() < 2 ? g : swap(g, 0, 1)});
    }

    /** A copy of x with dimensions d0 and d1 exchanged. */
    static Tensor swap(Tensor x, int d0, int d1) {
        int[] inShape = x.shape();
        if (d0 == d1 || inShape.length < 2) {
            return new Tensor(x.data().clone(), inShape);
        }
        int[] outShape = inShape.clone();
        outShape[d0] = inShape[d1];
        outShape[d1] = inShape[d0];
        int[] inStrides = Shape.strides(inShape);
        int[] readStrides = inStrides.clone();
        readStrides[d0] = inStrides[d1];
        readStrides[d1] = inStrides[d0];
        float[] src = x.data();
        float[] dst = new float[src.length];
        int rank = outShape.length;
        int[] index = new int[rank];
        int offset = 0;
        for (int i = 0; i < dst.length; i++) {
            dst[i] = src[offset];
            for (int d = rank - 1; d >= 0; d--) {
                index[d]++;
                offset += readStrides[d];
                if (index[d] < outShape[d]) {
                    break;
                }
                offset -= readStrides[d] * outShape[d];
                index[d] = 0;
            }
        }
        return new Tensor(dst, outShape);
    }

    /** view and reshape: same storage, new shape (every tensor here is contiguous). */
    static Tensor view(Tensor x, int[] requested, String op) {
        int[] shape = Shape.infer(op, requested, x.numel());
        return viewWithName(x, shape, "ViewBackward0");
    }

    static Tensor unsqueeze(Tensor x, int dim) {
        int rank = x.dim();
        int d = Shape.wrapDim(dim, rank + 1);
        int[] in = x.shape();
        int[] out = new int[rank + 1];
        for (int i = 0, j = 0; i < out.length; i++) {
            out[i] = i == d ? 1 : in[j++];
        }
        return viewWithName(x, out, "UnsqueezeBackward0");
    }

    static Tensor squeeze(Tensor x) {
        int[] in = x.shape();
        int kept = 0;
        for (int s : in) {
            if (s != 1) {
                kept++;
            }
        }
        int[] out = new int[kept];
        for (int i = 0, j = 0; i < in.length; i++) {
            if (in[i] != 1) {
                out[j++] = in[i];
            }
        }
        return viewWithName(x, out, "SqueezeBackward0");
    }

    static Tensor squeeze(Tensor x, int dim) {
        int[] in = x.shape();
        if (in.length == 0) {
            return viewWithName(x, in, "SqueezeBackward1");
        }
        int d = Shape.wrapDim(dim, in.length);
        if (in[d] != 1) {
            return viewWithName(x, in, "SqueezeBackward1");
        }
        int[] out = new int[in.length - 1];
        for (int i = 0, j = 0; i < in.length; i++) {
            if (i != d) {
                out[j++] = in[i];
            }
        }
        return viewWithName(x, out, "SqueezeBackward1");
    }

    private static Tensor viewWithName(Tensor x, int[] shape, String name) {
        int[] original = x.shape();
        return Autograd.record(x.viewOf(shape), name, new Tensor[] {x},
                (g, s) -> new Tensor[] {new Tensor(g.data(), original)});
    }
}
