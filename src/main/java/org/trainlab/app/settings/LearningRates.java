package org.trainlab.app.settings;

/** Learning rates step along 1-2-5 decades (0.01, 0.02, 0.05, 0.1, ...), the way people try them. */
final class LearningRates {
    private static final double[] MANTISSAS = {1, 2, 5};

    private LearningRates() {
    }

    /** The next 1-2-5 value above (direction &gt; 0) or below (direction &lt; 0) {@code lr}. */
    static double next(double lr, int direction) {
        if (!(lr > 0)) {
            return 1e-3;
        }
        int exponent = (int) Math.floor(Math.log10(lr)) - 1;
        double[] candidates = new double[9];
        for (int d = 0; d < 3; d++) {
            for (int m = 0; m < 3; m++) {
                candidates[d * 3 + m] = clean(MANTISSAS[m] * Math.pow(10, exponent + d));
            }
        }
        if (direction > 0) {
            for (double c : candidates) {
                if (c > lr * (1 + 1e-9)) {
                    return c;
                }
            }
        } else {
            for (int i = candidates.length - 1; i >= 0; i--) {
                if (candidates[i] < lr * (1 - 1e-9)) {
                    return candidates[i];
                }
            }
        }
        return lr;
    }

    /** 0.30000000000000004 → 0.3. */
    private static double clean(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", v));
    }
}
