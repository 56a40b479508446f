package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.app.WindowTest;
import org.trainlab.app.frame.TabbedLesson;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.app.lesson.batches.BatchesCharts;
import org.trainlab.app.lesson.dynamic.DynamicCharts;
import org.trainlab.app.lesson.save.SaveCharts;
import org.trainlab.io.ModelFile;
import org.trainlab.lab.BatchSizesView;
import org.trainlab.lab.RunState;

/** Lessons 304, 305 and 501 in the window: what they draw after a few steps, in both languages. */
class SaveBatchesDynamicLessonsTest extends WindowTest {
    @TempDir
    Path dir;

    private static void steps(TrainingLesson<?> lesson, int n) {
        long target = fx(() -> lesson.live().latest().step()) + n;
        for (int i = 0; i < n; i++) {
            onFx(lesson::step);
        }
        waitFor(target + " steps on screen", () -> lesson.live().shown().step() == target);
    }

    @Test
    void saveShowsThreeIdenticalFitsAndTheFilesContents() throws Exception {
        app.select("save");
        TrainingLesson<?> lesson = fx(() -> (TrainingLesson<?>) app.window().current());
        steps(lesson, 3);
        SaveCharts charts = (SaveCharts) lesson.charts();
        String whole = fx(charts::wholeFileText);
        String params = fx(charts::paramsFileText);
        assertTrue(whole.contains("0.weight") && whole.contains("[10, 1]") && whole.contains("F32"), whole);
        assertTrue(whole.contains("trainlab.architecture = Sequential(Linear(1, 10), ReLU(), Linear(10, 1))"), whole);
        assertTrue(params.contains("2.bias") && params.contains("format = pt"), params);
        assertFalse(params.contains("trainlab.architecture"), params);
        assertTrue(fx(() -> charts.fit(2).title()).startsWith("Net2"));

        Path file = dir.resolve("net1.safetensors"); // Save model… works here too: net1 with its settings
        assertTrue(fx(() -> app.window().files().save(file)).get(10, TimeUnit.SECONDS));
        assertEquals(0.5, (Double) ModelFile.load(file).settings().options().get("lr"), 0);
    }

    @Test
    void batchesAreDealtStepByStepAndPrintedAsTheTutorialPrintsThem() {
        app.select("batches");
        TabbedLesson tabs = fx(() -> (TabbedLesson) app.window().current());
        TrainingLesson<?> deal = (TrainingLesson<?>) tabs.page("deal");
        steps(deal, 2);
        BatchesCharts charts = (BatchesCharts) deal.charts();
        String[] lines = fx(charts::printed).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("Epoch:  0 | Step:  0 | batch x:  ["), lines[0]);
        assertTrue(lines[1].startsWith("Epoch:  0 | Step:  1 | batch x:  ["), lines[1]);

        onFx(() -> {
            deal.page().setAll(Map.of("batchSize", 8, "dropLast", true));
            deal.reset();
        });
        waitFor("the reset", () -> deal.live().shown().step() == 0 && deal.live().shown().totalSteps() == 3);
        steps(deal, 1);
        assertTrue(fx(charts::printed).contains("batch x:  ["));

        // a batch larger than the set with drop_last: refused with a reason, the run as it was
        onFx(() -> {
            deal.page().setAll(Map.of("batchSize", 20));
            deal.reset();
        });
        assertEquals(3, fx(() -> deal.live().latest().totalSteps()));
        assertEquals(1, fx(() -> deal.live().latest().step()));

        onFx(() -> tabs.select("sizes"));
        TrainingLesson<?> sizes = (TrainingLesson<?>) tabs.page("sizes");
        steps(sizes, 2);
        BatchSizesView v = (BatchSizesView) fx(() -> sizes.live().shown().data());
        assertEquals(4, v.curves().size());
        assertEquals(200, v.curves().get(0).stepLosses().size()); // two epochs of 100 batches of one
        assertEquals(2, v.curves().get(3).stepLosses().size());
    }

    @Test
    void playDealsTheBatchesInMotionOneAtATimeAndPauses() throws Exception {
        app.select("batches");
        TabbedLesson tabs = fx(() -> (TabbedLesson) app.window().current());
        TrainingLesson<?> deal = (TrainingLesson<?>) tabs.page("deal");
        BatchesCharts charts = (BatchesCharts) deal.charts();
        assertEquals("1 step/s", fx(() -> ((javafx.scene.control.Label) deal.toolbar().lookup("#speedLabel")).getText()));
        onFx(() -> app.window().current().handle(org.trainlab.app.Shortcut.PLAY_PAUSE)); // the frame's Space
        waitFor("the first batch dealt in motion", () -> deal.live().shown().step() >= 1 && charts.dealing());
        // a batch a second: the tutorial's six batches are not all dealt when the first one is on screen
        assertTrue(fx(() -> deal.live().latest().step()) < 6);
        onFx(() -> app.window().current().handle(org.trainlab.app.Shortcut.PLAY_PAUSE));
        waitFor("paused", () -> deal.live().latest().state() == RunState.PAUSED);
        long at = fx(() -> deal.live().latest().step());
        waitFor("the last batch has landed", () -> !charts.dealing());
        assertEquals(at, fx(() -> deal.live().latest().step()));
        steps(deal, 1); // Step deals one, in motion too
        assertTrue(fx(charts::dealing) || fx(() -> deal.live().shown().step()) == at + 1);
    }

    @Test
    void dynamicChartsEachStepsLengthAndGraphSizeInChinese() {
        app.setLanguage(Locale.SIMPLIFIED_CHINESE);
        app.select("dynamic");
        TrainingLesson<?> lesson = fx(() -> (TrainingLesson<?>) app.window().current());
        steps(lesson, 5);
        DynamicCharts charts = (DynamicCharts) lesson.charts();
        assertEquals("计算图节点数", fx(() -> charts.nodesChart().title()));
        assertEquals(2, fx(() -> charts.signalChart().lines().size()));
        assertTrue(fx(() -> charts.signalChart().lines().get(0).x().length) >= 10);
        assertTrue(fx(() -> charts.signalChart().note()).contains("个节点"));
        assertEquals(RunState.PAUSED, fx(() -> lesson.live().shown().state()));
    }
}
