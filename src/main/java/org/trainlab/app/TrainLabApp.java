package org.trainlab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop lab's JavaFX application. */
public class TrainLabApp extends Application {
    @Override
    public void start(Stage stage) {
        Label label = new Label("TrainLab — the training engine is ready; lessons arrive with the desktop app.");
        stage.setTitle("TrainLab");
        stage.setScene(new Scene(new StackPane(label), 720, 480));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
