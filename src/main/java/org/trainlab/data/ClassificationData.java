package org.trainlab.data;

import java.util.ArrayList;
import java.util.List;
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
     * Drawn from PyTorch's generator seeded with {@code seed}, so the lesson's program after
     * {@code torch.manual_seed(seed)} makes the same points.
     */
    public static ClassificationData generate(Shape shape, int classes, int pointsPerClass, double noise, long seed) {
        return generate(shape, classes, pointsPerClass, noise, Generator.pytorch(seed));
    }

    /**
     * As the lessons' programs write it (lab DataCode), in PyTorch's float arithmetic and drawing from
     * {@code gen}: the tutorial's {@code torch.normal(±2 * n_data, noise)} for two clusters, a loop over the
     * classes stacking (px, py) for the rest.
     */
    public static ClassificationData generate(Shape shape, int classes, int pointsPerClass, double noise,
            Generator gen) {
        int k = shape.fixedClasses() ? 2 : classes;
        if (k < 2) {
            throw new IllegalArgumentException("classification data: need at least 2 classes, got " + classes);
        }
        if (pointsPerClass < 1) {
            throw new IllegalArgumentException("classification data: need at least 1 point per class");
        }
        int n = pointsPerClass;
        List<Tensor> xs = new ArrayList<>();
        if (shape == Shape.CLUSTERS && k == 2) {
            xs.add(Tensor.normal(Tensor.full(new int[] {n, 2}, 2), noise, gen));
            xs.add(Tensor.normal(Tensor.full(new int[] {n, 2}, -2), noise, gen));
        } else {
            Tensor t = n > 1 ? Tensor.linspace(0, 1, n) : Tensor.zeros(1);
            for (int c = 0; c < k; c++) {
                xs.add(Tensor.stack(classPoints(shape, c, k, n, t, noise, gen), 1));
            }
        }
        long[] ys = new long[k * n];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = i / n;
        }
        return new ClassificationData(Tensor.cat(xs, 0), Tensor.ofLongs(ys, k * n), k);
    }

    /** Class c's px and py, expression for expression as DataCode writes them. */
    private static List<Tensor> classPoints(Shape shape, int c, int k, int n, Tensor t, double noise, Generator gen) {
        return switch (shape) {
            case CLUSTERS -> {
                double angle = 2 * Math.PI * c / k;
                Tensor px = Tensor.randn(gen, n).mul(noise).add(2 * Math.sqrt(2) * Math.cos(angle));
                Tensor py = Tensor.randn(gen, n).mul(noise).add(2 * Math.sqrt(2) * Math.sin(angle));
                yield List.of(px, py);
            }
            case XOR -> {
                Tensor a = Tensor.rand(gen, n).mul(4).sub(2);
                Tensor b = Tensor.rand(gen, n).mul(4).sub(2);
                float[] av = a.data();
                float[] bv = b.data().clone();
                for (int i = 0; i < n; i++) {
                    if ((av[i] * bv[i] > 0) != (c == 0)) {
                        bv[i] = -bv[i];
                    }
                }
                Tensor px = a.add(Tensor.randn(gen, n).mul(noise * 0.5));
                Tensor py = new Tensor(bv, n).add(Tensor.randn(gen, n).mul(noise * 0.5));
                yield List.of(px, py);
            }
            case CIRCLES -> {
                Tensor angle = Tensor.rand(gen, n).mul(2).mul(Math.PI);
                Tensor r = Tensor.randn(gen, n).mul(noise * 0.5).add(c == 0 ? 1 : 3);
                yield List.of(r.mul(angle.cos()), r.mul(angle.sin()));
            }
            case MOONS -> {
                Tensor angle = t.mul(Math.PI);
                Tensor px = c == 0 ? angle.cos() : angle.cos().neg().add(1);
                Tensor py = c == 0 ? angle.sin() : angle.sin().neg().add(0.5);
                px = px.sub(0.5).mul(2).add(Tensor.randn(gen, n).mul(noise * 0.3));
                py = py.sub(0.25).mul(2).add(Tensor.randn(gen, n).mul(noise * 0.3));
                yield List.of(px, py);
            }
            case SPIRAL -> {
                Tensor r = t.mul(2.8).add(0.2);
                Tensor angle = t.mul(1.75 * Math.PI).add(2 * Math.PI * c / k);
                Tensor px = r.mul(angle.cos()).add(Tensor.randn(gen, n).mul(noise * 0.2));
                Tensor py = r.mul(angle.sin()).add(Tensor.randn(gen, n).mul(noise * 0.2));
                yield List.of(px, py);
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
        return split(testFraction, Generator.pytorch(seed));
    }

    /**
     * The split the lessons' programs make: {@code perm = torch.randperm(len(x))} drawn from {@code gen}
     * whenever testFraction is positive, its first round(n·testFraction) rows held out (both parts sorted).
     */
    public Split split(double testFraction, Generator gen) {
        if (testFraction < 0 || testFraction >= 1) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
        int n = size();
        if (testFraction == 0) {
            return new Split(this, null);
        }
        int testCount = (int) Math.round(n * testFraction);
        int[] perm = gen.randperm(n);
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
