package org.trainlab.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trainlab.tensor.Tensor;

/**
 * The 2-D loss surfaces optimizers walk on in the paths lesson, written with tensor ops so that autograd
 * gives each gradient exactly as PyTorch would for the same Python expression (shown in {@link #python()}).
 * Each has a window that frames its interesting part, a start point from which the optimizers differ
 * visibly, and its known minimum (null when it has none).
 */
public enum Surface {
    /** {@code (1 - x)**2 + 100 * (y - x**2)**2}: a curved valley, minimum 0 at (1, 1). */
    ROSENBROCK("(1 - x)**2 + 100 * (y - x**2)**2", new double[] {-2, 2, -1, 3}, new double[] {-1.5, 2},
            new double[] {1, 1}),
    /**
     * {@code (1.5 - x + x*y)**2 + (2.25 - x + x*y**2)**2 + (2.625 - x + x*y**3)**2}: flat plateaus and steep
     * walls, minimum 0 at (3, 0.5).
     */
    BEALE("(1.5 - x + x * y)**2 + (2.25 - x + x * y**2)**2 + (2.625 - x + x * y**3)**2",
            new double[] {-4.5, 4.5, -4.5, 4.5}, new double[] {1, 1.5}, new double[] {3, 0.5}),
    /** {@code x**2 - y**2}: a saddle at the origin, unbounded below along y; no minimum. */
    SADDLE("x**2 - y**2", new double[] {-2, 2, -2, 2}, new double[] {-1.5, 0.01}, null),
    /** {@code x**2 + 10 * y**2}: an elongated bowl (condition number 10), minimum 0 at (0, 0). */
    BOWL("x**2 + 10 * y**2", new double[] {-2, 2, -2, 2}, new double[] {-1.8, 1.2}, new double[] {0, 0});

    private final String python;
    private final double[] window;
    private final double[] start;
    private final double[] minimum;

    Surface(String python, double[] window, double[] start, double[] minimum) {
        this.python = python;
        this.window = window;
        this.start = start;
        this.minimum = minimum;
    }

    /** The lower-case name the command line and the lesson use. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** By {@link #id()}. */
    public static Surface named(String name) {
        for (Surface s : values()) {
            if (s.id().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown surface '" + name + "' (choose " + String.join(", ", ids()) + ")");
    }

    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Surface s : values()) {
            ids.add(s.id());
        }
        return ids;
    }

    /** The surface as a Python expression in x and y. */
    public String python() {
        return python;
    }

    /** {xMin, xMax, yMin, yMax} of the window that shows it best. */
    public double[] window() {
        return window.clone();
    }

    /** A start point from which the optimizers' paths differ visibly. */
    public double[] defaultStart() {
        return start.clone();
    }

    /** The global minimum {x, y}, or null if the surface has none. */
    public double[] minimum() {
        return minimum == null ? null : minimum.clone();
    }

    /** f(x, y) elementwise, in tensor ops (x and y of one shape), with the same op order as {@link #python()}. */
    public Tensor f(Tensor x, Tensor y) {
        return switch (this) {
            case ROSENBROCK -> x.rsub(1).pow(2).add(y.sub(x.pow(2)).pow(2).mul(100));
            case BEALE -> x.rsub(1.5).add(x.mul(y)).pow(2)
                    .add(x.rsub(2.25).add(x.mul(y.pow(2))).pow(2))
                    .add(x.rsub(2.625).add(x.mul(y.pow(3))).pow(2));
            case SADDLE -> x.pow(2).sub(y.pow(2));
            case BOWL -> x.pow(2).add(y.pow(2).mul(10));
        };
    }

    /** f at a position p = [x, y] (a 2-element tensor), as one-element tensor. */
    public Tensor f(Tensor p) {
        return f(p.select(0, 0), p.select(0, 1));
    }
}
