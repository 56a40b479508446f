package org.trainlab.lab;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trainlab.io.NamedModule;
import org.trainlab.nn.Linear;
import org.trainlab.nn.ReLU;
import org.trainlab.nn.Sequential;
import org.trainlab.nn.Sigmoid;
import org.trainlab.optim.Optimizer;
import org.trainlab.spec.LossKind;
import org.trainlab.spec.OptimizerKind;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * The tutorial's GAN (406): a generator G learns to paint curves a·x² + (a − 1), a ~ U(1, 2), that a
 * discriminator D cannot tell from the artist's. By default the update order is the corrected one (G
 * first, then D on detached fakes); {@code tutorialOrder} replays the tutorial's original order (D
 * steps in place, then G backpropagates through D's saved weights), which today's PyTorch — and
 * TrainLab — refuse with the in-place-modification error, so the lesson can show it.
 *
 * <p>With labels (406_conditional_GAN) G and D both get one more input: 1 for the upper half of the band
 * (a > 1.5), 0 for the lower half; or, beyond the tutorial, the continuous label a − 1 itself.
 */
public final class GanExperiment extends TrainingExperiment<GanView> implements SavableExperiment {
    public static final int PAINT_POINTS = 15;
    /** Optimizer choices for G and D, with PyTorch's defaults (the tutorial's Adam is Adam(lr=0.0001)). */
    public static final List<String> OPTIMIZERS = List.of("adam", "sgd", "rmsprop", "adagrad", "adamw");
    private static final int SHOWN_PAINTINGS = 6;
    private static final int SHOWN_ARTIST = 3;
    /** Fresh paintings drawn for each picture, from ideas fixed for the whole run. */
    private static final int VIEW_PAINTINGS = 200;
    /** The a values of D's verdict, 0 to 3. */
    private static final int VERDICT_POINTS = 61;
    private static final double VERDICT_MAX_A = 3;

    /** Whether and how each painting carries a label. */
    public enum Labels {
        /** The tutorial's GAN: no labels. */
        NONE,
        /** 406_conditional_GAN: 1 for the upper half of the band (a > 1.5), 0 for the lower. */
        HALVES,
        /** The label is a − 1 itself, so one number asks for one curve. */
        CONTINUOUS;

        /** The name the lesson and the command line use: plain, conditional, continuous. */
        public String id() {
            return switch (this) {
                case NONE -> "plain";
                case HALVES -> "conditional";
                case CONTINUOUS -> "continuous";
            };
        }

