package org.trainlab.app;

import java.util.List;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.app.lesson.activations.ActivationsLesson;
import org.trainlab.app.lesson.autograd.AutogradLesson;
import org.trainlab.app.lesson.tensors.TensorsLesson;
import org.trainlab.app.lesson.batches.BatchesLesson;
import org.trainlab.app.lesson.build.BuildLesson;
import org.trainlab.app.lesson.classification.ClassificationCharts;
import org.trainlab.app.lesson.classification.ClassificationModel;
import org.trainlab.app.lesson.data.DataLesson;
import org.trainlab.app.lesson.dynamic.DynamicCharts;
import org.trainlab.app.lesson.dynamic.DynamicModel;
import org.trainlab.app.lesson.gan.GanCharts;
import org.trainlab.app.lesson.gan.GanModel;
import org.trainlab.app.lesson.optimizers.OptimizersLesson;
import org.trainlab.app.lesson.regression.RegressionCharts;
import org.trainlab.app.lesson.regression.RegressionModel;
import org.trainlab.app.lesson.save.SaveCharts;
import org.trainlab.app.lesson.save.SaveModel;

/**
 * The lessons, in the tutorial's order: the one place a lesson is registered. The sidebar, the Ctrl+1..9
 * shortcuts and {@code --smoke LESSON} are built from this list; adding a lesson is one line here plus its
 * own package and its resource keys.
 */
public final class Lessons {
    private Lessons() {
    }

    public static List<LessonEntry> all() {
        return List.of(
                new LessonEntry("tensors", MaterialDesignC.CUBE_OUTLINE, TensorsLesson::new),
                new LessonEntry("autograd", MaterialDesignF.FUNCTION_VARIANT, AutogradLesson::new),
                new LessonEntry("activations", MaterialDesignC.CHART_BELL_CURVE_CUMULATIVE, ActivationsLesson::new),
                new LessonEntry("data", MaterialDesignD.DATABASE, DataLesson::new),
                new LessonEntry("regression", MaterialDesignC.CHART_BELL_CURVE, c -> new TrainingLesson<>(c,
                        new RegressionModel(c.data(), c.nets()), new RegressionCharts(c))),
                new LessonEntry("classification", MaterialDesignS.SCATTER_PLOT, c -> new TrainingLesson<>(c,
                        new ClassificationModel(c.data(), c.nets()), new ClassificationCharts(c))),
                new LessonEntry("build", MaterialDesignL.LAYERS_OUTLINE, BuildLesson::create),
                new LessonEntry("save", MaterialDesignC.CONTENT_SAVE, c -> new TrainingLesson<>(c,
                        new SaveModel(c.data()), new SaveCharts(c))),
                new LessonEntry("batches", MaterialDesignV.VIEW_GRID_OUTLINE, BatchesLesson::create),
                new LessonEntry("optimizers", MaterialDesignS.SPEEDOMETER, OptimizersLesson::create),
                new LessonEntry("gan", MaterialDesignP.PALETTE, c -> new TrainingLesson<>(c, new GanModel(),
                        new GanCharts(c))),
                new LessonEntry("dynamic", MaterialDesignG.GRAPH_OUTLINE, c -> new TrainingLesson<>(c,
                        new DynamicModel(), new DynamicCharts(c))));
    }

    /** The ids, for messages ("choose data, regression, ..."). */
    public static List<String> ids() {
        return all().stream().map(LessonEntry::id).toList();
    }
}
