package org.trainlab.app.lesson.gan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.trainlab.app.Messages;
import org.trainlab.app.chart.PlotChart;
import org.trainlab.lab.GanExperiment;
import org.trainlab.lab.GanView;

/**
 * G's input in the learner's hands: one slider per idea (and the label, for the conditional GAN); the
 * painting for those ideas follows at once, during or after training. It paints from the newest
 * snapshot's copy of G's weights, never from the net the training thread is changing.
 */
final class IdeaExplorer {
    static final double IDEA_RANGE = 3;
    private final Messages messages;
    private final PlotChart chart;
    private final VBox controls = new VBox(2);
    private final BorderPane node;
    private final Random random = new Random(406);
    private final List<Slider> ideas = new ArrayList<>();
    private final ToggleGroup halves = new ToggleGroup();
    private final Slider continuous = new Slider(0, 1, 0.5);
    private GanView.Painter painter;
    private GanExperiment.Labels kind;
    private float[] x = new float[0];
    private float[] painted = new float[0];

    IdeaExplorer(Messages messages, PlotChart chart) {
        this.messages = messages;
        this.chart = chart;
        chart.setId("explorer-chart");
        chart.setDomain(-1, 1, 0, 3);
        controls.setPadding(new Insets(4, 6, 4, 6));
        controls.setMinWidth(0);
        controls.setId("explorer-controls");
        continuous.setId("label-slider");
        continuous.valueProperty().addListener((obs, old, now) -> repaint());
        halves.selectedToggleProperty().addListener((obs, old, now) -> repaint());
        node = new BorderPane(chart);
        node.setBottom(controls);
    }

    Node node() {
        return node;
    }

    PlotChart chart() {
        return chart;
    }

