package org.trainlab.lab;

import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;

/**
 * Where a data set came from, so a program can make it again: one of the generators with its
 * parameters, a file, or points drawn by hand.
 */
public sealed interface DataOrigin {
    /** {@code RegressionData.generate(shape, points, noise, seed)}. */
    record RegressionGenerator(RegressionData.Shape shape, int points, double noise, long seed) implements DataOrigin {
    }

    /** {@code ClassificationData.generate(shape, classes, pointsPerClass, noise, seed)}. */
    record ClassificationGenerator(ClassificationData.Shape shape, int classes, int pointsPerClass, double noise,
            long seed) implements DataOrigin {
    }

    /** Read from a CSV file (its name, without the folder). */
    record File(String name) implements DataOrigin {
    }

    /** Drawn with the mouse. */
    record Drawn() implements DataOrigin {
    }

    /** The tutorial's regression set (x² + 0.2·U(0, 1), 100 points). */
    static DataOrigin tutorialRegression(long seed) {
        return new RegressionGenerator(RegressionData.Shape.SQUARE, 100, 0.2, seed);
    }

    /** The tutorial's two clusters, 100 points each. */
    static DataOrigin tutorialClassification(long seed) {
        return new ClassificationGenerator(ClassificationData.Shape.CLUSTERS, 2, 100, 1.0, seed);
    }
}
