package org.trainlab.app;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;

/**
 * The data the training lessons learn from, shared app-wide: the Data lesson sets it, the Regression
 * and Classification lessons read it when they (re)build their run. Starts with the tutorial's sets.
 * JavaFX thread only.
 */
public final class DataSets {
    /** The tutorial's classification set split with this share held out for testing. */
    public static final double DEFAULT_TEST_FRACTION = 0.2;
    public static final long DEFAULT_SEED = 1;

    private final ObjectProperty<RegressionData> regression =
            new SimpleObjectProperty<>(this, "regression", RegressionData.tutorial(DEFAULT_SEED));
    private final StringProperty regressionName = new SimpleStringProperty(this, "regressionName",
            "x² + noise, 100 points");
    private ClassificationData classificationAll = ClassificationData.tutorial(DEFAULT_SEED);
    private final ObjectProperty<ClassificationData.Split> classification = new SimpleObjectProperty<>(this,
            "classification", classificationAll.split(DEFAULT_TEST_FRACTION, DEFAULT_SEED));
    private final StringProperty classificationName = new SimpleStringProperty(this, "classificationName",
            "two clusters, 160 train + 40 test points");

    public ObjectProperty<RegressionData> regressionProperty() {
        return regression;
    }

    public RegressionData regression() {
        return regression.get();
    }

    /** A short description for the lessons ("sin(πx) + noise, 100 points"). */
    public StringProperty regressionNameProperty() {
        return regressionName;
    }

    public void setRegression(RegressionData data, String name) {
        regressionName.set(name);
        regression.set(data);
    }

    public ObjectProperty<ClassificationData.Split> classificationProperty() {
        return classification;
    }

    public ClassificationData.Split classification() {
        return classification.get();
    }

    public StringProperty classificationNameProperty() {
        return classificationName;
    }

    /** The whole classification set, before the train/test split. */
    public ClassificationData classificationAll() {
        return classificationAll;
    }

    /** Sets the classification set and how it is split into train and test. */
    public void setClassification(ClassificationData all, ClassificationData.Split split, String name) {
        classificationAll = all;
        classificationName.set(name);
        classification.set(split);
    }
}
