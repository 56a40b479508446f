package org.trainlab.lab;

import java.util.Locale;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;
import org.trainlab.tensor.Generator;

/**
 * The lines of a PyTorch program that make a lesson's data set again: the generator's formula with its
 * parameters, or the points themselves (a file or a drawing). Generated sets draw from PyTorch's
 * generator as the app does, so the program's points are the app's.
 */
public final class DataCode {
    /** Sets up to this many rows are written into the program; larger ones are read from their CSV file. */
    static final int LITERAL_ROWS = 1000;

    private DataCode() {
    }

    /**
     * The data lines after {@code torch.manual_seed(runSeed)}; a set generated with a seed of its own is
     * made after that seed and the run's seed is set again after it, so the program's data and net are the
     * app's point for point ({@link #generatorAfterData}).
     */
    public static String seeded(long runSeed, DataOrigin origin, String dataLines) {
        return seeded(runSeed, dataSeed(origin, runSeed), dataLines);
    }

    /**
     * A classification program's data lines ({@link #classification}), seeded as {@link #seeded} seeds
     * them; a file's or a drawing's points are held out with {@code splitSeed}, as the app holds them out.
     */
    public static String seededClassification(long runSeed, DataOrigin origin, ClassificationData all,
            double testFraction, long splitSeed) {
        return seeded(runSeed, classificationSeed(origin, runSeed, testFraction, splitSeed),
                classification(origin, all, testFraction));
    }

    private static String seeded(long runSeed, long dataSeed, String dataLines) {
        if (dataSeed == runSeed) {
            return "torch.manual_seed(" + runSeed + ")\n" + dataLines;
        }
        return "torch.manual_seed(" + dataSeed + ")   # the data set's seed\n" + dataLines
                + "torch.manual_seed(" + runSeed + ")   # the run's seed\n";
    }

    /**
     * PyTorch's generator as the program leaves it after its data lines ({@link #seeded}): seeded with the
     * run's seed and, when the data set was generated with that same seed, past the data's draws.
     */
    public static Generator generatorAfterData(long runSeed, DataOrigin origin) {
        Generator g = Generator.pytorch(runSeed);
        if (dataSeed(origin, runSeed) == runSeed) {
            if (origin instanceof DataOrigin.RegressionGenerator r) {
                RegressionData.generate(r.shape(), r.points(), r.noise(), g);
            } else if (origin instanceof DataOrigin.ClassificationGenerator c) {
                ClassificationData.generate(c.shape(), c.classes(), c.pointsPerClass(), c.noise(), g);
            }
        }
        return g;
    }

    /**
     * The train/test split a classification program makes in its data lines ({@link #seededClassification})
     * and PyTorch's generator as the program then leaves it for the net. The split's randperm draws from the
     * generator seeded with the data set's seed, past the generated points, or, for a file's or a drawing's
     * points, seeded with {@code splitSeed}; so a set is split alike whatever the run's seed.
     */
    public static HeldOut heldOut(long runSeed, DataOrigin origin, ClassificationData all, double testFraction,
            long splitSeed) {
        long dataSeed = classificationSeed(origin, runSeed, testFraction, splitSeed);
        Generator g = generatorAfterData(dataSeed, origin);
        ClassificationData.Split split = all.split(testFraction, g);
        return new HeldOut(split, dataSeed == runSeed ? g : Generator.pytorch(runSeed));
    }

    /** A program's train/test split and its generator after its data lines. */
    public record HeldOut(ClassificationData.Split split, Generator next) {
    }

    /** The seed a classification program's data lines run under: the generator's, or the split's if they draw. */
    private static long classificationSeed(DataOrigin origin, long runSeed, double testFraction, long splitSeed) {
        if (origin instanceof DataOrigin.ClassificationGenerator c) {
            return c.seed();
        }
        return testFraction > 0 ? splitSeed : runSeed;
    }

    private static long dataSeed(DataOrigin origin, long runSeed) {
        return switch (origin) {
            case DataOrigin.RegressionGenerator r -> r.seed();
            case DataOrigin.ClassificationGenerator c -> c.seed();
            default -> runSeed;
        };
    }

