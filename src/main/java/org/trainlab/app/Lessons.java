package org.trainlab.app;

import java.util.List;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.trainlab.app.lesson.classification.ClassificationLesson;
import org.trainlab.app.lesson.data.DataLesson;
import org.trainlab.app.lesson.regression.RegressionLesson;

/**
 * The lessons, in the tutorial's order: the one place a lesson is registered. The sidebar and the
 * Ctrl+1..9 shortcuts are built from this list; adding a lesson is one line here plus its own package.
 */
public final class Lessons {
    private Lessons() {
    }

    public static List<LessonEntry> all() {
        return List.of(
                new LessonEntry("data", "Data", "Points for the nets to learn",
                        MaterialDesignD.DATABASE, DataLesson::new),
                new LessonEntry("regression", "Regression", "Fit a curve to noisy points (301)",
                        MaterialDesignC.CHART_BELL_CURVE, RegressionLesson::create),
                new LessonEntry("classification", "Classification", "Tell classes apart (302)",
                        MaterialDesignS.SCATTER_PLOT, ClassificationLesson::create));
    }
}
