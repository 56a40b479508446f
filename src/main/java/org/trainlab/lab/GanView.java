package org.trainlab.lab;

import java.util.List;
import org.trainlab.nn.F;
import org.trainlab.nn.Sequential;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * What the GAN lesson draws at one step: some of G's paintings and some of the artist's between the bounds,
 * the discriminator's numbers over time, D's verdict over the family of curves, the a that G's paintings
 * imply, and a copy of G's weights to paint from any ideas. Arrays are never written after publication.
 *
 * @param labels whether paintings carry a label (the conditional GAN) and which kind
 * @param paintPoints the x positions of a painting's points (15 on [-1, 1])
 * @param paintings some of G's current paintings, each of paintPoints.length values
 * @param paintingLabels the label each of those paintings was asked for (0 without labels)
 * @param artistPaintings some of the artist's paintings of the last step
 * @param artistLabels their labels
 * @param dAccuracy mean D(real) at the last step (0.5 when D can no longer tell)
 * @param dScore −D loss at the last step (−1.38 = −2 ln 2 when G has converged)
 * @param inBounds share of 200 fresh paintings within their band (within 0.1); NaN before the first step
 * @param dAccuracies D accuracy at every step
 * @param dScores D score at every step
 * @param gLosses G's loss at every step
 * @param dLosses D's loss at every step
 * @param verdictA the a of each curve a·x² + (a − 1) that D judged, 0 to 3
 * @param verdicts D's probability that each of those curves is the artist's: one row, or one per label 0 and 1
 * @param impliedA for 200 fresh paintings, the a of the artist's curve closest to each (least squares)
 * @param impliedLabels the label each of those was asked for
 * @param painter G as it was at this step, to paint from any ideas
 */
public record GanView(GanExperiment.Labels labels, float[] paintPoints, float[][] paintings, float[] paintingLabels,
        float[][] artistPaintings, float[] artistLabels, double dAccuracy, double dScore, double inBounds,
        Series.View dAccuracies, Series.View dScores, Series.View gLosses, Series.View dLosses, float[] verdictA,
        float[][] verdicts, float[] impliedA, float[] impliedLabels, Painter painter) implements MetricSource {

    /** −2·ln 2: D's score when it can tell nothing apart (log 0.5 + log 0.5). */
    public static final double EQUILIBRIUM_SCORE = -2 * Math.log(2);
    /** D's accuracy when it can tell nothing apart. */
    public static final double EQUILIBRIUM_ACCURACY = 0.5;

    @Override
    public List<Metric> metrics() {
        return List.of(new Metric("d_accuracy", dAccuracy), new Metric("d_score", dScore),
                new Metric("g_loss", gLosses.size() == 0 ? Double.NaN : gLosses.last()),
                new Metric("d_loss", dLosses.size() == 0 ? Double.NaN : dLosses.last()));
    }

    /** x² at the paint points: the lower bound. */
    public float[] lowerBound() {
        return curve(1);
    }

    /** 2x² + 1 at the paint points: the upper bound. */
    public float[] upperBound() {
        return curve(2);
    }

    /** The artist's curve a·x² + (a − 1) at the paint points. */
    public float[] curve(double a) {
        float[] y = new float[paintPoints.length];
        for (int j = 0; j < y.length; j++) {
            y[j] = (float) (a * paintPoints[j] * paintPoints[j] + a - 1);
        }
        return y;
    }

    /**
     * The a whose curve a·x² + (a − 1) = a(x² + 1) − 1 lies closest (least squares) to painting {@code i} of
     * {@code rows}: a = Σ (p + 1)(x² + 1) / Σ (x² + 1)².
     */
    public static float impliedA(float[] rows, int i, float[] x) {
        double num = 0;
        double den = 0;
        for (int j = 0; j < x.length; j++) {
            double u = (double) x[j] * x[j] + 1;
            num += (rows[i * x.length + j] + 1) * u;
            den += u * u;
        }
        return (float) (num / den);
    }

    /**
     * G's weights at one step, copied: painting from them never touches the net the training thread
     * changes. {@code labelled}: G takes a label after the ideas.
     */
    public record Painter(int ideas, boolean labelled, Tensor w1, Tensor b1, Tensor w2, Tensor b2) {
        static Painter of(Sequential g, GanExperiment.Settings s) {
            List<Tensor> p = g.parameters();
            return new Painter(s.ideas(), s.labels().any(), copy(p.get(0)), copy(p.get(1)), copy(p.get(2)),
                    copy(p.get(3)));
        }

        private static Tensor copy(Tensor t) {
            return new Tensor(t.toArray(), t.shape());
        }

        /** G's painting for these ideas (and this label, if G takes one). */
        public float[] paint(float[] ideaValues, float label) {
            if (ideaValues.length != ideas) {
                throw new IllegalArgumentException("G takes " + ideas + " ideas, not " + ideaValues.length);
            }
            float[] in = java.util.Arrays.copyOf(ideaValues, ideas + (labelled ? 1 : 0));
            if (labelled) {
                in[ideas] = label;
            }
            try (NoGrad ignored = NoGrad.enter()) {
                Tensor h = F.relu(F.linear(new Tensor(in, 1, in.length), w1, b1));
                return F.linear(h, w2, b2).toArray();
            }
        }
    }
}
