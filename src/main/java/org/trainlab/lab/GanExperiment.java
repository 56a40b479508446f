package org.trainlab.lab;

import org.trainlab.nn.Linear;
import org.trainlab.nn.ReLU;
import org.trainlab.nn.Sequential;
import org.trainlab.nn.Sigmoid;
import org.trainlab.optim.Adam;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * The tutorial's GAN (406): a generator G learns to paint curves a·x² + (a − 1), a ~ U(1, 2), that a
 * discriminator D cannot tell from the artist's. By default the update order is the corrected one (G
 * first, then D on detached fakes); {@code tutorialOrder} replays the tutorial's original order (D
 * steps in place, then G backpropagates through D's saved weights), which today's PyTorch — and
 * TrainLab — refuse with the in-place-modification error, so the lesson can show it.
 */
public final class GanExperiment extends TrainingExperiment<GanView> {
    public static final int PAINT_POINTS = 15;
    private static final int SHOWN_PAINTINGS = 3;

    /** The lesson's settings; the defaults are the tutorial's. */
    public record Settings(int batch, int ideas, int hidden, double lrG, double lrD, int steps, long seed,
            boolean tutorialOrder) {
        public static Settings defaults() {
            return new Settings(64, 5, 128, 1e-4, 1e-4, 10_000, 1, false);
        }

        public Settings withSteps(int v) {
            return new Settings(batch, ideas, hidden, lrG, lrD, v, seed, tutorialOrder);
        }

        public Settings withSeed(long v) {
            return new Settings(batch, ideas, hidden, lrG, lrD, steps, v, tutorialOrder);
        }

        public Settings withLr(double v) {
            return new Settings(batch, ideas, hidden, v, v, steps, seed, tutorialOrder);
        }

        public Settings withBatch(int v) {
            return new Settings(v, ideas, hidden, lrG, lrD, steps, seed, tutorialOrder);
        }

        public Settings withTutorialOrder(boolean v) {
            return new Settings(batch, ideas, hidden, lrG, lrD, steps, seed, v);
        }
    }

    private final Settings settings;
    private final Generator gen;
    private final Sequential g;
    private final Sequential d;
    private final Adam optG;
    private final Adam optD;
    private final Tensor points;
    private final Tensor pointsSquared;
    private final Series dAccuracies = new Series();
    private final Series dScores = new Series();
    private final Series gLosses = new Series();
    private Tensor lastPaintings;

    public GanExperiment(Settings s) {
        if (s.steps() < 1 || s.batch() < 1 || s.ideas() < 1 || s.hidden() < 1) {
            throw new IllegalArgumentException("gan: steps, batch, ideas and hidden must be positive");
        }
        this.settings = s;
        this.gen = new Generator(s.seed());
        this.g = new Sequential(new Linear(s.ideas(), s.hidden(), true, gen), new ReLU(),
                new Linear(s.hidden(), PAINT_POINTS, true, gen));
        this.d = new Sequential(new Linear(PAINT_POINTS, s.hidden(), true, gen), new ReLU(),
                new Linear(s.hidden(), 1, true, gen), new Sigmoid());
        this.optG = optimizer("G", new Adam(g.parameters(), s.lrG()));
        this.optD = optimizer("D", new Adam(d.parameters(), s.lrD()));
        this.points = Tensor.linspace(-1, 1, PAINT_POINTS);
        this.pointsSquared = points.pow(2);
    }

    public Sequential generator() {
        return g;
    }

    public Sequential discriminator() {
        return d;
    }

    /** A batch of the artist's paintings: a·x² + (a − 1) with a ~ U(1, 2) per painting. */
    private Tensor artistWorks(int n) {
        float[] sq = pointsSquared.data();
        float[] out = new float[n * PAINT_POINTS];
        for (int i = 0; i < n; i++) {
            float a = 1 + gen.nextFloat();
            for (int j = 0; j < PAINT_POINTS; j++) {
                out[i * PAINT_POINTS + j] = a * sq[j] + (a - 1);
            }
        }
        return new Tensor(out, n, PAINT_POINTS);
    }

