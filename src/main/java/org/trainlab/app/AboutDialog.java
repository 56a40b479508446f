package org.trainlab.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help → About: TrainLab's version, the Java and JavaFX it runs on, and the licenses of everything it
 * bundles (META-INF/THIRD-PARTY-NOTICES.txt, the notices file the jar and the installers carry).
 */
final class AboutDialog {
    /** Where the notices are in the jar. */
    static final String NOTICES = "/META-INF/THIRD-PARTY-NOTICES.txt";

    private AboutDialog() {
    }

    static Alert create(Window owner, Messages messages, String version) {
        String text = messages.format("help.about", version,
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.vendor", "?") + ")",
                System.getProperty("javafx.runtime.version", "?"));
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle(messages.text("menu.about"));
        a.setHeaderText(messages.text("menu.about"));
        if (owner != null) {
            a.initOwner(owner);
        }
        Label about = new Label(text);
        about.setId("about-text");
        about.setWrapText(true);
        TextArea notices = new TextArea(notices());
        notices.setId("about-notices");
        notices.setEditable(false);
        notices.setWrapText(true);
        notices.setPrefRowCount(14);
        notices.setPrefColumnCount(60);
        notices.setAccessibleText(messages.text("about.licenses"));
        Label licenses = new Label(messages.text("about.licenses"));
        licenses.setLabelFor(notices);
        VBox content = new VBox(10, about, licenses, notices);
        VBox.setVgrow(notices, Priority.ALWAYS);
        a.getDialogPane().setContent(content);
        a.setResizable(true);
        return a;
    }

    /** The notices file's text, or a line saying it is missing (a build that left it out). */
    static String notices() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(NOTICES)) {
            if (in == null) {
                return NOTICES + " is missing from this build.";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return NOTICES + ": " + e.getMessage();
        }
    }
}