    /** The ideas the sliders hold now. */
    float[] ideas() {
        float[] v = new float[ideas.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) ideas.get(i).getValue();
        }
        return v;
    }

    /** The label asked for: 0 or 1 for the conditional GAN, a − 1 for the continuous one, 0 without labels. */
    float label() {
        if (kind == GanExperiment.Labels.HALVES) {
            return halves.getSelectedToggle() != null && "label-1".equals(((RadioButton) halves.getSelectedToggle()).getId())
                    ? 1 : 0;
        }
        return kind == GanExperiment.Labels.CONTINUOUS ? (float) continuous.getValue() : 0;
    }

    /** The painting on screen (empty before the first snapshot). */
    float[] painted() {
        return painted;
    }

    /** Takes the newest snapshot's copy of G; rebuilds the controls when G takes other inputs. */
    void show(GanView v) {
        boolean rebuild = painter == null || painter.ideas() != v.painter().ideas() || kind != v.labels();
        painter = v.painter();
        kind = v.labels();
        x = v.paintPoints();
        if (rebuild) {
            build(v.painter().ideas());
        }
        repaint();
    }

    private void build(int count) {
        List<Node> rows = new ArrayList<>();
        Label title = new Label(messages.text("gan.explorer.ideas"));
        title.getStyleClass().add("text-bold");
        title.setTooltip(new Tooltip(messages.text("gan.explorer.ideas.tip")));
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(2);
        float[] old = ideas();
        ideas.clear();
        for (int i = 0; i < count; i++) {
            double start = i < old.length ? old[i] : Math.max(-IDEA_RANGE, Math.min(IDEA_RANGE, random.nextGaussian()));
            Slider s = new Slider(-IDEA_RANGE, IDEA_RANGE, start);
            s.setId("idea-" + i);
            s.setPrefWidth(160);
            s.setMinWidth(40);
            GridPane.setHgrow(s, javafx.scene.layout.Priority.ALWAYS);
            s.setBlockIncrement(0.1);
            Label value = new Label();
            value.setMinWidth(40);
            value.textProperty().bind(s.valueProperty().asString("%.2f"));
            s.valueProperty().addListener((obs, was, now) -> repaint());
            grid.addRow(i, new Label(String.valueOf(i + 1)), s, value);
            ideas.add(s);
        }
        rows.add(grid);
        Button shuffle = new Button(messages.text("gan.explorer.random"));
        shuffle.setId("ideas-random");
        shuffle.setTooltip(new Tooltip(messages.text("gan.explorer.random.tip")));
        shuffle.setOnAction(e -> randomIdeas());
        HBox head = new HBox(8, title, shuffle);
        head.setAlignment(Pos.CENTER_LEFT);
        rows.add(0, head);
        if (kind == GanExperiment.Labels.HALVES) {
            addLabelChoice(rows);
        } else if (kind == GanExperiment.Labels.CONTINUOUS) {
            Label l = new Label();
            l.textProperty().bind(continuous.valueProperty().asString(messages.text("gan.explorer.continuous")));
            l.setTooltip(new Tooltip(messages.text("gan.explorer.continuous.tip")));
            continuous.setTooltip(new Tooltip(messages.text("gan.explorer.continuous.tip")));
            HBox row = new HBox(8, l, continuous);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(continuous, javafx.scene.layout.Priority.ALWAYS);
            rows.add(row);
        }
        controls.getChildren().setAll(rows);
    }

    /** Label 0 or 1, on the explorer's first row beside the ideas' title. */
    private void addLabelChoice(List<Node> rows) {
        Label l = new Label(messages.text("gan.explorer.label"));
        l.setTooltip(new Tooltip(messages.text("gan.explorer.label.tip")));
        RadioButton lower = new RadioButton("0");
        RadioButton upper = new RadioButton("1");
        lower.setTooltip(new Tooltip(messages.text("gan.explorer.label0")));
        upper.setTooltip(new Tooltip(messages.text("gan.explorer.label1")));
        lower.setId("label-0");
        upper.setId("label-1");
        boolean wasUpper = halves.getSelectedToggle() != null
                && "label-1".equals(((RadioButton) halves.getSelectedToggle()).getId());
        halves.getToggles().clear();
        lower.setToggleGroup(halves);
        upper.setToggleGroup(halves);
        halves.selectToggle(wasUpper ? upper : lower);
        ((HBox) rows.get(0)).getChildren().addAll(l, lower, upper);
    }

    /** New ideas from N(0, 1), as G sees them in training. */
    void randomIdeas() {
        for (Slider s : ideas) {
            s.setValue(Math.max(-IDEA_RANGE, Math.min(IDEA_RANGE, random.nextGaussian())));
        }
    }

    private void repaint() {
        if (painter == null || ideas.size() != painter.ideas()) {
            return;
        }
        float label = label();
        painted = painter.paint(ideas(), label);
        boolean labelled = kind.any();
        List<PlotChart.Band> bands = new ArrayList<>();
        List<PlotChart.Line> lines = new ArrayList<>(Pictures.bounds(x, messages.text("gan.upper"),
                messages.text("gan.lower")));
        double[] band = GanExperiment.bandOf(kind, label);
        if (kind == GanExperiment.Labels.CONTINUOUS) {
            lines.add(new PlotChart.Line(x, Pictures.curve(x, band[0]), GanColors.of(true, label), 2, true,
                    messages.text("gan.explorer.asked")));
        } else {
            bands.add(new PlotChart.Band(x, Pictures.curve(x, band[0]), Pictures.curve(x, band[1]),
                    GanColors.faint(labelled ? GanColors.of(true, label) : GanColors.UPPER, 0.16)));
        }
        lines.add(new PlotChart.Line(x, painted, GanColors.of(labelled, label), 3, false,
                messages.text("gan.explorer.painting")));
        chart.setBands(bands);
        chart.setLines(lines);
        chart.setTexts(List.of(messages.format("gan.explorer.impliedA",
                String.format("%.2f", GanView.impliedA(painted, 0, x)))));
        chart.redraw();
    }
}
