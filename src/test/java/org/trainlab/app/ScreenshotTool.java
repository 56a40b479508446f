package org.trainlab.app;

import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.util.WaitForAsyncUtils;
import org.trainlab.app.chart.Png;
import java.util.List;
import org.trainlab.app.frame.TabbedLesson;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.RunState;

/**
 * Regenerates the screenshots in assets/screenshots/ from the running app (headless, through
 * Monocle): each lesson (each tab of a lesson with tabs) after its run has finished, in the light theme and
 * (name-dark.png) the dark one, and the Classification lesson in Chinese. Run with
 *
 * <pre>mvn -Dscreenshots test -Dtest=ScreenshotTool</pre>
 *
 * ({@code -Dscreenshots.dir=...} writes elsewhere; {@code -Dscreenshots.only=ID} shoots that lesson only).
 * Skipped in ordinary test runs.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".*")
class ScreenshotTool extends WindowTest {
    @Test
    void everyLesson() throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "assets/screenshots"));
        for (Theme theme : Theme.values()) {
            onFx(() -> app.window().themeProperty().set(theme));
            for (LessonEntry entry : Lessons.all()) {
                String only = System.getProperty("screenshots.only", "");
                if (!only.isEmpty() && !only.equals(entry.id())) {
                    continue;
                }
                onFx(() -> app.window().select(entry.id()));
                WaitForAsyncUtils.waitForFxEvents();
                Lesson lesson = fx(() -> app.window().current());
                if (lesson instanceof TabbedLesson tabs) {
                    for (javafx.scene.control.Tab tab : fx(() -> List.copyOf(tabs.tabs().getTabs()))) {
                        String page = tab.getId().substring("tab-".length());
                        onFx(() -> tabs.select(page));
                        WaitForAsyncUtils.waitForFxEvents();
                        train(fx(tabs::selected), entry.id() + "-" + page, theme);
                        shoot(dir, entry.id() + "-" + page, theme);
                    }
                } else {
                    train(lesson, entry.id(), theme);
                    shoot(dir, entry.id(), theme);
                }
            }
        }
        if (!System.getProperty("screenshots.only", "").isEmpty()) {
            return;
        }
        // one lesson in Chinese, with its notes
        onFx(() -> app.window().themeProperty().set(Theme.LIGHT));
        app.setLanguage(java.util.Locale.SIMPLIFIED_CHINESE);
        onFx(() -> app.window().select("classification"));
        WaitForAsyncUtils.waitForFxEvents();
        train(fx(() -> app.window().current()), "classification", Theme.LIGHT);
        shoot(dir, "classification-zh", Theme.LIGHT);
        app.setLanguage(java.util.Locale.ENGLISH);
    }

    /** The Classification lesson's Network tab (the net drawn, a heatmap in each neuron), in both themes. */
    @Test
    void networkTab() throws Exception {
        if (!System.getProperty("screenshots.only", "").isEmpty()) {
            return;
        }
        Path dir = Path.of(System.getProperty("screenshots.dir", "assets/screenshots"));
        for (Theme theme : Theme.values()) {
            onFx(() -> app.window().themeProperty().set(theme));
            onFx(() -> app.window().select("classification"));
            WaitForAsyncUtils.waitForFxEvents();
            TrainingLesson<?> lesson = (TrainingLesson<?>) fx(() -> app.window().current());
            onFx(() -> ((org.trainlab.app.lesson.classification.ClassificationCharts) lesson.charts()).networkTabs()
                    .tabs().getSelectionModel().select(1));
            train(lesson, "network", theme);
            shoot(dir, "network", theme);
        }
    }

    /** Plays a training lesson to its end (or to a run that failed on purpose). */
    private static void train(Lesson lesson, String name, Theme theme) {
        if (lesson instanceof org.trainlab.app.lesson.activations.ActivationsLesson a) {
            onFx(() -> a.page().set("derivative", true)); // the picture with what autograd computes
        }
        if (lesson instanceof org.trainlab.app.lesson.autograd.AutogradLesson a) {
            // the graph half way through backward, scrolled into view
            onFx(() -> {
                a.handle(Shortcut.RESET);
                a.handle(Shortcut.STEP);
                a.handle(Shortcut.STEP);
            });
            WaitForAsyncUtils.waitForFxEvents();
            onFx(() -> AppFixture.scrollIntoView(a.view().lookup("#backward-step")));
        }
        if (lesson instanceof TrainingLesson<?> training
                && training.charts() instanceof org.trainlab.app.lesson.build.BuildCharts build) {
            onFx(() -> build.tabs().getSelectionModel().select(2)); // the two nets side by side, their curves
        }
        if (lesson instanceof TrainingLesson<?> training) {
            if (theme == Theme.LIGHT) {
                onFx(training::reset);
            }
            onFx(() -> training.toolbar().setSpeedIndex(4));
            onFx(training::playPause);
            waitFor(name + " to finish", () -> !training.live().shown().state().isActive());
        }
    }

    private void shoot(Path dir, String base, Theme theme) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        String name = base + (theme == Theme.DARK ? "-dark" : "") + ".png";
        Png.write(fx(() -> stage.getScene().snapshot(null)), dir.resolve(name));
        System.out.println("wrote " + dir.resolve(name));
    }
}
