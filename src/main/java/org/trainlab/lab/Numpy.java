package org.trainlab.lab;

/**
 * numpy's arithmetic where a program's data comes from numpy: its results in double precision, as numpy
 * computes them before a program turns them into float32 tensors.
 */
public final class Numpy {
    private Numpy() {
    }

    /** {@code np.linspace(start, stop, num)}: i·step + start, the last value stop itself. */
    public static double[] linspace(double start, double stop, int num) {
        if (num < 0) {
            throw new IllegalArgumentException("linspace: num must be non-negative, got " + num);
        }
        double[] y = new double[num];
        if (num == 1) {
            y[0] = start;
        } else if (num > 1) {
            double step = (stop - start) / (num - 1);
            for (int i = 0; i < num; i++) {
                y[i] = step == 0 ? (double) i / (num - 1) * (stop - start) + start : i * step + start;
            }
            y[num - 1] = stop;
        }
        return y;
    }

    /** {@code np.sin} on a float32, as numpy's vectorised kernel computes it where the CPU has FMA (x86-64 AVX2). */
    public static float sin(float x) {
        return sinCos(x, false);
    }

    /** {@code np.cos} on a float32, as numpy's vectorised kernel computes it where the CPU has FMA (x86-64 AVX2). */
    public static float cos(float x) {
        return sinCos(x, true);
    }

    /**
     * numpy's float32 sine and cosine: the quadrant k = rint(x·2/π), x reduced by k·π/2 in three fused
     * Cody–Waite steps, a minimax polynomial for sin or cos of the rest picked and signed by the quadrant;
     * beyond the reduction's range (and for NaN) the C library's value, here Java's.
     */
    private static float sinCos(float x, boolean cosine) {
        float limit = cosine ? 71476.0625f : 117435.992f;
        if (!(Math.abs(x) <= limit)) {
            return (float) (cosine ? Math.cos(x) : Math.sin(x));
        }
        float magic = 0x1.8p23f;
        float quadrant = Math.fma(x, 0x1.45f306p-1f, magic) - magic; // the compiler fuses multiply and add
        float r = Math.fma(quadrant, -0x1.921fb0p+00f, x);
        r = Math.fma(quadrant, -0x1.5110b4p-22f, r);
        r = Math.fma(quadrant, -0x1.846988p-48f, r);
        float r2 = r * r;
        float c = Math.fma(0x1.98e616p-16f, r2, -0x1.6c06dcp-10f);
        c = Math.fma(c, r2, 0x1.55553cp-05f);
        c = Math.fma(c, r2, -0.5f);
        c = Math.fma(c, r2, 1f);
        float s = Math.fma(0x1.7d3bbcp-19f, r2, -0x1.a06bbap-13f);
        s = Math.fma(s, r2, 0x1.11119ap-07f);
        s = Math.fma(s, r2, -0x1.555556p-03f);
        s = Math.fma(s, r2, 0f);
        s = Math.fma(s, r, r);
        int k = (int) quadrant + (cosine ? 1 : 0);
        float v = (k & 1) == 0 ? s : c;
        return (k & 2) == 2 ? 0f - v : v;
    }
}
