package org.trainlab.lab;

import java.util.ArrayList;
import java.util.List;
import org.trainlab.optim.Optimizer;
import org.trainlab.spec.OptimizerPreset;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * Optimizers walking a 2-D surface: one parameter p = [x, y] (float32, requires_grad) per optimizer, all
 * from the same start; one step = each optimizer in turn does {@code zero_grad(); f(p).backward(); step()}.
 * An optimizer whose position stops being finite stops there and is marked diverged; the others go on,
 * and the run fails only when all have diverged.
 */
public final class PathsExperiment extends TrainingExperiment<PathsView> {
    /** The tutorial's optimizers, with its presets (Momentum 0.8, RMSprop alpha 0.9, Adam betas (0.9, 0.99)). */
    public static final List<String> DEFAULT_OPTIMIZERS = OptimizersExperiment.DEFAULT_OPTIMIZERS;
    /** Grid points per side of the contour. */
    static final int CONTOUR = 200;

    /**
     * The lesson's settings.
     *
     * @param surface the surface's id ({@link Surface#ids()})
     * @param startX the start point, the same for every optimizer
     * @param startY
     * @param steps how many steps each optimizer takes
     * @param lr the one learning rate every optimizer starts with (each can be changed live by its name)
     * @param optimizers names from {@link OptimizerPreset#NAMES}, each at most once
     */
    public record Settings(String surface, double startX, double startY, int steps, double lr,
            List<String> optimizers) {
        public Settings {
            optimizers = List.copyOf(optimizers);
        }

        /** Rosenbrock from its default start (-1.5, 2), 200 steps at lr 0.001, the five optimizers. */
        public static Settings defaults() {
            return forSurface("rosenbrock");
        }

        /** A surface from its {@link Surface#defaultStart()}, otherwise the defaults. */
        public static Settings forSurface(String surface) {
            double[] start = Surface.named(surface).defaultStart();
            return new Settings(surface, start[0], start[1], 200, 0.001, DEFAULT_OPTIMIZERS);
        }

        public Settings withSurface(String v) {
            return new Settings(v, startX, startY, steps, lr, optimizers);
        }

        public Settings withStart(double x, double y) {
            return new Settings(surface, x, y, steps, lr, optimizers);
        }

        public Settings withSteps(int v) {
            return new Settings(surface, startX, startY, v, lr, optimizers);
        }

        public Settings withLr(double v) {
            return new Settings(surface, startX, startY, steps, v, optimizers);
        }

        public Settings withOptimizers(List<String> v) {
            return new Settings(surface, startX, startY, steps, lr, v);
        }
    }

    private final Settings settings;
    private final Surface surface;
    private final List<Walker> walkers = new ArrayList<>();
    private final PathsView.Contour contour;
    private final float[] minimum;

    /** One optimizer's parameter and what it has done. */
    private static final class Walker {
        final String name;
        final Tensor p;
        final Optimizer optimizer;
        final Series x = new Series();
        final Series y = new Series();
        final Series loss = new Series();
        long divergedAt = -1;

        Walker(String name, Tensor p, Optimizer optimizer) {
            this.name = name;
            this.p = p;
            this.optimizer = optimizer;
        }
    }

    public PathsExperiment(Settings s) {
        this.surface = Surface.named(s.surface());
        if (s.optimizers().isEmpty()) {
            throw new IllegalArgumentException("paths: choose at least one optimizer");
        }
        if (s.steps() < 1) {
            throw new IllegalArgumentException("paths: steps must be at least 1, got " + s.steps());
        }
        if (!Double.isFinite(s.startX()) || !Double.isFinite(s.startY())) {
            throw new IllegalArgumentException("paths: the start point must be finite, got (" + s.startX() + ", "
                    + s.startY() + ")");
        }
        if (!(s.lr() > 0) || Double.isInfinite(s.lr())) {
            throw new IllegalArgumentException("Invalid learning rate: " + s.lr());
        }
        if (new java.util.HashSet<>(s.optimizers()).size() < s.optimizers().size()) {
            throw new IllegalArgumentException("paths: each optimizer may walk once, got " + s.optimizers());
        }
        this.settings = s;
        for (String name : s.optimizers()) {
            Tensor p = Tensor.of((float) s.startX(), (float) s.startY()).requiresGrad_();
            Walker w = new Walker(name, p, optimizer(name, OptimizerPreset.create(name, List.of(p), s.lr())));
            record(w, value(p));
            walkers.add(w);
        }
        this.contour = contour(surface);
        double[] min = surface.minimum();
        this.minimum = min == null ? null : new float[] {(float) min[0], (float) min[1]};
    }

