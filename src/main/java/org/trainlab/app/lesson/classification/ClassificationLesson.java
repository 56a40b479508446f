package org.trainlab.app.lesson.classification;

import org.trainlab.app.AppContext;
import org.trainlab.app.training.TrainingLesson;
import org.trainlab.lab.ClassificationView;

/** Tutorial 302: a small net learns to tell classes apart; its decision regions are drawn live. */
public final class ClassificationLesson {
    private ClassificationLesson() {
    }

    public static TrainingLesson<ClassificationView> create(AppContext context) {
        return new TrainingLesson<>(context, new ClassificationModel(context.data()),
                new ClassificationCharts(context));
    }
}
