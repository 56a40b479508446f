package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.trainlab.app.AppFixture;
import org.trainlab.app.WindowTest;
import org.trainlab.app.chart.HeatmapPointsChart;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.data.ClassificationData;
import org.trainlab.lab.ClassificationView;
import org.trainlab.lab.DataOrigin;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.RunState;

/** Classification learns the data chosen in the Data lesson, with more than two classes too. */
class ClassificationLessonTest extends WindowTest {
    @SuppressWarnings("unchecked")
    private TrainingLesson<ClassificationView> lesson() {
        return fx(() -> (TrainingLesson<ClassificationView>) app.window().current());
    }

    @Test
    void theTutorialsClustersAreLearnedWithTrainAndTestCurves(FxRobot robot) {
        app.select("classification");
        onFx(() -> lesson().toolbar().setSpeedIndex(6));
        robot.clickOn("#play");
        waitFor("the run to finish", () -> lesson().live().shown().state() == RunState.FINISHED);
        RunSnapshot<ClassificationView> s = fx(() -> lesson().live().shown());
        assertTrue(s.data().accuracy() > 0.9, "accuracy " + s.data().accuracy());
        assertEquals(100, s.data().trainLosses().size());
        assertEquals(100, s.data().testLosses().size());
        HeatmapPointsChart chart = AppFixture.node(robot, "regions-chart");
        assertTrue(fx(chart::note).startsWith("Train accuracy=0.9"), fx(chart::note));
    }

    @Test
    void aThreeClassSpiralFromTheDataLessonIsWhatItTrainsOn(FxRobot robot) {
        onFx(() -> {
            ClassificationData all = ClassificationData.generate(ClassificationData.Shape.SPIRAL, 3, 60, 0.5, 7);
            app.window().context().data().setClassification(all, new DataOrigin.ClassificationGenerator(
                    ClassificationData.Shape.SPIRAL, 3, 60, 0.5, 7), 0.25, 7);
        });
        app.select("classification");
        onFx(() -> lesson().toolbar().setSpeedIndex(6));
        onFx(() -> lesson().page().set("optimizer", "adam"));
        onFx(() -> lesson().page().set("hidden", 40));
        onFx(() -> lesson().page().set("steps", 300));
        robot.clickOn("#reset").clickOn("#play");
        waitFor("the run to finish", () -> lesson().live().shown().state() == RunState.FINISHED);
        ClassificationView v = fx(() -> lesson().live().shown().data());
        assertEquals(3, v.classes());
        assertEquals(135, v.labels().length);
        assertEquals(45, v.testLabels().length);
        assertTrue(Arrays.stream(v.regions().predicted()).distinct().count() == 3,
                "all three classes have a region");
        assertTrue(v.accuracy() > 1.0 / 3, "better than chance: " + v.accuracy());
    }
}
