package org.trainlab.tensor;

import java.util.Arrays;

/** Shape arithmetic: sizes, strides, broadcasting and dimension wrapping, as PyTorch does it. */
public final class Shape {
    private Shape() {
    }

    public static int numel(int[] shape) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    /** Row-major strides of a contiguous tensor. */
    public static int[] strides(int[] shape) {
        int[] strides = new int[shape.length];
        int stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return strides;
    }

    /** PyTorch's printed form of a size: {@code [2, 3]}. */
    public static String str(int[] shape) {
        return Arrays.toString(shape);
    }

    /** Wraps a possibly negative dimension into [0, rank), failing like PyTorch's IndexError. */
    public static int wrapDim(int dim, int rank) {
        int r = Math.max(rank, 1);
        if (dim < -r || dim >= r) {
            throw new IndexOutOfBoundsException("Dimension out of range (expected to be in range of ["
                    + (-r) + ", " + (r - 1) + "], but got " + dim + ")");
        }
        return dim < 0 ? dim + r : dim;
    }

    /** The broadcast shape of two shapes, or an error naming both, as PyTorch reports it. */
    public static int[] broadcast(String op, int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = rank - 1; i >= 0; i--) { // from the last dimension, so the mismatch named is PyTorch's
            int da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            int db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException(op + ": The size of tensor a (" + da
                        + ") must match the size of tensor b (" + db + ") at non-singleton dimension " + i
                        + " (shapes " + str(a) + " and " + str(b) + ")");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** Strides for reading a tensor of {@code shape} as if it had the broadcast shape {@code out}: 0 where broadcast. */
    public static int[] broadcastStrides(int[] shape, int[] out) {
        int[] own = strides(shape);
        int[] result = new int[out.length];
        int offset = out.length - shape.length;
        for (int i = 0; i < shape.length; i++) {
            result[i + offset] = shape[i] == 1 && out[i + offset] != 1 ? 0 : own[i];
        }
        return result;
    }

    /** Resolves a single -1 in a requested shape against a number of elements. */
    public static int[] infer(String op, int[] requested, int numel) {
        int[] shape = requested.clone();
        int unknown = -1;
        int known = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                if (unknown >= 0) {
                    throw new IllegalArgumentException(op + ": only one dimension can be inferred");
                }
                unknown = i;
            } else if (shape[i] < 0) {
                throw new IllegalArgumentException(op + ": invalid shape dimension " + shape[i]);
            } else {
                known *= shape[i];
            }
        }
        if (unknown >= 0) {
            if (known == 0 || numel % known != 0) {
                throw new IllegalArgumentException(op + ": shape '" + str(requested)
                        + "' is invalid for input of size " + numel);
            }
            shape[unknown] = numel / known;
        } else if (known != numel) {
            throw new IllegalArgumentException(op + ": shape '" + str(requested)
                    + "' is invalid for input of size " + numel);
        }
        return shape;
    }
}
