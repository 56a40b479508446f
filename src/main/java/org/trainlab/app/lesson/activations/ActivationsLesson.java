package org.trainlab.app.lesson.activations;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.trainlab.app.AppContext;
import org.trainlab.app.Lesson;
import org.trainlab.app.Messages;
import org.trainlab.app.chart.BarsChart;
import org.trainlab.app.chart.FunctionChart;
import org.trainlab.app.console.ConsolePane;
import org.trainlab.app.frame.LessonPage;
import org.trainlab.app.frame.PageModel;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;

/**
 * The tutorial's 203 (激励函数): relu, sigmoid, tanh and softplus as its 2×2 picture, leaky_relu, elu and gelu
 * beside them, each with its derivative from autograd on request, and softmax as bars over a vector the
 * learner types. Nothing trains: every change redraws at once.
 */
public final class ActivationsLesson implements Lesson {
    private final Messages messages;
    private final ActivationsModel model = new ActivationsModel();
    private final PageModel page;
    private final LessonPage layout;
    private final Map<Activation, FunctionChart> charts = new EnumMap<>(Activation.class);
    private final BarsChart softmax;
    /** Below this width the charts stand in two columns instead of four. */
    private static final double WIDE = 560;
    private final GridPane grid = new GridPane();
    private boolean wide;
    private final Label key = new Label();
    private final TextField logits = new TextField();
    private final Label logitsError = new Label();

    /** What the console's input holds at first: the tutorial's functions on a few points. */
    private static final String STARTER = """
            import torch
            import torch.nn.functional as F
            x = torch.linspace(-5, 5, 11)
            print(F.relu(x))
            print(torch.sigmoid(x))
            F.softplus(x)""";
    private final ConsolePane console;

    public ActivationsLesson(AppContext context) {
        this.messages = context.messages();
        this.page = new PageModel(model, context.data());
        for (Activation a : Activation.values()) {
            FunctionChart chart = new FunctionChart(a.pythonName(), "x", "y");
            chart.setId("chart-" + a.pythonName());
            chart.setCompact(true);
            chart.paletteProperty().bind(context.palette());
            charts.put(a, chart);
        }
        softmax = new BarsChart(messages.text("activations.softmax.chart"), "i", "p");
        softmax.setId("chart-softmax");
        softmax.setCompact(true);
        softmax.paletteProperty().bind(context.palette());
        grid.setHgap(4);
        grid.setVgap(4);
        grid.widthProperty().addListener((obs, was, is) -> arrange(is.doubleValue() >= WIDE));
        arrange(true);
        key.setId("activations-key");
        key.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        key.setWrapText(true);
        console = new ConsolePane(messages, STARTER);
        console.setPrefHeight(260);
        TitledPane consoleBox = new TitledPane(messages.text("console.title"), console);
        consoleBox.setId("activations-console");
        consoleBox.setExpanded(false);
        VBox content = new VBox(6, grid, key, consoleBox);
        content.getStyleClass().add("activations-content");
        content.setStyle("-fx-padding: 6;");
        VBox.setVgrow(grid, Priority.ALWAYS);
        this.layout = new LessonPage(context, page, content);
        layout.addToSettings(logitsEditor());
        page.addListener(this::show);
        show();
    }

    /**
     * Four columns as the program's plt.subplot(24n) (the tutorial's 2×2 on the left), or, in a narrow
     * window, two columns with the tutorial's 2×2 on top.
     */
    private void arrange(boolean wide) {
        if (wide == this.wide && !grid.getChildren().isEmpty()) {
            return;
        }
        this.wide = wide;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int columns = wide ? 4 : 2;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 8 / columns; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 * columns / 8);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (Activation a : Activation.values()) {
            place(charts.get(a), ActivationsModel.subplot(a), wide);
        }
        place(softmax, ActivationsModel.SOFTMAX_SUBPLOT, wide);
    }

    private void place(Node chart, int subplot, boolean wide) {
        int index = subplot - 241;
        int row = index / 4;
        int column = index % 4;
        if (wide) {
            grid.add(chart, column, row);
        } else {
            grid.add(chart, column % 2, row + 2 * (column / 2));
        }
    }

    private Node logitsEditor() {
        Label title = new Label(messages.text("activations.logits"));
        title.getStyleClass().add("form-heading");
        logits.setId("logits");
        logits.setText(model.logits().python());
        logits.setPromptText(messages.text("activations.logits.prompt"));
        logits.setTooltip(new Tooltip(messages.format("activations.logits.tip", Logits.MAX)));
        logits.setOnAction(e -> readLogits());
        logits.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                readLogits();
            }
        });
        logitsError.setId("logits-error");
        logitsError.getStyleClass().add("error-text");
        logitsError.setWrapText(true);
        logitsError.setVisible(false);
        logitsError.managedProperty().bind(logitsError.visibleProperty());
        return new VBox(6, title, logits, logitsError);
    }

    /**
     * Reads the typed vector: a good one replaces the one softmax shows, a bad one is marked and explained
     * and changes nothing. Returns whether it was taken.
     */
    public boolean readLogits() {
        Logits.Parsed parsed = Logits.parse(logits.getText());
        if (!parsed.ok()) {
            logitsError.setText(messages.format(parsed.problem().key(), parsed.problem().args()));
            logitsError.setVisible(true);
            logits.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            return false;
        }
        logitsError.setVisible(false);
        logits.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        if (!parsed.logits().equals(model.logits())) {
            model.setLogits(parsed.logits());
            page.refreshCode();
        }
        return true;
    }

    private void show() {
        Settings s = page.editing();
        boolean derivative = s.flag("derivative");
        for (Curve c : ActivationsModel.curves(s)) {
            String name = c.function().pythonName();
            FunctionChart chart = charts.get(c.function());
            chart.setFunction(c.x(), c.y(), derivative ? c.dy() : null, name, name + "'", Curve.X_LOW, Curve.X_HIGH,
                    c.yLow(), c.yHigh());
            chart.redraw();
        }
        String t = Param.formatDecimal(s.decimal("temperature"));
        softmax.setValues(model.probabilities(s), messages.format("activations.softmax.label", t));
        softmax.redraw();
        key.setText(messages.text(derivative ? "activations.key.derivative" : "activations.key.function"));
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

    public ActivationsModel model() {
        return model;
    }

    /** The chart of one function (for tests and screenshots). */
    public FunctionChart chart(Activation a) {
        return charts.get(a);
    }

    public BarsChart softmax() {
        return softmax;
    }
}
