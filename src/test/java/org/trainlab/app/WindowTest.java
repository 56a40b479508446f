package org.trainlab.app;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test of the whole window: before each test the lab opens with every registered lesson (in a
 * preferences node of its own), and afterwards it closes, ending every training thread. (TestFX looks
 * for {@code @Start} only in the test class itself, so the window is opened here instead.)
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {
    protected final AppFixture app = new AppFixture();
    protected final List<LessonEntry> lessons = Lessons.all();
    protected Stage stage;

    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> app.open(s, lessons));
    }

    @AfterEach
    void closeWindow() throws Exception {
        app.close();
    }
}
