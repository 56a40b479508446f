package org.trainlab.app;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.DataCode;
import org.trainlab.lab.DataOrigin;

/**
 * The data the training lessons learn from, shared app-wide: the Data lesson sets it, lessons that use a
 * set read it when they (re)build their run and write it into their program. Each set keeps where it
 * came from. Starts with the tutorial's sets. JavaFX thread only; no JavaFX in it.
 */
public final class DataSets {
    /** The two kinds of set a lesson can depend on. */
    public enum Kind {
        REGRESSION,
        CLASSIFICATION
    }

    /** The tutorial's classification set split with this share held out for testing. */
    public static final double DEFAULT_TEST_FRACTION = 0.2;
    public static final long DEFAULT_SEED = 1;

    private final Map<Kind, List<Runnable>> listeners = new EnumMap<>(Kind.class);
    private RegressionData regression = RegressionData.tutorial(DEFAULT_SEED);
    private DataOrigin regressionOrigin = DataOrigin.tutorialRegression(DEFAULT_SEED);
    private ClassificationData classificationAll = ClassificationData.tutorial(DEFAULT_SEED);
    private DataOrigin classificationOrigin = DataOrigin.tutorialClassification(DEFAULT_SEED);
    private double testFraction = DEFAULT_TEST_FRACTION;
    private long splitSeed = DEFAULT_SEED;
    private ClassificationData.Split classification = programSplit(classificationAll, classificationOrigin,
            testFraction, DEFAULT_SEED);

    public DataSets() {
        for (Kind k : Kind.values()) {
            listeners.put(k, new ArrayList<>());
        }
    }

    /** Calls {@code listener} after every change of that set; returns a handle that removes it. */
    public Runnable onChange(Kind kind, Runnable listener) {
        listeners.get(kind).add(listener);
        return () -> listeners.get(kind).remove(listener);
    }

    public RegressionData regression() {
        return regression;
    }

    public DataOrigin regressionOrigin() {
        return regressionOrigin;
    }

    public void setRegression(RegressionData data, DataOrigin origin) {
        regression = data;
        regressionOrigin = origin;
        fire(Kind.REGRESSION);
    }

    /** The classification set split into train and test. */
    public ClassificationData.Split classification() {
        return classification;
    }

    /** The whole classification set, before the train/test split. */
    public ClassificationData classificationAll() {
        return classificationAll;
    }

    public DataOrigin classificationOrigin() {
        return classificationOrigin;
    }

    /** The share of the classification set held out for testing. */
    public double testFraction() {
        return testFraction;
    }

    /** The seed a file's or a drawing's points are held out with (a generated set's is its own seed). */
    public long splitSeed() {
        return splitSeed;
    }

    /**
     * Sets the classification set, split with this test share as the lessons' programs split it: a
     * generated set by randperm after its points from its own seed, a file's or a drawing's by randperm
     * from {@code splitSeed}.
     */
    public void setClassification(ClassificationData all, DataOrigin origin, double testFraction, long splitSeed) {
        ClassificationData.Split split = programSplit(all, origin, testFraction, splitSeed);
        classificationAll = all;
        classificationOrigin = origin;
        this.testFraction = testFraction;
        this.splitSeed = splitSeed;
        classification = split;
        fire(Kind.CLASSIFICATION);
    }

    private static ClassificationData.Split programSplit(ClassificationData all, DataOrigin origin,
            double testFraction, long splitSeed) {
        return DataCode.heldOut(splitSeed, origin, all, testFraction, splitSeed).split();
    }

    /** One line saying what a set is, in the user's language ("sin(πx) + noise, 100 points"). */
    public String describe(Kind kind, Messages m) {
        return switch (kind) {
            case REGRESSION -> m.format("dataset.regression.describe", origin(regressionOrigin, m), regression.size());
            case CLASSIFICATION -> {
                ClassificationData.Split s = classification;
                int test = s.test() == null ? 0 : s.test().size();
                yield test > 0
                        ? m.format("dataset.classification.describe.split", origin(classificationOrigin, m),
                                s.train().classes(), s.train().size(), test)
                        : m.format("dataset.classification.describe", origin(classificationOrigin, m),
                                s.train().classes(), s.train().size());
            }
        };
    }

    private static String origin(DataOrigin o, Messages m) {
        return switch (o) {
            case DataOrigin.RegressionGenerator g -> m.format("dataset.generated",
                    m.text("dataset.curve." + g.shape().name().toLowerCase(Locale.ROOT)));
            case DataOrigin.ClassificationGenerator g ->
                    m.text("dataset.layout." + g.shape().name().toLowerCase(Locale.ROOT));
            case DataOrigin.File f -> f.name();
            case DataOrigin.Drawn d -> m.text("dataset.drawn");
        };
    }

    private void fire(Kind kind) {
        for (Runnable r : List.copyOf(listeners.get(kind))) {
            r.run();
        }
    }
}
