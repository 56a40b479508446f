package org.trainlab.app.frame;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.trainlab.app.Messages;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;

/**
 * The one form every lesson's settings are drawn with: a row per {@link Param} (label, control, and under
 * it why a typed value was refused), section headings for groups, a tooltip on every row that says what
 * the setting does and its range. Controls follow the page model both ways; nothing here knows a lesson.
 */
public final class SettingsForm extends GridPane {
    /** The widest a label gets before it wraps. */
    private static final double LABEL_WIDTH = 118;
    /** What a number field needs for its text and its − and + buttons. */
    private static final double CONTROL_WIDTH = 130;
    private final PageModel model;
    private final Messages messages;
    private final String lesson;
    private final List<Runnable> refreshers = new ArrayList<>();
    private Runnable leave = () -> { };
    private int row;

    public SettingsForm(PageModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.lesson = model.lesson().id();
        getStyleClass().add("settings-form");
        setHgap(10);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        // long labels ("Learning rate of G") wrap rather than squeeze the controls off a narrow form
        labels.setMaxWidth(LABEL_WIDTH);
        // on a narrow form the labels give way first, so a number field keeps its buttons in view
        widthProperty().addListener((obs, was, is) -> labels.setMaxWidth(
                Math.max(64, Math.min(LABEL_WIDTH, is.doubleValue() - getHgap() - CONTROL_WIDTH))));
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        controls.setMinWidth(90);
        getColumnConstraints().addAll(labels, controls);

        String group = "";
        for (Param p : model.editing().params()) {
            if (!p.group().equals(group)) {
                group = p.group();
                heading(group);
            }
            add(p);
        }
        model.addListener(this::refresh);
        refresh();
    }

    /** Room for the label's longest word (with a margin for the theme's font): labels wrap between words. */
    private static double widestWord(String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text();
        t.setFont(javafx.scene.text.Font.font(14));
        double widest = 0;
        for (String word : text.split("\\s+")) {
            t.setText(word);
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return Math.min(LABEL_WIDTH, Math.ceil(widest) + 4);
    }

    /** Where Enter or Escape in a number field sends the focus (the page, so shortcuts work again). */
    public void setOnLeave(Runnable leave) {
        this.leave = leave;
    }

    private void heading(String group) {
        if (group.isEmpty()) {
            return;
        }
        Label h = new Label(messages.text(lesson + ".group." + group));
        h.getStyleClass().add("form-heading");
        add(h, 0, row++, 2, 1);
    }

    private void add(Param p) {
        Control control = switch (p.kind()) {
            case INTEGER, DECIMAL, LEARNING_RATE -> number(p);
            case CHOICE -> choice(p);
            case FLAG -> flag(p);
        };
        Label label = new Label(messages.text(lesson + "." + p.label()));
        label.setWrapText(true);
        label.setMinWidth(widestWord(label.getText()));
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("form-label");
        label.setLabelFor(control);
        Tooltip tip = tooltip(p);
        label.setTooltip(tip);
        control.setTooltip(tip);
        control.setAccessibleText(label.getText());
        Node shown = control.getParent() instanceof NumberField f ? f : control;
        add(label, 0, row);
        add(shown, 1, row++);
        if (shown instanceof NumberField f) {
            Label problem = new Label();
            problem.getStyleClass().addAll("field-problem", "text-small");
            problem.setWrapText(true);
            problem.textProperty().bind(f.problemProperty());
            problem.visibleProperty().bind(f.problemProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            problem.setId(p.id() + "-problem");
            add(problem, 1, row++);
        }
        refreshers.add(() -> {
            boolean enabled = p.enabled(model.editing());
            label.setDisable(!enabled);
            shown.setDisable(!enabled);
        });
    }

    private Control number(Param p) {
        NumberField field = new NumberField(text -> {
            Param.Parsed parsed = model.type(p.id(), text);
            return parsed.ok() ? null : problem(p, parsed.problem());
        }, direction -> p.format(p.stepped(model.editing().get(p.id()), direction)));
        field.setOnLeave(() -> leave.run());
        field.setId(p.id());
        field.textField().setId(p.id() + "-field");
        field.setMaxWidth(Double.MAX_VALUE);
        refreshers.add(() -> {
            if (!field.textField().isFocused()) {
                field.show(p.format(p.shown(model.editing())));
            }
        });
        return field.textField();
    }

    private Control choice(Param p) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(p.choices());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : choiceName(p, v);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.setId(p.id());
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null && p.accepts(now)) {
                model.set(p.id(), now);
            }
        });
        refreshers.add(() -> box.setValue((String) p.shown(model.editing())));
        return box;
    }

    private Control flag(Param p) {
        CheckBox box = new CheckBox();
        box.setId(p.id());
        box.selectedProperty().addListener((obs, old, now) -> model.set(p.id(), now));
        refreshers.add(() -> box.setSelected((Boolean) p.shown(model.editing())));
        return box;
    }

    /** A choice's name: the lesson's own word for it, the app's, or the value itself. */
    private String choiceName(Param p, String value) {
        return messages.textOr(lesson + "." + p.label() + "." + value, messages.textOr("choice." + value, value));
    }

    private Tooltip tooltip(Param p) {
        String text = messages.textOr(lesson + "." + p.label() + ".tip", "");
        String range = switch (p.kind()) {
            case INTEGER, DECIMAL, LEARNING_RATE -> messages.format("form.range", Param.formatDecimal(p.min()),
                    Param.formatDecimal(p.max()));
            default -> "";
        };
        String live = p.isLive() ? messages.text("form.live") : messages.text("form.onReset");
        Tooltip t = new Tooltip(String.join("\n", List.of(text, range, live).stream().filter(s -> !s.isEmpty()).toList()));
        t.setWrapText(true);
        t.setMaxWidth(340);
        t.setShowDelay(Duration.millis(400));
        t.setShowDuration(Duration.seconds(20));
        return t;
    }

    /** Why a typed value was refused, with the allowed range. */
    String problem(Param p, Param.Problem problem) {
        String min = Param.formatDecimal(p.min());
        String max = Param.formatDecimal(p.max());
        return switch (problem) {
            case NOT_A_WHOLE_NUMBER -> messages.format("form.problem.whole", min, max);
            case NOT_A_NUMBER -> messages.format("form.problem.number", min, max);
            case OUT_OF_RANGE -> messages.format("form.problem.range", min, max);
            case NOT_A_CHOICE -> messages.text("form.problem.choice");
        };
    }

    private void refresh() {
        Settings s = model.editing();
        if (s != null) {
            refreshers.forEach(Runnable::run);
        }
    }
}
