package org.trainlab.app.lesson.build;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.trainlab.app.Messages;
import org.trainlab.app.frame.NumberField;
import org.trainlab.spec.LayerForms;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.NetworkSpecException;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.PythonRepr;

/**
 * net2 built layer by layer: a layer kind and Add, then one row per layer with its arguments (number fields,
 * check boxes, choices), moved up or down or removed with its buttons (all reachable with Tab, Enter and Space).
 * The {@code nn.Sequential(...)} code and PyTorch's printed form follow every change; a layer whose input size does
 * not match what comes before it is marked with the reason.
 */
final class SequentialBuilder {
    private final LayerList layers;
    private final Messages messages;
    private final IntSupplier inputs;
    private final Consumer<NetworkSpec> built;
    private final VBox rows = new VBox(6);
    private final List<Label> problems = new ArrayList<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final TextArea code = monospace("builder-code");
    private final TextArea printed = monospace("builder-printed");
    private final Label status = new Label();
    private final VBox root;
    /** The row whose buttons were used last, to keep the focus there when the rows are made again. */
    private int focusRow = -1;
    private String focusButton;

    /**
     * @param inputs the data's features (what the first Linear must take)
     * @param built told every valid Sequential the builder makes
     */
    SequentialBuilder(LayerList layers, Messages messages, IntSupplier inputs, Consumer<NetworkSpec> built) {
        this.layers = layers;
        this.messages = messages;
        this.inputs = inputs;
        this.built = built;
        kind.getItems().setAll(LayerForms.BUILDER);
        kind.getSelectionModel().select("Linear");
        kind.setId("builder-kind");
        kind.setAccessibleText(messages.text("build.kind"));
        kind.setTooltip(new Tooltip(messages.text("build.kind.tip")));
        Button add = new Button(messages.text("build.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("builder-add");
        add.setTooltip(new Tooltip(messages.text("build.add.tip")));
        add.setOnAction(e -> {
            focusRow = layers.size();
            focusButton = "remove";
            layers.add(layers.size(), kind.getValue());
            remake();
        });
        Label kindLabel = new Label(messages.text("build.kind"));
        kindLabel.setLabelFor(kind);
        kindLabel.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        kind.setMinWidth(70);
        HBox top = new HBox(8, kindLabel, kind, add);
        top.setAlignment(Pos.CENTER_LEFT);
        status.setId("builder-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_SMALL);
        Label codeTitle = title(messages.text("build.code"));
        Label printedTitle = title(messages.text("build.printed"));
        VBox content = new VBox(8, top, rows, status, codeTitle, code, printedTitle, printed);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root = new VBox(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setId("builder");
        remake();
    }

    Node node() {
        return root;
    }

    /** Shows a Sequential read from elsewhere (Open, the tutorial's net2). */
    void show(NetworkSpec spec) {
        layers.setAll(spec);
        remake();
    }

    /** Makes the rows again (after add, remove, move) and shows the code. */
    private void remake() {
        rows.getChildren().clear();
        problems.clear();
        List<LayerForms.Layer> all = layers.layers();
        for (int i = 0; i < all.size(); i++) {
            rows.getChildren().add(row(i, all.get(i)));
        }
        if (all.isEmpty()) {
            Label empty = new Label(messages.text("build.empty"));
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            rows.getChildren().add(empty);
        }
        update();
        if (focusRow >= 0 && focusRow < all.size()) {
            Node target = rows.lookup("#layer-" + focusRow + "-" + focusButton);
            if (target != null && !target.isDisabled()) {
                target.requestFocus();
            } else if (rows.lookup("#layer-" + focusRow + "-remove") != null) {
                rows.lookup("#layer-" + focusRow + "-remove").requestFocus();
            }
        }
        focusRow = -1;
    }

    /** The code, the printed form and the shape marks for the layers as they are now. */
    private void update() {
        for (Label p : problems) {
            p.setText("");
            p.setVisible(false);
            p.getParent().getStyleClass().remove("layer-mismatch");
        }
        List<LayerList.Mismatch> mismatches = layers.mismatches(inputs.getAsInt());
        for (LayerList.Mismatch m : mismatches) {
            Label p = problems.get(m.index());
            p.setText(messages.format(m.fromData() ? "build.mismatch.data" : "build.mismatch", m.arg(), m.value(),
                    m.expected()));
            p.setVisible(true);
            p.getParent().getStyleClass().add("layer-mismatch");
        }
        try {
            NetworkSpec spec = layers.spec();
            code.setText("net2 = " + spec.pytorchCode("nn.", ""));
            printed.setText(spec.build(new Generator(0)).toString());
            status.setText(mismatches.isEmpty()
                    ? messages.format("build.ok", layers.size(), spec.stateSize())
                    : messages.format("build.mismatches", mismatches.size()));
            status.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            status.getStyleClass().add(mismatches.isEmpty() ? Styles.SUCCESS : Styles.DANGER);
            built.accept(spec);
        } catch (NetworkSpecException e) {
            status.setText(e.reason());
            status.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            status.getStyleClass().add(Styles.DANGER);
        }
    }

    private Node row(int index, LayerForms.Layer layer) {
        Label number = new Label(index + "");
        number.getStyleClass().addAll(Styles.TEXT_MUTED, "layer-index");
        number.setMinWidth(18);
        Label name = new Label(layer.name());
        name.getStyleClass().addAll(Styles.TEXT_BOLD, "layer-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button up = button(index, "up", MaterialDesignA.ARROW_UP, index > 0, () -> move(index, -1));
        Button down = button(index, "down", MaterialDesignA.ARROW_DOWN, index < layers.size() - 1, () -> move(index, 1));
        Button remove = button(index, "remove", MaterialDesignC.CLOSE, true, () -> {
            focusRow = Math.min(index, layers.size() - 2);
            focusButton = "remove";
            layers.remove(index);
            remake();
        });
        HBox head = new HBox(6, number, name, spacer, up, down, remove);
        head.setAlignment(Pos.CENTER_LEFT);
        FlowPane fields = new FlowPane(10, 4);
        for (LayerForms.Field f : LayerForms.fields(layer.name())) {
            fields.getChildren().add(field(index, layer, f));
        }
        Label problem = new Label();
        problem.setId("layer-" + index + "-problem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        problems.add(problem);
        VBox box = new VBox(4, head, fields, problem);
        box.getStyleClass().add("layer-row");
        box.setId("layer-" + index);
        return box;
    }

    private void move(int index, int delta) {
        focusRow = layers.move(index, delta);
        focusButton = delta < 0 ? "up" : "down";
        remake();
    }

    private Button button(int index, String id, org.kordamp.ikonli.Ikon icon, boolean enabled, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId("layer-" + index + "-" + id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        String text = messages.format("build." + id, index);
        b.setTooltip(new Tooltip(text));
        b.setAccessibleText(text);
        b.setDisable(!enabled);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node field(int index, LayerForms.Layer layer, LayerForms.Field f) {
        Label label = new Label(f.name());
        label.getStyleClass().add(Styles.TEXT_SMALL);
        Node control;
        String id = "layer-" + index + "-" + f.name();
        Object value = layer.args().get(f.name());
        switch (f.kind()) {
            case BOOL -> {
                CheckBox box = new CheckBox();
                box.setSelected(Boolean.TRUE.equals(value));
                box.selectedProperty().addListener((obs, was, is) -> {
                    layers.set(index, f.name(), is);
                    update();
                });
                control = box;
            }
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(f.choices());
                box.setValue((String) value);
                box.valueProperty().addListener((obs, was, is) -> {
                    layers.set(index, f.name(), is);
                    update();
                });
                control = box;
            }
            default -> {
                NumberField number = new NumberField(text -> commit(index, f, text),
                        direction -> stepped(index, f, direction));
                number.show(literal(value, f));
                number.textField().setPrefColumnCount(f.kind() == LayerForms.Kind.FLOAT ? 6 : 4);
                number.setOnLeave(() -> root.requestFocus());
                control = number;
            }
        }
        control.setId(id);
        label.setLabelFor(control);
        if (control instanceof NumberField n) {
            n.textField().setAccessibleText(layer.name() + " " + f.name());
        } else {
            control.setAccessibleText(layer.name() + " " + f.name());
        }
        HBox box = new HBox(4, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Takes a typed value if it is a number of the field's kind that makes a valid layer; else says why not. */
    private String commit(int index, LayerForms.Field f, String text) {
        Object value;
        try {
            value = switch (f.kind()) {
                case SIZE, INT -> Long.parseLong(text.trim());
                default -> Double.parseDouble(text.trim());
            };
        } catch (NumberFormatException e) {
            return messages.format("build.notNumber", text);
        }
        if (f.kind() == LayerForms.Kind.SIZE && ((Long) value < 1 || (Long) value > LayerList.MAX_SIZE)) {
            return messages.format("build.sizeRange", LayerList.MAX_SIZE);
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            return messages.format("build.notNumber", text);
        }
        Object old = layers.layers().get(index).args().get(f.name());
        layers.set(index, f.name(), value);
        try {
            layers.spec();
        } catch (NetworkSpecException e) {
            layers.set(index, f.name(), old);
            update();
            return e.reason();
        }
        update();
        return null;
    }

    private String stepped(int index, LayerForms.Field f, int direction) {
        Object v = layers.layers().get(index).args().get(f.name());
        if (v instanceof Long l) {
            return Long.toString(Math.max(f.kind() == LayerForms.Kind.SIZE ? 1 : -2, l + direction));
        }
        double d = v instanceof Double x ? x : 0.1;
        double step = f.name().equals("p") ? 0.05 : f.name().equals("eps") ? d : 0.01;
        return literal(Math.max(0, d + direction * step), f);
    }

    private static String literal(Object v, LayerForms.Field f) {
        if (v == null) {
            return "0.1";
        }
        return v instanceof Double d ? PythonRepr.number(d) : v.toString();
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("card-title");
        return l;
    }

    static TextArea monospace(String id) {
        TextArea t = new TextArea();
        t.setEditable(false);
        t.setId(id);
        t.setWrapText(false);
        t.setPrefRowCount(6);
        t.getStyleClass().add("build-mono");
        return t;
    }

    /** Checks the shapes again (the data changed) and shows the code. */
    void refresh() {
        update();
    }

    /** The layers' text as the builder shows it (tests). */
    String code() {
        return code.getText();
    }

    String printed() {
        return printed.getText();
    }

    String status() {
        return status.getText();
    }
}
