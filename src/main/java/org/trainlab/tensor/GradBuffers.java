package org.trainlab.tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * Arrays for the gradients that flow between nodes during one backward pass, recycled from pass to
 * pass. Those gradients never outlive their pass: a node's incoming gradient is consumed by its
 * backward rule, and a leaf's {@code .grad} is a copy or an in-place sum, never the flowing array. So
 * the i-th array asked for in one pass can be handed out again as the i-th array of the next, and a
 * training loop's backward allocates nothing once its shapes have been seen. Outside a backward pass
 * (or for a size not seen at that position) it is a plain new, zeroed array.
 *
 * <p>Arrays from here are not zeroed: a rule that takes one writes every element.
 */
public final class GradBuffers {
    /** Recycled arrays beyond this many floats per thread are left to the collector. */
    private static final long MAX_FLOATS = 4L << 20;
    private static final ThreadLocal<GradBuffers> CURRENT = ThreadLocal.withInitial(GradBuffers::new);

    private final List<float[]> arrays = new ArrayList<>();
    private long floatsHeld;
    private int next;
    private int depth;

    private GradBuffers() {
    }

    /**
     * An array of n floats for a gradient computed inside a backward rule; its contents are undefined
     * when a backward pass is running (write every element).
     */
    public static float[] floats(int n) {
        return CURRENT.get().take(n);
    }

    static void beginPass() {
        CURRENT.get().depth++;
    }

    static void endPass() {
        GradBuffers b = CURRENT.get();
        if (--b.depth == 0) {
            b.next = 0;
        }
    }

    private float[] take(int n) {
        if (depth == 0) {
            return new float[n];
        }
        if (next < arrays.size()) {
            float[] a = arrays.get(next);
            if (a.length == n) {
                next++;
                return a;
            }
            floatsHeld -= a.length;
            float[] fresh = new float[n];
            arrays.set(next++, fresh);
            floatsHeld += n;
            return fresh;
        }
        float[] fresh = new float[n];
        if (floatsHeld + n <= MAX_FLOATS) {
            arrays.add(fresh);
            floatsHeld += n;
            next++;
        }
        return fresh;
    }
}
