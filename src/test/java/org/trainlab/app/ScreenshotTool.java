package org.trainlab.app;

import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.util.WaitForAsyncUtils;
import org.trainlab.app.chart.Png;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.RunState;

/**
 * Regenerates the screenshots in assets/screenshots/ from the running app (headless, through
 * Monocle): each lesson after its run has finished, in the light theme and (name-dark.png) the dark
 * one. Run with
 *
 * <pre>mvn -Dscreenshots test -Dtest=ScreenshotTool</pre>
 *
 * ({@code -Dscreenshots.dir=...} writes elsewhere). Skipped in ordinary test runs.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".*")
class ScreenshotTool extends WindowTest {
    @Test
    void everyLesson() throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "assets/screenshots"));
        for (Theme theme : Theme.values()) {
            onFx(() -> app.window().themeProperty().set(theme));
            for (LessonEntry entry : Lessons.all()) {
                onFx(() -> app.window().select(entry.id()));
                WaitForAsyncUtils.waitForFxEvents();
                Lesson shown = fx(() -> app.window().current());
                if (shown instanceof org.trainlab.app.frame.TabbedLesson tabs) {
                    shown = fx(tabs::selected); // the first tab, as the lesson opens
                }
                if (shown instanceof TrainingLesson<?> lesson) {
                    if (theme == Theme.LIGHT) {
                        onFx(lesson::reset);
                    }
                    onFx(lesson::playPause);
                    waitFor(entry.id() + " to finish", () -> lesson.live().shown().state() == RunState.FINISHED);
                }
                WaitForAsyncUtils.waitForFxEvents();
                String name = entry.id() + (theme == Theme.DARK ? "-dark" : "") + ".png";
                Png.write(fx(() -> stage.getScene().snapshot(null)), dir.resolve(name));
                System.out.println("wrote " + dir.resolve(name));
            }
        }
    }
}
