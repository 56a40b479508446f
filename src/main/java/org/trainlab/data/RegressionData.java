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
     * the others zero-mean Gaussian noise of standard deviation {@code noise}. Drawn from PyTorch's
     * generator seeded with {@code seed}, so the tutorial's program after {@code torch.manual_seed(seed)}
     * makes the same points.
     */
    public static RegressionData generate(Shape shape, int points, double noise, long seed) {
        return generate(shape, points, noise, Generator.pytorch(seed));
    }

    /**
     * As the lessons' programs write it (lab DataCode): {@code x = torch.unsqueeze(torch.linspace(-1, 1, n), dim=1)},
     * {@code y = f(x) + noise * torch.rand(x.size())} for the square, {@code torch.randn} for the others,
     * in PyTorch's float arithmetic and drawing from {@code gen}.
     */
    public static RegressionData generate(Shape shape, int points, double noise, Generator gen) {
        if (points < 2) {
            throw new IllegalArgumentException("regression data: need at least 2 points, got " + points);
        }
        Tensor x = Tensor.linspace(-1, 1, points).unsqueeze(1);
        Tensor f = switch (shape) {
            case SQUARE -> x.pow(2);
            case SINE -> x.mul(Math.PI).sin();
            case CUBIC -> x.pow(3);
            case ABS -> x.abs();
            case STEP -> step(x);
        };
        Tensor draws = shape == Shape.SQUARE ? Tensor.rand(gen, points, 1) : Tensor.randn(gen, points, 1);
        return new RegressionData(x, f.add(draws.mul(noise)));
    }

    /** {@code (x >= 0).float()}. */
    private static Tensor step(Tensor x) {
        float[] xs = x.data();
        float[] out = new float[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = xs[i] >= 0 ? 1f : 0f;
        }
        return new Tensor(out, x.shape());
    }

    /** The tutorial's set: 100 points of x² + 0.2·U(0, 1). */
    public static RegressionData tutorial(long seed) {
        return generate(Shape.SQUARE, 100, 0.2, seed);
    }

    public int size() {
        return x.size(0);
    }
}
