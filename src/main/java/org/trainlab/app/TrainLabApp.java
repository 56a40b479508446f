package org.trainlab.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop lab's JavaFX application: one {@link MainWindow} over the registered lessons. */
public class TrainLabApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        window = new MainWindow(stage, AppPrefs.forUser(), Lessons.all());
        window.show();
        if (getParameters().getRaw().contains("--smoke")) {
            SmokeRun.start(window, getParameters().getRaw());
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