    /** Defines {@code x} (n, 1) and {@code y} (n, 1) as float32 tensors. */
    public static String regression(DataOrigin origin, RegressionData data) {
        if (origin instanceof DataOrigin.RegressionGenerator g) {
            String noise = PyProgram.number(g.noise());
            String f = switch (g.shape()) {
                case SQUARE -> "x.pow(2) + " + noise + " * torch.rand(x.size())";
                case SINE -> "torch.sin(math.pi * x) + " + noise + " * torch.randn(x.size())";
                case CUBIC -> "x.pow(3) + " + noise + " * torch.randn(x.size())";
                case ABS -> "x.abs() + " + noise + " * torch.randn(x.size())";
                case STEP -> "(x >= 0).float() + " + noise + " * torch.randn(x.size())";
            };
            return """
                    x = torch.unsqueeze(torch.linspace(-1, 1, %d), dim=1)   # x data, shape=(%d, 1)
                    y = %s   # noisy y data, shape=(%d, 1)
                    """.formatted(g.points(), g.points(), f, g.points());
        }
        int n = data.size();
        if (n > LITERAL_ROWS) {
            return """
                    data = np.loadtxt('%s', delimiter=',', skiprows=1, dtype=np.float32)   # x,y (Data lesson: Export CSV)
                    x = torch.from_numpy(data[:, :1])   # shape=(%d, 1)
                    y = torch.from_numpy(data[:, 1:])   # shape=(%d, 1)
                    """.formatted(fileName(origin, "regression.csv"), n, n);
        }
        return "# " + describe(origin) + ", " + n + " points\n"
                + "x = torch.tensor(" + list(data.x().toArray()) + ").unsqueeze(1)\n"
                + "y = torch.tensor(" + list(data.y().toArray()) + ").unsqueeze(1)\n";
    }

    /**
     * Defines {@code x} (float32, n×2) and {@code y} (int64 class indices) for training and, when some are
     * held out, {@code x_test} and {@code y_test}, split as the app splits them.
     */
    public static String classification(DataOrigin origin, ClassificationData all, double testFraction) {
        String make;
        if (origin instanceof DataOrigin.ClassificationGenerator g) {
            make = generator(g);
        } else if (all.size() > LITERAL_ROWS) {
            make = """
                    data = np.loadtxt('%s', delimiter=',', skiprows=1, dtype=np.float32)   # x1,x2,label (Data lesson: Export CSV)
                    x = torch.from_numpy(data[:, :2])
                    y = torch.from_numpy(data[:, 2]).long()
                    """.formatted(fileName(origin, "classification.csv"));
        } else {
            float[] xs = all.x().toArray();
            float[] labels = all.labels().toArray();
            StringBuilder pts = new StringBuilder("[");
            StringBuilder ys = new StringBuilder("[");
            for (int i = 0; i < labels.length; i++) {
                pts.append(i == 0 ? "" : ", ").append('[').append(PyProgram.f32(xs[2 * i])).append(", ")
                        .append(PyProgram.f32(xs[2 * i + 1])).append(']');
                ys.append(i == 0 ? "" : ", ").append((int) labels[i]);
            }
            make = "# " + describe(origin) + ", " + labels.length + " points\n"
                    + "x = torch.tensor(" + pts.append(']') + ")\n"
                    + "y = torch.tensor(" + ys.append(']') + ")\n";
        }
        if (testFraction <= 0) {
            return make;
        }
        return make + """

                # hold out %s of the points for testing, as the app does
                perm = torch.randperm(len(x))
                n_test = int(len(x) * %s + 0.5)
                test_idx, train_idx = perm[:n_test].sort()[0], perm[n_test:].sort()[0]
                x_test, y_test = x[test_idx], y[test_idx]
                x, y = x[train_idx], y[train_idx]
                """.formatted(percent(testFraction), PyProgram.number(testFraction));
    }

