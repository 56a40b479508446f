package org.trainlab.app.lesson.data;

import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.trainlab.app.DataSets;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;

/**
 * The Data lesson's model: the parameters of the two generated sets. Any change regenerates the set
 * at once and publishes it to the app's {@link DataSets}, which the training lessons read. The
 * defaults are the tutorial's sets.
 */
public final class DataModel {
    final ObjectProperty<RegressionData.Shape> regressionShape = new SimpleObjectProperty<>(RegressionData.Shape.SQUARE);
    final IntegerProperty regressionPoints = new SimpleIntegerProperty(100);
    final DoubleProperty regressionNoise = new SimpleDoubleProperty(0.2);
    final IntegerProperty regressionSeed = new SimpleIntegerProperty((int) DataSets.DEFAULT_SEED);

    final ObjectProperty<ClassificationData.Shape> classificationShape =
            new SimpleObjectProperty<>(ClassificationData.Shape.CLUSTERS);
    final IntegerProperty classes = new SimpleIntegerProperty(2);
    final IntegerProperty pointsPerClass = new SimpleIntegerProperty(100);
    final DoubleProperty classificationNoise = new SimpleDoubleProperty(1.0);
    final IntegerProperty classificationSeed = new SimpleIntegerProperty((int) DataSets.DEFAULT_SEED);
    final DoubleProperty testFraction = new SimpleDoubleProperty(DataSets.DEFAULT_TEST_FRACTION);

    private final DataSets sets;

    public DataModel(DataSets sets) {
        this.sets = sets;
        InvalidationListener regression = obs -> generateRegression();
        regressionShape.addListener(regression);
        regressionPoints.addListener(regression);
        regressionNoise.addListener(regression);
        regressionSeed.addListener(regression);
        InvalidationListener classification = obs -> generateClassification();
        classificationShape.addListener(classification);
        classes.addListener(classification);
        pointsPerClass.addListener(classification);
        classificationNoise.addListener(classification);
        classificationSeed.addListener(classification);
        testFraction.addListener(classification);
    }

    public DataSets sets() {
        return sets;
    }

    void generateRegression() {
        RegressionData.Shape shape = regressionShape.get();
        RegressionData data = RegressionData.generate(shape, regressionPoints.get(), regressionNoise.get(),
                regressionSeed.get());
        sets.setRegression(data, shape.label() + " + noise, " + data.size() + " points");
    }

    void generateClassification() {
        ClassificationData.Shape shape = classificationShape.get();
        ClassificationData all = ClassificationData.generate(shape, classes.get(), pointsPerClass.get(),
                classificationNoise.get(), classificationSeed.get());
        ClassificationData.Split split = all.split(testFraction.get(), classificationSeed.get());
        sets.setClassification(split, describe(shape.name().toLowerCase(Locale.ROOT), split));
    }

    /** "moons, 2 classes, 160 train + 40 test points". */
    static String describe(String name, ClassificationData.Split split) {
        int test = split.test() == null ? 0 : split.test().size();
        return name + ", " + split.train().classes() + " classes, " + split.train().size() + " train"
                + (test > 0 ? " + " + test + " test" : "") + " points";
    }
}
