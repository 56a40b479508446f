package org.trainlab.data;

import java.util.Locale;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * The lessons' regression data sets: x evenly spaced on [-1, 1] as a column, y = f(x) + noise. The
 * tutorial's own set is {@link Shape#SQUARE} with uniform noise: {@code y = x² + 0.2·U(0, 1)}.
 *
 * @param x inputs, shape [n, 1]
 * @param y targets, shape [n, 1]
 */
public record RegressionData(Tensor x, Tensor y) {
    /** The curve under the noise. */
    public enum Shape {
        /** x² with U(0, 1) noise, as in the tutorial. */
        SQUARE("x²"),
        SINE("sin(πx)"),
        CUBIC("x³"),
        ABS("|x|"),
        STEP("step");

        private final String label;

        Shape(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public double f(double x) {
            return switch (this) {
                case SQUARE -> x * x;
                case SINE -> Math.sin(Math.PI * x);
                case CUBIC -> x * x * x;
                case ABS -> Math.abs(x);
                case STEP -> x < 0 ? 0 : 1;
            };
        }

        /** Parses a name such as "square" or "sine", case-insensitively. */
        public static Shape parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown regression data set '" + name
                        + "' (choose square, sine, cubic, abs or step)");
            }
        }
    }

    public RegressionData {
        if (x.dim() != 2 || y.dim() != 2 || x.size(0) != y.size(0)) {
            throw new IllegalArgumentException("regression data: x and y must be columns [n, 1] of the same length, "
                    + "got " + org.trainlab.tensor.Shape.str(x.shape()) + " and "
                    + org.trainlab.tensor.Shape.str(y.shape()));
        }
    }

    /**
     * {@code points} samples of {@code shape}; the square uses the tutorial's noise {@code noise·U(0, 1)},
     * the others zero-mean Gaussian noise of standard deviation {@code noise}.
     */
    public static RegressionData generate(Shape shape, int points, double noise, long seed) {
        if (points < 2) {
            throw new IllegalArgumentException("regression data: need at least 2 points, got " + points);
        }
        Generator gen = new Generator(seed);
        Tensor x = Tensor.linspace(-1, 1, points).unsqueeze(1);
        float[] xs = x.data();
        float[] ys = new float[points];
        for (int i = 0; i < points; i++) {
            double n = shape == Shape.SQUARE ? noise * gen.nextFloat() : noise * gen.nextGaussian();
            ys[i] = (float) (shape.f(xs[i]) + n);
        }
        return new RegressionData(x, new Tensor(ys, points, 1));
    }

    /** The tutorial's set: 100 points of x² + 0.2·U(0, 1). */
    public static RegressionData tutorial(long seed) {
        return generate(Shape.SQUARE, 100, 0.2, seed);
    }

    public int size() {
        return x.size(0);
    }
}