    @Override
    protected double trainStep() {
        Tensor real = artistWorks(settings.batch());
        Tensor ideas = Tensor.randn(gen, settings.batch(), settings.ideas());
        Tensor paintings = g.forward(ideas);
        double dLoss = settings.tutorialOrder() ? tutorialOrderStep(real, paintings) : correctedStep(real, paintings);
        lastPaintings = paintings.detach();
        return dLoss;
    }

    private double correctedStep(Tensor real, Tensor paintings) {
        Tensor gLoss = d.forward(paintings).rsub(1).log().mean();
        optG.zeroGrad(false);
        gLoss.backward();
        optG.step();
        Tensor probReal = d.forward(real);
        Tensor probFake = d.forward(paintings.detach());
        Tensor dLoss = probReal.log().add(probFake.rsub(1).log()).mean().neg();
        optD.zeroGrad(false);
        dLoss.backward();
        optD.step();
        return record(probReal, dLoss, gLoss);
    }

    /** The tutorial's order: D_loss.backward(retain_graph=True); opt_D.step(); G_loss.backward() — which fails. */
    private double tutorialOrderStep(Tensor real, Tensor paintings) {
        Tensor probReal = d.forward(real);
        Tensor probFake = d.forward(paintings);
        Tensor dLoss = probReal.log().add(probFake.rsub(1).log()).mean().neg();
        Tensor gLoss = probFake.rsub(1).log().mean();
        optD.zeroGrad(false);
        dLoss.backward(null, true);
        optD.step();
        optG.zeroGrad(false);
        gLoss.backward();
        optG.step();
        return record(probReal, dLoss, gLoss);
    }

    private double record(Tensor probReal, Tensor dLoss, Tensor gLoss) {
        float dl = dLoss.item();
        dAccuracies.add(probReal.mean().item());
        dScores.add(-dl);
        gLosses.add(gLoss.item());
        return dl;
    }

    /** Share of {@code paintings} rows that lie between x² and 2x² + 1, within {@code tolerance}. */
    public static double shareInBounds(Tensor paintings, Tensor points, double tolerance) {
        float[] p = paintings.data();
        float[] x = points.data();
        int n = paintings.size(0);
        int inside = 0;
        for (int i = 0; i < n; i++) {
            boolean ok = true;
            for (int j = 0; j < x.length && ok; j++) {
                double v = p[i * x.length + j];
                double x2 = (double) x[j] * x[j];
                ok = v >= x2 - tolerance && v <= 2 * x2 + 1 + tolerance;
            }
            if (ok) {
                inside++;
            }
        }
        return n == 0 ? Double.NaN : (double) inside / n;
    }

    /** Share of {@code n} fresh paintings (new ideas) that lie between the bounds within 0.1. */
    public double freshPaintingsInBounds(int n, long seed) {
        try (NoGrad ignored = NoGrad.enter()) {
            Tensor fresh = g.forward(Tensor.randn(new Generator(seed), n, settings.ideas()));
            return shareInBounds(fresh, points, 0.1);
        }
    }

    @Override
    public long totalSteps() {
        return settings.steps();
    }

    @Override
    public GanView describe() {
        float[] x = points.toArray();
        float[] upper = new float[PAINT_POINTS];
        float[] lower = new float[PAINT_POINTS];
        for (int j = 0; j < PAINT_POINTS; j++) {
            lower[j] = x[j] * x[j];
            upper[j] = 2 * lower[j] + 1;
        }
        int shown = lastPaintings == null ? 0 : Math.min(SHOWN_PAINTINGS, lastPaintings.size(0));
        float[][] paintings = new float[shown][];
        for (int i = 0; i < shown; i++) {
            paintings[i] = lastPaintings.select(0, i).toArray();
        }
        double inBounds = lastPaintings == null ? Double.NaN : shareInBounds(lastPaintings, points, 0.1);
        Series.View acc = dAccuracies.view();
        Series.View score = dScores.view();
        return new GanView(x, paintings, upper, lower, acc.last(), score.last(), inBounds, acc, score,
                gLosses.view());
    }
}
