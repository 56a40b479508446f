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
}
