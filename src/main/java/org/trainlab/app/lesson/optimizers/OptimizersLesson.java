package org.trainlab.app.lesson.optimizers;

import java.util.List;
import org.trainlab.app.AppContext;
import org.trainlab.app.frame.TabbedLesson;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.PathsView;

/** Tutorial 306 in two views: the race on the regression batches, and the paths on a 2-D surface. */
public final class OptimizersLesson {
    private OptimizersLesson() {
    }

    public static TabbedLesson create(AppContext context) {
        TrainingLesson<?> race = new TrainingLesson<>(context, new RaceModel(context.nets()), new RaceCharts(context));
        TrainingLesson<PathsView>[] paths = new TrainingLesson[1];
        PathsCharts charts = new PathsCharts(context, (x, y) -> {
            paths[0].page().setAll(java.util.Map.of("startX", x, "startY", y));
            paths[0].reset();
        });
        paths[0] = new TrainingLesson<>(context, new PathsModel(), charts);
        Runnable showStart = () -> charts.showStart(paths[0].page().editing().decimal("startX"),
                paths[0].page().editing().decimal("startY"));
        paths[0].page().addListener(showStart);
        showStart.run();
        return new TabbedLesson(List.of(
                new TabbedLesson.Page("race", context.text("optimizers.tab.race"), race),
                new TabbedLesson.Page("paths", context.text("optimizers.tab.paths"), paths[0])));
    }
}