    public Settings settings() {
        return settings;
    }

    /** Each live optimizer steps once; returns the smallest current loss among those still finite. */
    @Override
    protected double trainStep() {
        double best = Double.NaN;
        for (Walker w : walkers) {
            if (w.divergedAt >= 0) {
                continue;
            }
            w.optimizer.zeroGrad(false);
            surface.f(w.p).backward();
            w.optimizer.step();
            float[] d = w.p.data();
            float f = value(w.p);
            if (!Float.isFinite(d[0]) || !Float.isFinite(d[1]) || !Float.isFinite(f)) {
                w.divergedAt = steps() + 1;
                continue;
            }
            record(w, f);
            best = Double.isNaN(best) ? f : Math.min(best, f);
        }
        return best;
    }

    private static void record(Walker w, float f) {
        float[] d = w.p.data();
        w.x.add(d[0]);
        w.y.add(d[1]);
        w.loss.add(f);
    }

    private float value(Tensor p) {
        try (NoGrad ignored = NoGrad.enter()) {
            return surface.f(p).item();
        }
    }

    private static PathsView.Contour contour(Surface s) {
        double[] win = s.window();
        int n = CONTOUR;
        float[] xs = new float[n * n];
        float[] ys = new float[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                xs[r * n + c] = (float) (win[0] + (win[1] - win[0]) * c / (n - 1));
                ys[r * n + c] = (float) (win[2] + (win[3] - win[2]) * r / (n - 1));
            }
        }
        float[] values;
        try (NoGrad ignored = NoGrad.enter()) {
            values = s.f(Tensor.of(xs), Tensor.of(ys)).toArray();
        }
        return new PathsView.Contour(win[0], win[1], win[2], win[3], n, n, values);
    }

    @Override
    public long totalSteps() {
        return settings.steps();
    }

    @Override
    public PathsView describe() {
        List<PathsView.Path> paths = new ArrayList<>(walkers.size());
        for (Walker w : walkers) {
            paths.add(new PathsView.Path(w.name, w.x.view(), w.y.view(), w.loss.view(), w.divergedAt));
        }
        return new PathsView(surface.id(), paths, contour, minimum);
    }

    /**
     * The PyTorch program that walks the same surface with the same optimizers from the same start, plots
     * the paths over the surface's contours and prints where each optimizer ended.
     */
    public static String pytorchCode(Settings s) {
        Surface surface = Surface.named(s.surface());
        double[] w = surface.window();
        StringBuilder opts = new StringBuilder();
        for (String name : s.optimizers()) {
            opts.append("    '").append(name).append("': ")
                    .append(OptimizerPreset.code(name, "[params['" + name + "']]", s.lr())).append(",\n");
        }
        return """
                import torch
                import matplotlib.pyplot as plt


                def f(x, y):   # %s
                    return %s


                start = [%s, %s]
                params = {name: torch.tensor(start, requires_grad=True) for name in %s}
                optimizers = {
                %s}
                paths = {name: [start] for name in optimizers}
                for step in range(%d):
                    for name, opt in optimizers.items():
                        p = params[name]
                        loss = f(p[0], p[1])
                        opt.zero_grad()
                        loss.backward()
                        opt.step()
                        paths[name].append(p.tolist())

                xs = torch.linspace(%s, %s, 200)
                ys = torch.linspace(%s, %s, 200)
                X, Y = torch.meshgrid(xs, ys, indexing='xy')
                Z = f(X, Y)
                plt.contourf(X, Y, torch.log1p(Z - Z.min()), levels=14, cmap='RdYlBu_r')
                for name, path in paths.items():
                    path = torch.tensor(path)
                    plt.plot(path[:, 0], path[:, 1], lw=2, label=name)
                plt.xlim(%s, %s)
                plt.ylim(%s, %s)
                plt.legend()
                for name, p in params.items():
                    print('%%-9s ends at (%%.4f, %%.4f), f = %%.6f' %% (name, p[0].item(), p[1].item(), f(p[0], p[1]).item()))
                plt.show()
                """.formatted(surface.id(), surface.python(), PyProgram.number(s.startX()), PyProgram.number(s.startY()),
                pyList(s.optimizers()), opts, s.steps(), PyProgram.number(w[0]), PyProgram.number(w[1]),
                PyProgram.number(w[2]), PyProgram.number(w[3]), PyProgram.number(w[0]), PyProgram.number(w[1]),
                PyProgram.number(w[2]), PyProgram.number(w[3]));
    }

    private static String pyList(List<String> names) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            b.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append('\'');
        }
        return b.append(']').toString();
    }
}
