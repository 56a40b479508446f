package org.trainlab.data;

import java.util.Locale;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * The lessons' classification data sets: 2-D points with integer class labels. The tutorial's own set
 * is {@link Shape#CLUSTERS}: 100 points from N(+2, 1) labelled 0 and 100 from N(−2, 1) labelled 1.
 *
 * @param x points, shape [n, 2]
 * @param labels class indices (int64), shape [n]
 * @param classes how many classes there are
 */
public record ClassificationData(Tensor x, Tensor labels, int classes) {
    /** How the points are laid out. */
    public enum Shape {
        CLUSTERS, XOR, CIRCLES, MOONS, SPIRAL;

        public static Shape parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown classification data set '" + name
                        + "' (choose clusters, xor, circles, moons or spiral)");
            }
        }

        /** Sets whose class count is fixed by their geometry. */
        public boolean fixedClasses() {
            return this == XOR || this == MOONS || this == CIRCLES;
        }
    }

    public ClassificationData {
        if (x.dim() != 2 || labels.dim() != 1 || x.size(0) != labels.size(0)) {
            throw new IllegalArgumentException("classification data: x must be [n, features] and labels [n], got "
                    + org.trainlab.tensor.Shape.str(x.shape()) + " and "
                    + org.trainlab.tensor.Shape.str(labels.shape()));
        }
        if (labels.dtype() != DType.INT64) {
            throw new IllegalArgumentException("classification data: labels must be int64 class indices");
        }
        for (float v : labels.data()) {
            if (v < 0 || v >= classes) {
                throw new IllegalArgumentException("classification data: label " + (long) v + " is outside 0.."
                        + (classes - 1));
            }
        }
    }

    /**
     * {@code pointsPerClass} points for each of {@code classes} classes (XOR, circles and moons have 2).
     * {@code noise} is the spread: the clusters' standard deviation, or the jitter of the other shapes.
     */
    public static ClassificationData generate(Shape shape, int classes, int pointsPerClass, double noise, long seed) {
        int k = shape.fixedClasses() ? 2 : classes;
        if (k < 2) {
            throw new IllegalArgumentException("classification data: need at least 2 classes, got " + classes);
        }
        if (pointsPerClass < 1) {
            throw new IllegalArgumentException("classification data: need at least 1 point per class");
        }
        Generator gen = new Generator(seed);
        int n = k * pointsPerClass;
        float[] xs = new float[n * 2];
        long[] ys = new long[n];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < pointsPerClass; i++) {
                int row = c * pointsPerClass + i;
                double t = pointsPerClass == 1 ? 0 : (double) i / (pointsPerClass - 1);
                double[] p = point(shape, c, k, t, noise, gen);
                xs[2 * row] = (float) p[0];
                xs[2 * row + 1] = (float) p[1];
                ys[row] = c;
            }
        }
        return new ClassificationData(new Tensor(xs, n, 2), Tensor.ofLongs(ys, n), k);
    }

    private static double[] point(Shape shape, int c, int k, double t, double noise, Generator gen) {
        return switch (shape) {
            case CLUSTERS -> {
                // two classes: the tutorial's N(+2, 1) and N(−2, 1); more: centres on a circle of radius 2√2
                double angle = k == 2 ? Math.PI / 4 + c * Math.PI : 2 * Math.PI * c / k;
                double r = 2 * Math.sqrt(2);
                yield new double[] {r * Math.cos(angle) + noise * gen.nextGaussian(),
                    r * Math.sin(angle) + noise * gen.nextGaussian()};
            }
            case XOR -> {
                double a = gen.nextDouble() * 4 - 2;
                double b = gen.nextDouble() * 4 - 2;
                boolean sameSign = a * b > 0;
                if (sameSign != (c == 0)) {
                    b = -b;
                }
                yield new double[] {a + noise * gen.nextGaussian() * 0.5, b + noise * gen.nextGaussian() * 0.5};
            }
            case CIRCLES -> {
                double angle = gen.nextDouble() * 2 * Math.PI;
                double r = c == 0 ? 1 : 3;
                r += noise * 0.5 * gen.nextGaussian();
                yield new double[] {r * Math.cos(angle), r * Math.sin(angle)};
            }
            case MOONS -> {
                double angle = Math.PI * t;
                double px = c == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
                double py = c == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
                yield new double[] {2 * (px - 0.5) + noise * 0.3 * gen.nextGaussian(),
                    2 * (py - 0.25) + noise * 0.3 * gen.nextGaussian()};
            }
            case SPIRAL -> {
                double r = 0.2 + 2.8 * t;
                double angle = 2 * Math.PI * c / k + 1.75 * t * Math.PI;
                yield new double[] {r * Math.cos(angle) + noise * 0.2 * gen.nextGaussian(),
                    r * Math.sin(angle) + noise * 0.2 * gen.nextGaussian()};
            }
        };
    }

    /** The tutorial's two clusters: N(+2, 1) labelled 0, N(−2, 1) labelled 1, 100 points each. */
    public static ClassificationData tutorial(long seed) {
        return generate(Shape.CLUSTERS, 2, 100, 1.0, seed);
    }

    public int size() {
        return x.size(0);
    }

    public int features() {
        return x.size(1);
    }

    /**
     * Splits into a training and a test set: every row goes to test with probability
     * {@code testFraction}, decided by a seeded shuffle so the split is reproducible.
     */
    public Split split(double testFraction, long seed) {
        if (testFraction < 0 || testFraction >= 1) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
        int n = size();
        int testCount = (int) Math.round(n * testFraction);
        int[] perm = new Generator(seed).randperm(n);
        long[] testIdx = new long[testCount];
        long[] trainIdx = new long[n - testCount];
        for (int i = 0; i < n; i++) {
            if (i < testCount) {
                testIdx[i] = perm[i];
            } else {
                trainIdx[i - testCount] = perm[i];
            }
        }
        java.util.Arrays.sort(testIdx);
        java.util.Arrays.sort(trainIdx);
        return new Split(subset(trainIdx), testCount == 0 ? null : subset(testIdx));
    }

    private ClassificationData subset(long[] rows) {
        Tensor idx = Tensor.ofLongs(rows, rows.length);
        return new ClassificationData(x.index(idx).detach(), labels.index(idx).detach(), classes);
    }

    /** A training set and an optional (null) test set. */
    public record Split(ClassificationData train, ClassificationData test) {
    }
}
