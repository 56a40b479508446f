package org.trainlab.app.lesson.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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

    /** The last import's error, or "" (shown under the form). */
    final StringProperty error = new SimpleStringProperty("");

    private final DataSets sets;
    private String classificationSource = "clusters";
    private boolean regressionGenerated = true;

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
        testFraction.addListener(obs -> split(sets.classificationAll()));
    }

    public DataSets sets() {
        return sets;
    }

    void generateRegression() {
        RegressionData.Shape shape = regressionShape.get();
        RegressionData data = RegressionData.generate(shape, regressionPoints.get(), regressionNoise.get(),
                regressionSeed.get());
        regressionGenerated = true;
        sets.setRegression(data, shape.label() + " + noise, " + data.size() + " points");
    }

    /** Whether the regression set came from the generator (so its curve is known), not from a file. */
    boolean regressionGenerated() {
        return regressionGenerated;
    }

    void generateClassification() {
        ClassificationData.Shape shape = classificationShape.get();
        classificationSource = shape.name().toLowerCase(Locale.ROOT);
        split(ClassificationData.generate(shape, classes.get(), pointsPerClass.get(), classificationNoise.get(),
                classificationSeed.get()));
    }

    private void split(ClassificationData all) {
        ClassificationData.Split split = all.split(testFraction.get(), classificationSeed.get());
        sets.setClassification(all, split, describe(classificationSource, split));
    }

    /**
     * Replaces the regression set with a CSV file's (columns x,y); on a bad file the error is shown and
     * the current set stays. Returns whether it was read.
     */
    public boolean importRegression(Path file) {
        try {
            RegressionData data = DataFiles.readRegression(file);
            regressionGenerated = false;
            sets.setRegression(data, file.getFileName() + ", " + data.size() + " points");
            error.set("");
            return true;
        } catch (IOException | RuntimeException e) {
            error.set("Could not import " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    /** Like {@link #importRegression} for a classification CSV (columns x1,x2,label), split as set here. */
    public boolean importClassification(Path file) {
        try {
            ClassificationData data = DataFiles.readClassification(file);
            classificationSource = file.getFileName().toString();
            split(data);
            error.set("");
            return true;
        } catch (IOException | RuntimeException e) {
            error.set("Could not import " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    public void exportRegression(Path file) throws IOException {
        DataFiles.write(file, sets.regression());
    }

    /** Writes the whole classification set (train and test together). */
    public void exportClassification(Path file) throws IOException {
        DataFiles.write(file, sets.classificationAll());
    }

    public String error() {
        return error.get();
    }

    /** "moons, 2 classes, 160 train + 40 test points". */
    static String describe(String name, ClassificationData.Split split) {
        int test = split.test() == null ? 0 : split.test().size();
        return name + ", " + split.train().classes() + " classes, " + split.train().size() + " train"
                + (test > 0 ? " + " + test + " test" : "") + " points";
    }
}
