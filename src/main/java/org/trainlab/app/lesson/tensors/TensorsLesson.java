package org.trainlab.app.lesson.tensors;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.trainlab.app.AppContext;
import org.trainlab.app.Lesson;
import org.trainlab.app.Messages;
import org.trainlab.app.chart.TensorGrid;
import org.trainlab.app.console.ConsolePane;
import org.trainlab.app.frame.LessonPage;
import org.trainlab.app.frame.PageModel;
import org.trainlab.app.settings.Settings;
import org.trainlab.console.NdArray;
import org.trainlab.console.PyNumbers;

/**
 * The tutorial's 201 (torch 和 numpy): numpy's result beside torch's for values the learner types, the
 * {@code data.dot(data)} pitfall with its three answers, and what view, unsqueeze, t() and a broadcast sum
 * do to a tensor, drawn as grids of cells. Nothing trains: every change shows at once.
 */
public final class TensorsLesson implements Lesson {
    private static final String MONO = "-fx-font-family: \"DejaVu Sans Mono\", monospace;";
    private final Messages messages;
    private final TensorsModel model = new TensorsModel();
    private final PageModel page;
    private final LessonPage layout;
    private final VBox table = new VBox(10);
    private final Label numpyDot = output("dot-numpy");
    private final Label oldTorchDot = output("dot-old");
    private final Label torchDot = output("dot-torch");
    private final TensorGrid grids = new TensorGrid();
    private final TextField data = new TextField();
    private final TextField matrix = new TextField();
    private final Label dataError = error("data-error");
    private final Label matrixError = error("matrix-error");
    private final ConsolePane console;

    /** What the console's input holds at first: the tutorial's pitfall, ready to run. */
    private static final String STARTER = """
            import torch
            import numpy as np
            data = [[1, 2], [3, 4]]
            tensor = torch.FloatTensor(data)
            print(np.array(data).dot(np.array(data)))
            tensor.dot(tensor)""";

    public TensorsLesson(AppContext context) {
        this.messages = context.messages();
        this.page = new PageModel(model, context.data());
        table.setId("comparison");

        grids.setId("shapes");
        grids.setPalette(context.palette().getValue());
        context.palette().addListener((obs, was, is) -> grids.setPalette(is));

        console = new ConsolePane(messages, STARTER);
        console.setPrefHeight(340);
        VBox content = new VBox(12,
                heading("tensors.section.numpy"), text("tensors.section.numpy.text"), sideways(table),
                heading("tensors.section.dot"), text("tensors.section.dot.text"),
                answer("tensors.dot.numpy", "data.dot(data)", numpyDot),
                answer("tensors.dot.old", "tensor.dot(tensor)", oldTorchDot),
                answer("tensors.dot.torch", "tensor.dot(tensor)", torchDot),
                text("tensors.dot.why"),
                heading("tensors.section.shapes"), text("tensors.section.shapes.text"), grids,
                heading("console.title"), console);
        content.setStyle("-fx-padding: 10 14 14 14;");
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setId("tensors-content");
        this.layout = new LessonPage(context, page, scroll);
        layout.addToSettings(editor("tensors.data", data, "data", dataError, model.data(),
                t -> PyNumbers.vector(t, TensorsModel.MAX_VECTOR), model::setData, TensorsModel.MAX_VECTOR));
        layout.addToSettings(editor("tensors.matrix", matrix, "matrix", matrixError, model.matrix(),
                t -> PyNumbers.squareMatrix(t, TensorsModel.MAX_MATRIX), model::setMatrix, TensorsModel.MAX_MATRIX));
        page.addListener(this::show);
        show();
    }

    /** Printed output keeps its lines: wider than the pane, it scrolls sideways while the text around it wraps. */
    private static ScrollPane sideways(Node node) {
        VBox room = new VBox(node);
        room.setStyle("-fx-padding: 0 0 14 0;"); // under the scroll bar, when there is one
        ScrollPane sp = new ScrollPane(room);
        sp.setFitToHeight(true);
        sp.setFitToWidth(true);
        sp.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        sp.setMinWidth(100);
        sp.getStyleClass().add("edge-to-edge");
        return sp;
    }

    private Label heading(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("card-title");
        return l;
    }

