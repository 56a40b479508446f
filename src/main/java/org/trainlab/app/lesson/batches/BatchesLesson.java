package org.trainlab.app.lesson.batches;

import java.util.List;
import org.trainlab.app.AppContext;
import org.trainlab.app.frame.TabbedLesson;
import org.trainlab.app.frame.TrainingLesson;

/** Tutorial 305 in two views: how a DataLoader deals batches, and what the batch size does to training. */
public final class BatchesLesson {
    private BatchesLesson() {
    }

    public static TabbedLesson create(AppContext context) {
        return new TabbedLesson(List.of(
                new TabbedLesson.Page("deal", context.text("batches.tab.deal"),
                        new TrainingLesson<>(context, new BatchesModel(), new BatchesCharts(context))),
                new TabbedLesson.Page("sizes", context.text("batches.tab.sizes"),
                        new TrainingLesson<>(context, new BatchSizesModel(context.data()),
                                new BatchSizesCharts(context)))));
    }
}
