package org.trainlab.app;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real window on TestFX's stage with preferences in a throw-away node, and closes it
 * again (which closes every run). Polls instead of sleeping: {@link #waitFor} retries a condition on
 * the JavaFX thread until it holds or a generous timeout passes.
 */
public final class AppFixture {
    private static final long TIMEOUT_SECONDS = 30;

    private final Preferences node;
    private final AppPrefs prefs;
    private MainWindow window;
    private Stage stage;

    public AppFixture() {
        String base = System.getProperty(AppPrefs.NODE_PROPERTY, "/org/trainlab/app-test");
        node = Preferences.userRoot().node(base + "/" + UUID.randomUUID());
        prefs = new AppPrefs(node);
        // tests read English texts whatever the machine's language
        prefs.setLanguage(java.util.Locale.ENGLISH);
    }

    public AppPrefs prefs() {
        return prefs;
    }

    /** Opens the window on the stage (on the JavaFX thread; {@link WindowTest} does it before each test). */
    public MainWindow open(Stage stage, List<LessonEntry> lessons) {
        this.stage = stage;
        window = new MainWindow(stage, prefs, lessons);
        window.show();
        return window;
    }

    public MainWindow window() {
        return window;
    }

    /** Shows a lesson and lets the JavaFX thread lay it out, so its controls can be clicked. */
    public void select(String id) {
        onFx(() -> {
            window.select(id);
            // skins (a tool bar's items, a scroll pane's content) exist only after a CSS pass
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Switches the window's language and lets the JavaFX thread lay the rebuilt window out. */
    public void setLanguage(java.util.Locale language) {
        onFx(() -> {
            window.setLanguage(language);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the window on the JavaFX thread and forgets the test's preferences. */
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        if (stage != null) {
            // TestFX reuses its stage: later tests must not find this window's close handler on it
            onFx(() -> stage.setOnHidden(null));
        }
        try {
            node.removeNode();
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }

    /** Runs on the JavaFX thread and returns the result. */
    public static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("JavaFX call failed", e);
        }
    }

    public static void onFx(Runnable run) {
        fx(() -> {
            run.run();
            return null;
        });
    }

    /** Polls the condition on the JavaFX thread until it holds; fails after the timeout. */
    public static void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    /** The node with this CSS id in the window; fails if there is none. */
    public static <T extends Node> T node(FxRobot robot, String id) {
        return robot.lookup("#" + id).query();
    }

    /** Whether the node is on screen inside the window and inside the scroll pane that holds it (so a click reaches it). */
    public static boolean visible(Node n) {
        javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
        boolean inWindow = n.isVisible() && b.getMinY() >= 0 && b.getMaxY() <= n.getScene().getHeight()
                && b.getMinX() >= 0 && b.getMaxX() <= n.getScene().getWidth();
        javafx.scene.control.ScrollPane scroll = scrollPaneOf(n);
        if (!inWindow || scroll == null) {
            return inWindow;
        }
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getBoundsInLocal());
        return b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY();
    }

    private static javafx.scene.control.ScrollPane scrollPaneOf(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane s) {
                return s;
            }
        }
        return null;
    }

    /** Scrolls the scroll pane around the node so that the node is in its viewport, as a user would. */
    public static void scrollIntoView(Node n) {
        javafx.scene.control.ScrollPane scroll = scrollPaneOf(n);
        if (scroll == null) {
            return;
        }
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
        scroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewHeight))));
    }
}
