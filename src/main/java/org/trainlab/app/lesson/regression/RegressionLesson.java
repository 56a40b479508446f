package org.trainlab.app.lesson.regression;

import org.trainlab.app.AppContext;
import org.trainlab.app.training.TrainingLesson;
import org.trainlab.lab.RegressionView;

/** Tutorial 301: a small net fits a curve through noisy points, drawn live with its loss. */
public final class RegressionLesson {
    private RegressionLesson() {
    }

    public static TrainingLesson<RegressionView> create(AppContext context) {
        return new TrainingLesson<>(context, new RegressionModel(context.data()), new RegressionCharts(context));
    }
}
