package org.trainlab.lab;

/** What every lesson's PyTorch program shares: how often it redraws, and numbers written as Python reads them. */
public final class PyProgram {
    /** About this many redraws, each with {@code plt.pause(0.1)}, keep a program to a few seconds. */
    static final int REDRAWS = 25;

    private PyProgram() {
    }

    /** Redraw every this many steps, so a program of {@code steps} steps redraws about {@value #REDRAWS} times. */
    public static int plotEvery(long steps) {
        return (int) Math.max(1, (steps + REDRAWS - 1) / REDRAWS);
    }

    /** A float as Python writes it: the shortest text that reads back as the same float32. */
    public static String f32(float v) {
        if (Float.isNaN(v)) {
            return "float('nan')";
        }
        if (Float.isInfinite(v)) {
            return v > 0 ? "float('inf')" : "-float('inf')";
        }
        return Float.toString(v).replace("E", "e");
    }

    /** A double setting (a noise level, a fraction) in its shortest form: 0.2, 1.0, 1e-05. */
    public static String number(double v) {
        return org.trainlab.tensor.PythonRepr.intOrFloat(v);
    }
}
