package org.trainlab.tensor;

/**
 * Per-thread float arrays that kernels reuse for their temporaries (a transposed operand, a row of
 * sums), so that a training step does not allocate them again. Each user owns a slot; an array is
 * valid only until the same thread asks for the same slot again, and its contents start undefined.
 */
final class Scratch {
    static final int GEMM_TRANSPOSED = 0;
    static final int GEMM_RESULT = 1;
    static final int GEMM_KERNEL = 2;
    static final int SOFTMAX_VALUES = 3;
    static final int SOFTMAX_SUMS = 4;
    static final int SOFTMAX_LOG_SUMS = 5;
    private static final int SLOTS = 6;

    private static final ThreadLocal<float[][]> ARRAYS = ThreadLocal.withInitial(() -> {
        float[][] arrays = new float[SLOTS][];
        for (int i = 0; i < SLOTS; i++) {
            arrays[i] = new float[0];
        }
        return arrays;
    });

    private Scratch() {
    }

    /** This thread's array for {@code slot}, at least {@code size} long. */
    static float[] floats(int slot, int size) {
        float[][] arrays = ARRAYS.get();
        if (arrays[slot].length < size) {
            arrays[slot] = new float[Math.max(size, arrays[slot].length * 2)];
        }
        return arrays[slot];
    }
}
