package org.trainlab.lab;

/**
 * What the GAN lesson draws at one step: a few generated paintings between the artist's bounds, and
 * the discriminator's numbers over time. Arrays are never written after publication.
 *
 * @param paintPoints the x positions of a painting's points (15 on [-1, 1])
 * @param paintings some generated paintings, each of paintPoints.length values
 * @param upperBound 2x² + 1 at the paint points
 * @param lowerBound x² at the paint points
 * @param dAccuracy mean D(real) at the last step (0.5 when D can no longer tell)
 * @param dScore −D loss at the last step (−1.38 = −2 ln 2 when G has converged)
 * @param inBounds share of the last batch's paintings that lie between the bounds (within 0.1)
 * @param dAccuracies D accuracy at every step
 * @param dScores D score at every step
 * @param gLosses G's loss at every step
 */
public record GanView(float[] paintPoints, float[][] paintings, float[] upperBound, float[] lowerBound,
        double dAccuracy, double dScore, double inBounds, Series.View dAccuracies, Series.View dScores,
        Series.View gLosses) {
}