    private Label text(String key) {
        Label l = new Label(messages.text(key));
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label output(String id) {
        Label l = new Label();
        l.setId(id);
        l.setStyle(MONO);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // printed output keeps its lines: scroll instead
        return l;
    }

    private static Label code(String code) {
        Label l = new Label(code);
        l.setStyle(MONO);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static Label error(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("error-text");
        l.setWrapText(true);
        l.setVisible(false);
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** A library's code and what print shows, under the library's name. */
    private static Node block(String library, String code, Label out) {
        Label name = new Label(library);
        name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(1, name, code(code), out);
    }

    private Node answer(String key, String code, Label out) {
        Label who = new Label(messages.text(key));
        who.getStyleClass().add(Styles.TEXT_BOLD);
        who.setWrapText(true);
        who.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return new VBox(2, who, sideways(new VBox(2, code(code), out)));
    }

    private Node editor(String key, TextField field, String id, Label problem, NdArray initial,
            Function<String, PyNumbers.Parsed> parse, Consumer<NdArray> set, int max) {
        Label title = new Label(messages.text(key));
        title.getStyleClass().add("form-heading");
        field.setId(id);
        field.setStyle(MONO);
        field.setText(TensorsModel.python(initial));
        field.setTooltip(new Tooltip(messages.format(key + ".tip", max)));
        Runnable read = () -> read(field, problem, parse, set);
        field.setOnAction(e -> read.run());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                read.run();
            }
        });
        return new VBox(6, title, field, problem);
    }

    /** Reads a typed list: a good one is shown at once, a bad one is marked and explained and changes nothing. */
    private boolean read(TextField field, Label problem, Function<String, PyNumbers.Parsed> parse, Consumer<NdArray> set) {
        PyNumbers.Parsed parsed = parse.apply(field.getText());
        if (!parsed.ok()) {
            problem.setText(messages.format(parsed.problem().key(), parsed.problem().args()));
            problem.setVisible(true);
            field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            return false;
        }
        problem.setVisible(false);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        set.accept(parsed.array());
        page.refreshCode();
        return true;
    }

    /** Types a list into the data field and reads it, as Enter does (for tests). */
    public boolean typeData(String text) {
        data.setText(text);
        return read(data, dataError, t -> PyNumbers.vector(t, TensorsModel.MAX_VECTOR), model::setData);
    }

    /** Types a matrix into its field and reads it, as Enter does (for tests). */
    public boolean typeMatrix(String text) {
        matrix.setText(text);
        return read(matrix, matrixError, t -> PyNumbers.squareMatrix(t, TensorsModel.MAX_MATRIX), model::setMatrix);
    }

    private void show() {
        Settings s = page.editing();
        table.getChildren().clear();
        for (TensorsModel.Row row : model.rows(s)) {
            Label what = new Label(messages.text("tensors.row." + row.id()));
            what.setWrapText(true);
            what.getStyleClass().add(Styles.TEXT_BOLD);
            Label np = output("numpy-" + row.id());
            np.setText(row.numpy());
            Label torch = output("torch-" + row.id());
            torch.setText(row.torch());
            FlowPane both = new FlowPane(28, 6, block("numpy", row.numpyCode(), np), block("torch", row.torchCode(), torch));
            table.getChildren().add(new VBox(2, what, both));
        }
        numpyDot.setText(model.numpyDot());
        oldTorchDot.setText(model.oldTorchDot());
        torchDot.setText(model.torchDot());
        List<TensorGrid.Item> items = new ArrayList<>();
        List<TensorsModel.Shaped> shapes = model.shapes(s);
        for (TensorsModel.Shaped sh : shapes) {
            items.add(new TensorGrid.Item(sh.code(), sh.size(), sh.tensor().shape(), sh.tensor().toArray(), null));
        }
        // b broadcast to x's shape: its row repeated down, the copies faint
        int rows = s.integer("rows");
        int columns = s.integer("columns");
        float[] b = shapes.get(4).tensor().toArray();
        float[] spread = new float[rows * columns];
        boolean[] faint = new boolean[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                spread[i * columns + j] = b[j];
                faint[i * columns + j] = i > 0;
            }
        }
        items.add(5, new TensorGrid.Item(messages.text("tensors.broadcast"), "torch.Size([" + rows + ", " + columns + "])",
                new int[] {rows, columns}, spread, faint));
        grids.setItems(items);
    }

    @Override
    public Node view() {
        return layout.root();
    }

    @Override
    public void close() {
        console.close();
        page.dispose();
        layout.dispose();
    }

    public PageModel page() {
        return page;
    }

    public TensorsModel model() {
        return model;
    }

    public TensorGrid grids() {
        return grids;
    }
}
