package org.trainlab.app.lesson.gan;

import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.util.WaitForAsyncUtils;
import org.trainlab.app.WindowTest;
import org.trainlab.app.chart.Png;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.GanView;
import org.trainlab.lab.RunState;

/**
 * Regenerates assets/screenshots/gan.png and gan-conditional.png: the plain GAN after the tutorial's
 * 10,000 steps, and the conditional GAN after as many with the explorer asking for label 1. Run with
 * {@code mvn -Dscreenshots test -Dtest=GanScreenshotTool}; skipped in ordinary test runs.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".*")
class GanScreenshotTool extends WindowTest {
    @Test
    void plainAndConditional() throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "assets/screenshots"));
        onFx(() -> app.window().select("gan"));
        @SuppressWarnings("unchecked")
        TrainingLesson<GanView> lesson = fx(() -> (TrainingLesson<GanView>) app.window().current());
        onFx(() -> lesson.toolbar().setSpeedIndex(6));
        trainToTheEnd(lesson);
        Png.write(fx(() -> stage.getScene().snapshot(null)), dir.resolve("gan.png"));

        onFx(() -> {
            lesson.page().setAll(Map.of("kind", "conditional"));
            lesson.reset();
        });
        org.trainlab.app.AppFixture.waitFor("a fresh run", () -> lesson.live().shown().state() == RunState.READY);
        trainToTheEnd(lesson);
        onFx(() -> ((javafx.scene.control.RadioButton) stage.getScene().lookup("#label-1")).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        Png.write(fx(() -> stage.getScene().snapshot(null)), dir.resolve("gan-conditional.png"));
        System.out.println("wrote " + dir.resolve("gan.png") + " and " + dir.resolve("gan-conditional.png"));
    }

    private static void trainToTheEnd(TrainingLesson<GanView> lesson) throws InterruptedException {
        onFx(lesson::playPause);
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (fx(() -> lesson.live().shown().state()) != RunState.FINISHED) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the GAN did not finish in 10 minutes");
            }
            Thread.sleep(250);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