    private static String generator(DataOrigin.ClassificationGenerator g) {
        int k = g.shape().fixedClasses() ? 2 : g.classes();
        int n = g.pointsPerClass();
        String noise = PyProgram.number(g.noise());
        if (g.shape() == ClassificationData.Shape.CLUSTERS && k == 2) {
            return """
                    n_data = torch.ones(%d, 2)
                    x0 = torch.normal(2 * n_data, %s)      # class0 x data, shape=(%d, 2)
                    y0 = torch.zeros(%d)                 # class0 y data, shape=(%d,)
                    x1 = torch.normal(-2 * n_data, %s)     # class1 x data, shape=(%d, 2)
                    y1 = torch.ones(%d)                  # class1 y data, shape=(%d,)
                    x = torch.cat((x0, x1), 0).type(torch.FloatTensor)   # shape (%d, 2), float32
                    y = torch.cat((y0, y1), ).type(torch.LongTensor)     # shape (%d,), int64 labels
                    """.formatted(n, noise, n, n, n, noise, n, n, n, 2 * n, 2 * n);
        }
        String body = switch (g.shape()) {
            case CLUSTERS -> """
                        angle = 2 * math.pi * c / k   # centres on a circle of radius 2√2
                        px = 2 * math.sqrt(2) * math.cos(angle) + NOISE * torch.randn(n)
                        py = 2 * math.sqrt(2) * math.sin(angle) + NOISE * torch.randn(n)
                    """;
            case XOR -> """
                        a, b = torch.rand(n) * 4 - 2, torch.rand(n) * 4 - 2
                        b = torch.where((a * b > 0) != (c == 0), -b, b)   # class 0: same signs, class 1: opposite
                        px = a + NOISE * 0.5 * torch.randn(n)
                        py = b + NOISE * 0.5 * torch.randn(n)
                    """;
            case CIRCLES -> """
                        angle = torch.rand(n) * 2 * math.pi
                        r = (1 if c == 0 else 3) + NOISE * 0.5 * torch.randn(n)
                        px, py = r * torch.cos(angle), r * torch.sin(angle)
                    """;
            case MOONS -> """
                        angle = math.pi * t
                        px = torch.cos(angle) if c == 0 else 1 - torch.cos(angle)
                        py = torch.sin(angle) if c == 0 else 0.5 - torch.sin(angle)
                        px = 2 * (px - 0.5) + NOISE * 0.3 * torch.randn(n)
                        py = 2 * (py - 0.25) + NOISE * 0.3 * torch.randn(n)
                    """;
            case SPIRAL -> """
                        r = 0.2 + 2.8 * t
                        angle = 2 * math.pi * c / k + 1.75 * math.pi * t
                        px = r * torch.cos(angle) + NOISE * 0.2 * torch.randn(n)
                        py = r * torch.sin(angle) + NOISE * 0.2 * torch.randn(n)
                    """;
        };
        return """
                k, n = %d, %d   # %s: classes, points per class
                t = torch.linspace(0, 1, n) if n > 1 else torch.zeros(1)
                xs, ys = [], []
                for c in range(k):
                %s    xs.append(torch.stack((px, py), 1))
                    ys.append(torch.full((n,), c))
                x = torch.cat(xs).type(torch.FloatTensor)   # shape (%d, 2), float32
                y = torch.cat(ys).type(torch.LongTensor)    # shape (%d,), int64 labels
                """.formatted(k, n, g.shape().name().toLowerCase(Locale.ROOT), body.replace("NOISE", noise),
                k * n, k * n);
    }

    /** Whether the program needs {@code import math}. */
    public static boolean needsMath(DataOrigin origin) {
        return origin instanceof DataOrigin.RegressionGenerator r && r.shape() == RegressionData.Shape.SINE
                || origin instanceof DataOrigin.ClassificationGenerator c
                        && !(c.shape() == ClassificationData.Shape.CLUSTERS && (c.classes() == 2));
    }

    /** Whether the program needs {@code import numpy as np} for its data. */
    public static boolean needsNumpy(DataOrigin origin, int rows) {
        return !(origin instanceof DataOrigin.RegressionGenerator || origin instanceof DataOrigin.ClassificationGenerator)
                && rows > LITERAL_ROWS;
    }

    private static String describe(DataOrigin origin) {
        return switch (origin) {
            case DataOrigin.File f -> "the points of " + f.name();
            case DataOrigin.Drawn d -> "the points drawn in the Data lesson";
            default -> "the data set";
        };
    }

    private static String fileName(DataOrigin origin, String fallback) {
        return origin instanceof DataOrigin.File f ? f.name().replace("'", "\\'") : fallback;
    }

    private static String list(float[] values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ", ").append(PyProgram.f32(values[i]));
        }
        return b.append(']').toString();
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
