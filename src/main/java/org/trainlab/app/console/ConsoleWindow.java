package org.trainlab.app.console;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trainlab.app.Messages;

/** The console in a window of its own, reachable from every lesson (View → PyTorch console, Ctrl+Shift+P). */
public final class ConsoleWindow {
    private final Stage stage = new Stage();
    private final ConsolePane pane;

    public ConsoleWindow(Window owner, Messages messages) {
        pane = new ConsolePane(messages, "");
        pane.setStyle("-fx-padding: 10;");
        Scene scene = new Scene(pane, 720, 480);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.initOwner(owner);
        stage.setTitle(messages.text("console.title") + " — TrainLab");
        stage.setScene(scene);
        stage.setMinWidth(360);
        stage.setMinHeight(260);
        stage.setOnHidden(e -> pane.close());
    }

    public void show() {
        stage.show();
        stage.toFront();
        pane.input().requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    public ConsolePane pane() {
        return pane;
    }
}
