package org.trainlab.app.training;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The PyTorch program equivalent to the lesson's current settings, read-only, with a copy button. */
public final class CodePane extends VBox {
    private final TextArea text = new TextArea();

    public CodePane(ObservableValue<String> code, Runnable copied) {
        getStyleClass().add("code-pane");
        setSpacing(6);
        Label title = new Label("PyTorch code", new FontIcon(MaterialDesignL.LANGUAGE_PYTHON));
        title.getStyleClass().add("card-title");
        Button copy = new Button("Copy", new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId("copyCode");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setTooltip(new Tooltip("Copy the program to the clipboard"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.getText());
            Clipboard.getSystemClipboard().setContent(content);
            copied.run();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, copy);
        header.setAlignment(Pos.CENTER_LEFT);

        text.setId("code");
        text.setEditable(false);
        text.setWrapText(false);
        text.textProperty().bind(code);
        VBox.setVgrow(text, Priority.ALWAYS);
        getChildren().addAll(header, text);
    }

    public String code() {
        return text.getText();
    }
}
