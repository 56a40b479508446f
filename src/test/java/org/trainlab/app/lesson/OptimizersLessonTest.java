package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.trainlab.app.AppFixture;
import org.trainlab.app.WindowTest;
import org.trainlab.app.chart.SurfaceChart;
import org.trainlab.app.frame.TabbedLesson;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.OptimizersView;
import org.trainlab.lab.PathsView;
import org.trainlab.lab.RunState;

/** The optimizer race and the paths, driven as a learner would. */
class OptimizersLessonTest extends WindowTest {
    @BeforeEach
    void openOptimizers() {
        app.select("optimizers");
    }

    private TabbedLesson lesson() {
        return fx(() -> (TabbedLesson) app.window().current());
    }

    @SuppressWarnings("unchecked")
    private TrainingLesson<OptimizersView> race() {
        return fx(() -> (TrainingLesson<OptimizersView>) lesson().page("race"));
    }

    @SuppressWarnings("unchecked")
    private TrainingLesson<PathsView> paths() {
        return fx(() -> (TrainingLesson<PathsView>) lesson().page("paths"));
    }

    @Test
    void eachOptimizersLearningRateChangesWhileTheRaceRuns(FxRobot robot) {
        TrainingLesson<OptimizersView> race = race();
        onFx(race::playPause);
        waitFor("racing", () -> race.live().shown().state() == RunState.RUNNING && race.live().shown().step() > 3);
        onFx(() -> race.page().set("adam_lr", 0.05));
        waitFor("Adam at 0.05", () -> race.live().latest().learningRates().get("adam") == 0.05);
        assertEquals(0.01, fx(() -> race.live().latest().learningRates().get("sgd")), "the others keep theirs");
        assertEquals(RunState.RUNNING, fx(() -> race.live().latest().state()));
        assertFalse(fx(() -> race.page().pending()), "a learning rate needs no Reset");
    }

    @Test
    void anOptimizerSwitchedOffLeavesTheRaceAtResetAndComesBackWithTheRateSetMeanwhile(FxRobot robot) {
        TrainingLesson<OptimizersView> race = race();
        onFx(() -> race.page().set("adagrad_on", false));
        assertTrue(fx(() -> race.page().pending()));
        onFx(race::reset);
        waitFor("four racers", () -> race.live().shown().data().racers().size() == 4);
        onFx(() -> race.page().set("adagrad_on", true));
        onFx(() -> race.page().set("adagrad_lr", 0.2)); // not in the run yet: taken at Reset, no error
        onFx(race::reset);
        waitFor("five racers", () -> race.live().shown().data().racers().size() == 5);
        assertEquals(0.2, fx(() -> race.live().latest().learningRates().get("adagrad")));
    }

    @Test
    void noOptimizerOnIsRefusedWithAReasonAndTheRaceStaysAsItWas(FxRobot robot) {
        TrainingLesson<OptimizersView> race = race();
        for (String name : List.of("sgd", "momentum", "rmsprop", "adam", "adagrad")) {
            onFx(() -> race.page().set(name + "_on", false));
        }
        onFx(race::reset);
        NotificationPane note = robot.lookup(".notification-pane").queryAs(NotificationPane.class);
        waitFor("the reason", () -> note.isShowing() && note.getText().contains("at least one optimizer"));
        assertEquals(5, fx(() -> race.live().latest().data().racers().size()));
        assertTrue(fx(race::code).startsWith("# switch at least one optimizer on"), "the code pane says so too");
    }

    @Test
    void aClickOnTheSurfaceStartsEveryOptimizerThere(FxRobot robot) {
        onFx(() -> lesson().select("paths"));
        WaitForAsyncUtils.waitForFxEvents();
        TrainingLesson<PathsView> paths = paths();
        SurfaceChart chart = AppFixture.node(robot, "paths-surface");
        Point2D middle = fx(() -> {
            var b = chart.localToScreen(chart.getBoundsInLocal());
            return new Point2D(b.getMinX() + b.getWidth() * 0.55, b.getMinY() + b.getHeight() * 0.55);
        });
        robot.moveTo(middle).clickOn(MouseButton.PRIMARY);
        waitFor("a new start", () -> paths.page().editing().decimal("startX") != -1.5);
        double sx = fx(() -> paths.page().editing().decimal("startX"));
        double sy = fx(() -> paths.page().editing().decimal("startY"));
        onFx(paths::playPause);
        waitFor("walking", () -> paths.live().shown().step() > 2);
        PathsView.Path first = fx(() -> paths.live().shown().data().paths().get(0));
        assertEquals(sx, first.x().get(0), 1e-6, "every path starts at the click");
        assertEquals(sy, first.y().get(0), 1e-6);
        assertTrue(sx > -2 && sx < 2 && sy > -1 && sy < 3, "inside rosenbrock's window: " + sx + ", " + sy);
    }
}