        public static Labels of(String id) {
            for (Labels l : values()) {
                if (l.id().equals(id)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown GAN kind '" + id + "' (choose plain, conditional, continuous)");
        }

        public boolean any() {
            return this != NONE;
        }

        /** The label of a painting with this a. */
        float labelOf(float a) {
            return switch (this) {
                case NONE -> 0;
                case HALVES -> a - 1 > 0.5f ? 1 : 0;
                case CONTINUOUS -> a - 1;
            };
        }
    }

    /** The lesson's settings; the defaults are the tutorial's. */
    public record Settings(int batch, int ideas, int hidden, int points, double lrG, double lrD, String optimizerG,
            String optimizerD, int steps, long seed, boolean tutorialOrder, Labels labels) {
        public Settings {
            optimizerG = optimizerG.toLowerCase(Locale.ROOT);
            optimizerD = optimizerD.toLowerCase(Locale.ROOT);
            if (!OPTIMIZERS.contains(optimizerG) || !OPTIMIZERS.contains(optimizerD)) {
                throw new IllegalArgumentException("gan: unknown optimizer (choose " + String.join(", ", OPTIMIZERS) + ")");
            }
        }

        public static Settings defaults() {
            return new Settings(64, 5, 128, PAINT_POINTS, 1e-4, 1e-4, "adam", "adam", 10_000, 1, false, Labels.NONE);
        }

        public Settings withSteps(int v) {
            return new Settings(batch, ideas, hidden, points, lrG, lrD, optimizerG, optimizerD, v, seed, tutorialOrder, labels);
        }

        public Settings withSeed(long v) {
            return new Settings(batch, ideas, hidden, points, lrG, lrD, optimizerG, optimizerD, steps, v, tutorialOrder, labels);
        }

        /** Both learning rates. */
        public Settings withLr(double v) {
            return withLrs(v, v);
        }

        public Settings withLrs(double g, double d) {
            return new Settings(batch, ideas, hidden, points, g, d, optimizerG, optimizerD, steps, seed, tutorialOrder, labels);
        }

        public Settings withBatch(int v) {
            return new Settings(v, ideas, hidden, points, lrG, lrD, optimizerG, optimizerD, steps, seed, tutorialOrder, labels);
        }

        public Settings withIdeas(int v) {
            return new Settings(batch, v, hidden, points, lrG, lrD, optimizerG, optimizerD, steps, seed, tutorialOrder, labels);
        }

        public Settings withPoints(int v) {
            return new Settings(batch, ideas, hidden, v, lrG, lrD, optimizerG, optimizerD, steps, seed, tutorialOrder, labels);
        }

        public Settings withOptimizers(String g, String d) {
            return new Settings(batch, ideas, hidden, points, lrG, lrD, g, d, steps, seed, tutorialOrder, labels);
        }

        public Settings withTutorialOrder(boolean v) {
            return new Settings(batch, ideas, hidden, points, lrG, lrD, optimizerG, optimizerD, steps, seed, v, labels);
        }

        public Settings withLabels(Labels v) {
            return new Settings(batch, ideas, hidden, points, lrG, lrD, optimizerG, optimizerD, steps, seed, tutorialOrder, v);
        }

        /** G's inputs: the ideas, and the label if there is one. */
        public int generatorInputs() {
            return ideas + (labels.any() ? 1 : 0);
        }
    }

    private final Settings settings;
    private final Generator gen;
    private final Sequential g;
    private final Sequential d;
    private final Optimizer optG;
    private final Optimizer optD;
    private final Tensor points;
    private final Tensor pointsSquared;
    private final Tensor viewInputs;
    private final float[] viewLabels;
    private final Series dAccuracies = new Series();
    private final Series dScores = new Series();
    private final Series gLosses = new Series();
    private final Series dLosses = new Series();
    private float[][] lastArtist = new float[0][];
    private float[] lastArtistLabels = new float[0];

    public GanExperiment(Settings s) {
        if (s.steps() < 1 || s.batch() < 1 || s.ideas() < 1 || s.hidden() < 1 || s.points() < 2) {
            throw new IllegalArgumentException("gan: steps, batch, ideas and hidden must be positive, points at least 2");
        }
        this.settings = s;
        this.gen = new Generator(s.seed());
        int labelInputs = s.labels().any() ? 1 : 0;
        this.g = new Sequential(new Linear(s.generatorInputs(), s.hidden(), true, gen), new ReLU(),
                new Linear(s.hidden(), s.points(), true, gen));
        this.d = new Sequential(new Linear(s.points() + labelInputs, s.hidden(), true, gen), new ReLU(),
                new Linear(s.hidden(), 1, true, gen), new Sigmoid());
        this.optG = optimizer("G", OptimizerKind.named(s.optimizerG()).create(g.parameters(), Map.of("lr", s.lrG())));
        this.optD = optimizer("D", OptimizerKind.named(s.optimizerD()).create(d.parameters(), Map.of("lr", s.lrD())));
        this.points = Tensor.linspace(-1, 1, s.points());
        this.pointsSquared = points.pow(2);
        // the pictures' ideas come from their own generator, so drawing never changes the training's randomness
        Generator viewGen = new Generator(s.seed() + 7919);
        Tensor ideas = Tensor.randn(viewGen, VIEW_PAINTINGS, s.ideas());
        this.viewLabels = new float[VIEW_PAINTINGS];
        for (int i = 0; i < VIEW_PAINTINGS; i++) {
            viewLabels[i] = switch (s.labels()) {
                case NONE -> 0;
                case HALVES -> i % 2;
                case CONTINUOUS -> (float) i / (VIEW_PAINTINGS - 1);
            };
        }
        this.viewInputs = withLabels(ideas, viewLabels);
    }

    public Settings settings() {
        return settings;
    }

    /** G and D, as the tutorial names them, each with its optimizer and learning rate. */
    @Override
    public List<NamedModule> nets() {
        int labelInputs = settings.labels().any() ? 1 : 0;
        return List.of(
                new NamedModule("G", g, new TrainingSettings(LossKind.BCE, OptimizerKind.named(settings.optimizerG()),
                        Map.of("lr", settings.lrG()), settings.steps(), settings.batch(), false, settings.seed(),
                        settings.generatorInputs())),
                new NamedModule("D", d, new TrainingSettings(LossKind.BCE, OptimizerKind.named(settings.optimizerD()),
                        Map.of("lr", settings.lrD()), settings.steps(), settings.batch(), false, settings.seed(),
                        settings.points() + labelInputs)));
    }

    public Sequential generator() {
        return g;
    }

    public Sequential discriminator() {
        return d;
    }

    /** {@code x} with the labels as one more column (a new tensor, differentiable in x), or x without labels. */
    private Tensor withLabels(Tensor x, float[] labels) {
        if (!settings.labels().any()) {
            return x;
        }
        return Tensor.cat(List.of(x, new Tensor(labels, labels.length, 1)), 1);
    }

    @Override
    protected double trainStep() {
        int n = settings.batch();
        int p = settings.points();
        // the artist's paintings: a·x² + (a − 1) with a ~ U(1, 2) per painting, and their labels
        float[] sq = pointsSquared.data();
        float[] art = new float[n * p];
        float[] labels = new float[n];
        for (int i = 0; i < n; i++) {
            float a = 1 + gen.nextFloat();
            labels[i] = settings.labels().labelOf(a);
            for (int j = 0; j < p; j++) {
                art[i * p + j] = a * sq[j] + (a - 1);
            }
        }
        Tensor real = withLabels(new Tensor(art, n, p), labels);
        Tensor ideas = Tensor.randn(gen, n, settings.ideas());
        Tensor paintings = g.forward(withLabels(ideas, labels));
        double dLoss = settings.tutorialOrder() ? tutorialOrderStep(real, paintings, labels)
                : correctedStep(real, paintings, labels);
        keepArtist(art, labels);
        return dLoss;
    }

    private void keepArtist(float[] art, float[] labels) {
        int p = settings.points();
        int shown = Math.min(SHOWN_ARTIST, labels.length);
        float[][] rows = new float[shown][];
        for (int i = 0; i < shown; i++) {
            rows[i] = java.util.Arrays.copyOfRange(art, i * p, (i + 1) * p);
        }
        lastArtist = rows;
        lastArtistLabels = java.util.Arrays.copyOf(labels, shown);
    }

    private double correctedStep(Tensor real, Tensor paintings, float[] labels) {
        Tensor gLoss = d.forward(withLabels(paintings, labels)).rsub(1).log().mean();
        optG.zeroGrad(false);
        gLoss.backward();
        optG.step();
        Tensor probReal = d.forward(real);
        Tensor probFake = d.forward(withLabels(paintings.detach(), labels));
        Tensor dLoss = probReal.log().add(probFake.rsub(1).log()).mean().neg();
        optD.zeroGrad(false);
        dLoss.backward();
        optD.step();
        return record(probReal, dLoss, gLoss);
    }

    /** The tutorial's order: D_loss.backward(retain_graph=True); opt_D.step(); G_loss.backward() — which fails. */
    private double tutorialOrderStep(Tensor real, Tensor paintings, float[] labels) {
        Tensor probReal = d.forward(real);
        Tensor probFake = d.forward(withLabels(paintings, labels));
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
        dLosses.add(dl);
        gLosses.add(gLoss.item());
        return dl;
    }

    /** Share of {@code paintings} rows that lie between x² and 2x² + 1, within {@code tolerance}. */
    public static double shareInBounds(Tensor paintings, Tensor points, double tolerance) {
        return shareBetween(paintings.data(), paintings.size(0), points.data(), 1, 2, tolerance);
    }

    /**
     * Share of the {@code n} paintings (rows of {@code p}) that lie between the artist's curves for
     * {@code aLow} and {@code aHigh} (a·x² + (a − 1)), within {@code tolerance}.
     */
    public static double shareBetween(float[] p, int n, float[] x, double aLow, double aHigh, double tolerance) {
        int inside = 0;
        for (int i = 0; i < n; i++) {
            boolean ok = true;
            for (int j = 0; j < x.length && ok; j++) {
                double v = p[i * x.length + j];
                double x2 = (double) x[j] * x[j];
                ok = v >= aLow * x2 + aLow - 1 - tolerance && v <= aHigh * x2 + aHigh - 1 + tolerance;
            }
            if (ok) {
                inside++;
            }
        }
        return n == 0 ? Double.NaN : (double) inside / n;
    }

    /**
     * Share of {@code n} fresh paintings (new ideas) that lie between the bounds within 0.1 (with labels:
     * each within the band of its label, as {@link #freshPaintingsInHalf} measures it, over labels 0 and 1).
     */
    public double freshPaintingsInBounds(int n, long seed) {
        try (NoGrad ignored = NoGrad.enter()) {
            Tensor ideas = Tensor.randn(new Generator(seed), n, settings.ideas());
            if (!settings.labels().any()) {
                return shareInBounds(g.forward(ideas), points, 0.1);
            }
            float[] labels = new float[n];
            for (int i = 0; i < n; i++) {
                labels[i] = settings.labels() == Labels.HALVES ? i % 2 : (float) i / Math.max(1, n - 1);
            }
            float[] fresh = g.forward(withLabels(ideas, labels)).data();
            return shareOwnBand(fresh, labels, points.data());
        }
    }

    /**
     * Share of {@code n} fresh paintings asked for with {@code label} (0: the lower half of the band, 1:
     * the upper) that lie within that half, with 0.1 of slack.
     */
    public double freshPaintingsInHalf(int label, int n, long seed) {
        if (settings.labels() != Labels.HALVES) {
            throw new IllegalStateException("gan: only the conditional GAN has halves");
        }
        try (NoGrad ignored = NoGrad.enter()) {
            Tensor ideas = Tensor.randn(new Generator(seed), n, settings.ideas());
            float[] labels = new float[n];
            java.util.Arrays.fill(labels, label);
            float[] fresh = g.forward(withLabels(ideas, labels)).data();
            return shareOwnBand(fresh, labels, points.data());
        }
    }

    /** The band a painting with this label belongs to, as {a low, a high}. */
    public static double[] bandOf(Labels kind, float label) {
        return switch (kind) {
            case NONE -> new double[] {1, 2};
            case HALVES -> label < 0.5f ? new double[] {1, 1.5} : new double[] {1.5, 2};
            case CONTINUOUS -> new double[] {1 + label, 1 + label};
        };
    }

    private double shareOwnBand(float[] paintings, float[] labels, float[] x) {
        int p = x.length;
        int inside = 0;
        for (int i = 0; i < labels.length; i++) {
            double[] band = bandOf(settings.labels(), labels[i]);
            float[] row = java.util.Arrays.copyOfRange(paintings, i * p, (i + 1) * p);
            inside += shareBetween(row, 1, x, band[0], band[1], 0.1) > 0 ? 1 : 0;
        }
        return labels.length == 0 ? Double.NaN : (double) inside / labels.length;
    }

    @Override
    public long totalSteps() {
        return settings.steps();
    }

    @Override
    public GanView describe() {
        float[] x = points.toArray();
        int p = x.length;
        float[] fresh;
        float[][] verdicts;
        float[] verdictA = new float[VERDICT_POINTS];
        try (NoGrad ignored = NoGrad.enter()) {
            fresh = g.forward(viewInputs).toArray();
            verdicts = verdicts(x, verdictA);
        }
        int shown = Math.min(SHOWN_PAINTINGS, VIEW_PAINTINGS);
        float[][] paintings = new float[shown][];
        for (int i = 0; i < shown; i++) {
            paintings[i] = java.util.Arrays.copyOfRange(fresh, i * p, (i + 1) * p);
        }
        float[] impliedA = new float[VIEW_PAINTINGS];
        for (int i = 0; i < VIEW_PAINTINGS; i++) {
            impliedA[i] = GanView.impliedA(fresh, i, x);
        }
        Series.View acc = dAccuracies.view();
        Series.View score = dScores.view();
        double inBounds = acc.size() == 0 ? Double.NaN : shareOwnBand(fresh, viewLabels, x);
        return new GanView(settings.labels(), x, paintings, java.util.Arrays.copyOf(viewLabels, shown), lastArtist,
                lastArtistLabels, acc.last(), score.last(), inBounds, acc, score, gLosses.view(), dLosses.view(),
                verdictA, verdicts, impliedA, viewLabels.clone(), GanView.Painter.of(g, settings));
    }

    /** D's verdict on the curves a·x² + (a − 1), a from 0 to 3: per label for the conditional GAN. */
    private float[][] verdicts(float[] x, float[] aOut) {
        int p = x.length;
        float[] curves = new float[VERDICT_POINTS * p];
        for (int k = 0; k < VERDICT_POINTS; k++) {
            float a = (float) (VERDICT_MAX_A * k / (VERDICT_POINTS - 1));
            aOut[k] = a;
            for (int j = 0; j < p; j++) {
                curves[k * p + j] = a * x[j] * x[j] + (a - 1);
            }
        }
        Tensor c = new Tensor(curves, VERDICT_POINTS, p);
        return switch (settings.labels()) {
            case NONE -> new float[][] {d.forward(c).toArray()};
            case HALVES -> new float[][] {d.forward(withLabels(c, constant(0))).toArray(),
                d.forward(withLabels(c, constant(1))).toArray()};
            case CONTINUOUS -> {
                float[] labels = new float[VERDICT_POINTS];
                for (int k = 0; k < VERDICT_POINTS; k++) {
                    labels[k] = aOut[k] - 1;
                }
                yield new float[][] {d.forward(withLabels(c, labels)).toArray()};
            }
        };
    }

    private static float[] constant(float v) {
        float[] a = new float[VERDICT_POINTS];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
