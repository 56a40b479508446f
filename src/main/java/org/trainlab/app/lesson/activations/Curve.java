package org.trainlab.app.lesson.activations;

import org.trainlab.app.settings.Settings;
import org.trainlab.tensor.Tensor;

/**
 * One activation function sampled on x ∈ [−5, 5], as the tutorial's {@code torch.linspace(-5, 5, 200)}, with
 * its derivative computed by the engine's autograd: each y[i] depends on x[i] alone, so the gradient of
 * {@code y.sum()} with respect to x is f'(x[i]) at every point. The y limits are the tutorial's, widened where
 * a curve goes beyond them.
 */
public record Curve(Activation function, float[] x, float[] y, float[] dy, double yLow, double yHigh) {
    public static final int POINTS = 200;
    public static final double X_LOW = -5;
    public static final double X_HIGH = 5;

    public static Curve of(Activation function, Settings settings) {
        Tensor x = Tensor.linspace(X_LOW, X_HIGH, POINTS).requiresGrad_();
        Tensor y = function.apply(x, settings);
        y.sum().backward();
        float[] ys = y.detach().toArray();
        float[] dys = x.grad().toArray();
        double lo = function.yLow();
        double hi = function.yHigh();
        double min = Math.min(min(ys), min(dys));
        double max = Math.max(max(ys), max(dys));
        double pad = 0.05 * (max - min);
        if (min < lo) {
            lo = roundDown(min - pad);
        }
        if (max > hi) {
            hi = roundUp(max + pad);
        }
        return new Curve(function, x.detach().toArray(), ys, dys, lo, hi);
    }

    private static double roundDown(double v) {
        return Math.floor(v * 10) / 10;
    }

    private static double roundUp(double v) {
        return Math.ceil(v * 10) / 10;
    }

    private static double min(float[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (float f : v) {
            m = Math.min(m, f);
        }
        return m;
    }

    private static double max(float[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (float f : v) {
            m = Math.max(m, f);
        }
        return m;
    }
}
