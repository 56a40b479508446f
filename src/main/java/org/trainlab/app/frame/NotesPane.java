package org.trainlab.app.frame;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.trainlab.app.Messages;

/**
 * A lesson's notes, beside its picture: what the lesson shows and the tutorial section it follows
 * ({@code <lesson>.notes}), the PyTorch names its program uses (each a link to its place in the code
 * pane), and its "Try this" prompts. Collapsible; whether it is open is remembered.
 */
public final class NotesPane extends TitledPane {
    private static final Pattern TORCH_NAME = Pattern.compile("\\b(?:torch|F)\\.[A-Za-z_][A-Za-z_0-9.]*[A-Za-z_0-9]");

    private final FlowPane names = new FlowPane(6, 2);
    private final Consumer<String> reveal;

    /**
     * @param apply applies a prompt's settings
     * @param reveal shows a name's first place in the code pane
     */
    public NotesPane(LessonModel lesson, Messages messages, Consumer<Prompt> apply, Consumer<String> reveal) {
        this.reveal = reveal;
        setText(messages.text("notes.title"));
        setId("notes");
        getStyleClass().add("notes-pane");
        Label text = new Label(messages.text(lesson.id() + ".notes"));
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setId("notes-text");
        Label namesTitle = new Label(messages.text("notes.pytorch"));
        namesTitle.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(8, text, namesTitle, names);
        if (!lesson.prompts().isEmpty()) {
            Label tryTitle = new Label(messages.text("notes.try"));
            tryTitle.getStyleClass().add("form-heading");
            box.getChildren().add(tryTitle);
            for (Prompt p : lesson.prompts()) {
                Hyperlink link = new Hyperlink(messages.text(lesson.id() + ".try." + p.id()));
                link.setWrapText(true);
                link.setMaxWidth(Double.MAX_VALUE);
                link.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                link.setId("try-" + p.id());
                link.setOnAction(e -> apply.accept(p));
                box.getChildren().add(link);
            }
        }
        box.getStyleClass().add("notes-box");
        box.setFillWidth(true);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("notes-scroll");
        setContent(scroll);
    }

    /** Lists the PyTorch names the program uses (torch.nn.Linear, torch.optim.SGD, F.relu, ...), in order. */
    public void showNames(String program) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = TORCH_NAME.matcher(program);
        while (m.find()) {
            found.add(m.group());
        }
        names.getChildren().clear();
        for (String name : found) {
            Hyperlink link = new Hyperlink(name);
            link.getStyleClass().addAll("code-link", Styles.TEXT_SMALL);
            link.setOnAction(e -> reveal.accept(name));
            names.getChildren().add(link);
        }
    }
}
