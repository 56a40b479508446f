package org.trainlab.app.frame;

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
import org.trainlab.app.Messages;

/** The PyTorch program equivalent to the lesson's current settings, read-only, with a copy button. */
public final class CodePane extends VBox {
    private final TextArea text = new TextArea();

    public CodePane(ObservableValue<String> code, Messages messages, Runnable copied) {
        getStyleClass().add("code-pane");
        setSpacing(6);
        Label title = new Label(messages.text("code.title"), new FontIcon(MaterialDesignL.LANGUAGE_PYTHON));
        title.getStyleClass().add("card-title");
        Button copy = new Button(messages.text("code.copy"), new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId("copyCode");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setTooltip(new Tooltip(messages.text("code.copy.tip")));
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

    /** Selects the first place {@code name} appears in the program and scrolls to it; returns whether it does. */
    public boolean reveal(String name) {
        int at = text.getText().indexOf(name);
        if (at < 0) {
            return false;
        }
        text.requestFocus();
        text.selectRange(at, at + name.length());
        return true;
    }
}
