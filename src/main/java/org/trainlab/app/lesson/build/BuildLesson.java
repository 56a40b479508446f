package org.trainlab.app.lesson.build;

import org.trainlab.app.AppContext;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.BuildView;

/** Tutorial 303, building networks: the builder, the class editor and the two nets trained side by side. */
public final class BuildLesson {
    private BuildLesson() {
    }

    public static TrainingLesson<BuildView> create(AppContext context) {
        BuildModel model = new BuildModel(context.data(), context.nets());
        BuildCharts charts = new BuildCharts(context);
        TrainingLesson<BuildView> lesson = new TrainingLesson<>(context, model, charts);
        charts.attach(lesson, model);
        return lesson;
    }
}
