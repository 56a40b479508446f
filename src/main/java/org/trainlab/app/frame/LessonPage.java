package org.trainlab.app.frame;

import atlantafx.base.theme.Styles;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.trainlab.app.AppContext;
import org.trainlab.app.DataSets;
import org.trainlab.app.Messages;

/**
 * The layout every lesson shares, training or not: the settings form on the left (with what waits for
 * Reset, the data the lesson uses, and "tutorial's settings"), the lesson's own picture in the middle,
 * its notes and its PyTorch program on the right. A training lesson adds a toolbar on top and a status
 * bar below. Panes shrink to a minimum and come back when the window grows.
 */
public final class LessonPage {
    private final PageModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final SettingsForm form;
    private final CodePane code;
    private final NotesPane notes;
    private final Label pending = new Label();
    private final StringProperty program = new SimpleStringProperty();
    private final java.util.List<Runnable> unsubscribe = new java.util.ArrayList<>();

    public LessonPage(AppContext context, PageModel model, Node content) {
        this.model = model;
        this.messages = context.messages();
        this.form = new SettingsForm(model, messages);
        form.setOnLeave(root::requestFocus);
        program.set(model.code());
        this.code = new CodePane(program, messages, () -> context.notify(messages.text("code.copied")));
        this.notes = new NotesPane(model.lesson(), messages, p -> {
            model.setAll(p.values());
            context.notify(messages.text("notes.applied"));
        }, code::reveal);
        notes.setExpanded(context.prefs().notesOpen());
        notes.expandedProperty().addListener((obs, was, is) -> context.prefs().setNotesOpen(is));
        notes.showNames(model.code());
        model.addListener(() -> {
            program.set(model.code());
            notes.showNames(model.code());
        });

        Label title = new Label(messages.text("form.title"));
        title.getStyleClass().add("card-title");
        pending.setText(messages.text("form.pending"));
        pending.getStyleClass().addAll("pending-hint", Styles.TEXT_SMALL);
        pending.setWrapText(true);
        pending.setId("pending");
        pending.setVisible(false);
        pending.managedProperty().bind(pending.visibleProperty());
        Button defaults = new Button(messages.text("form.defaults"), new FontIcon(MaterialDesignB.BOOK_OPEN_VARIANT));
        defaults.setId("defaults");
        defaults.getStyleClass().add(Styles.SMALL);
        defaults.setTooltip(new Tooltip(messages.text("form.defaults.tip")));
        defaults.setOnAction(e -> model.restoreDefaults());
        VBox left = new VBox(10, title, form, pending);
        for (DataSets.Kind kind : model.lesson().uses()) {
            Label data = new Label();
            data.setId("data-description-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            data.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            data.setWrapText(true);
            Runnable show = () -> data.setText(messages.format("form.data", model.data().describe(kind, messages)));
            show.run();
            unsubscribe.add(model.data().onChange(kind, show));
            left.getChildren().add(data);
        }
        left.getChildren().add(defaults);
        left.getStyleClass().add("settings-column");
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.getStyleClass().add("settings-scroll");
        // the settings take up to 290 pixels, less on a narrow window, so the picture keeps its room
        leftScroll.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(240, Math.min(290, 0.32 * root.getWidth())), root.widthProperty()));
        leftScroll.setMinWidth(240);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        VBox right = new VBox(8, notes, code);
        VBox.setVgrow(code, Priority.ALWAYS);
        notes.maxHeightProperty().bind(right.heightProperty().multiply(0.5));
        right.setMinWidth(160);
        right.getStyleClass().add("lesson-side");
        SplitPane center = new SplitPane(content, right);
        center.setOrientation(Orientation.HORIZONTAL);
        if (content instanceof javafx.scene.layout.Region r) {
            r.setMinWidth(240);
        }
        SplitPane.setResizableWithParent(right, true);
        keepDivider(center, 0.64);

        root.setFocusTraversable(false);
        root.setLeft(leftScroll);
        root.setCenter(center);
        root.getStyleClass().add("lesson-page");
    }

    /**
     * Keeps the divider where the user wants it: at {@code wanted} of the width, or where they last
     * dragged it. A narrow window pushes it aside to keep both panes' minimum; when the window grows
     * again it goes back, instead of staying where the narrow window left it.
     */
    private static void keepDivider(SplitPane pane, double wanted) {
        double[] want = {wanted};
        double[] pressedAt = {Double.NaN};
        pane.setDividerPositions(wanted);
        pane.widthProperty().addListener((obs, was, is) -> pane.setDividerPositions(want[0]));
        pane.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED,
                e -> pressedAt[0] = pane.getDividerPositions()[0]);
        pane.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            double now = pane.getDividerPositions()[0];
            if (Double.isFinite(pressedAt[0]) && Math.abs(now - pressedAt[0]) > 1e-6) {
                want[0] = now; // dragged by the user
            }
            pressedAt[0] = Double.NaN;
        });
    }

    public BorderPane root() {
        return root;
    }

    public void setTop(Node toolbar) {
        root.setTop(toolbar);
    }

    public void setBottom(Node status) {
        root.setBottom(status);
    }

    /** Adds a lesson's own controls under its settings (a Data lesson's Import and Export buttons). */
    public void addToSettings(Node node) {
        VBox left = (VBox) ((ScrollPane) root.getLeft()).getContent();
        left.getChildren().add(left.getChildren().size() - 1, node);
    }

    /** Stops following the app's data sets (the lesson is closed; the window may live on). */
    public void dispose() {
        unsubscribe.forEach(Runnable::run);
        unsubscribe.clear();
    }

    /** Shows or hides the "applies on Reset" hint. */
    public void showPending(boolean p) {
        pending.setVisible(p);
    }

    public CodePane code() {
        return code;
    }

    public NotesPane notes() {
        return notes;
    }

    public SettingsForm form() {
        return form;
    }

    /** The program the code pane shows. */
    public String program() {
        return program.get();
    }
}
