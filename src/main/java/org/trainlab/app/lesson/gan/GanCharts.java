package org.trainlab.app.lesson.gan;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.trainlab.app.AppContext;
import org.trainlab.app.Messages;
import org.trainlab.app.chart.ChartPane;
import org.trainlab.app.chart.LineChart;
import org.trainlab.app.chart.PlotChart;
import org.trainlab.app.frame.LessonCharts;
import org.trainlab.lab.GanExperiment;
import org.trainlab.lab.GanView;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.RunState;

/**
 * The GAN lesson's pictures: G's paintings between the bounds with D's numbers written on them (as the
 * tutorial redraws them), the curves over steps with their equilibrium lines, D's verdict over the family
 * of curves, the a that G's paintings imply against the artist's uniform [1, 2], and the idea explorer.
 * A run that failed (the tutorial's update order) shows PyTorch's message and what it means.
 */
public final class GanCharts implements LessonCharts<GanView> {
    private static final int BINS = 30;
    private static final double A_MAX = 3;
    private final Messages messages;
    private final PlotChart painting;
    private final LineChart accuracy;
    private final LineChart scores;
    private final PlotChart verdict;
    private final PlotChart distribution;
    private final IdeaExplorer explorer;
    private final ScrollPane failure = new ScrollPane();
    private final Label failureReason = new Label();
    private final Runnable fitFailure;
    private final GridPane grid = new GridPane();
    private final StackPane node = new StackPane();
    private final VBox paintingCell = new VBox();
    private final VBox verdictCell = new VBox();
    private final VBox scoresCell = new VBox();
    private final VBox distributionCell = new VBox();
    private GanExperiment.Labels legendsFor;
    private static final long SMALL_CHARTS_EVERY_NANOS = 100_000_000L;
    private long lastSmallCharts;

    public GanCharts(AppContext context) {
        messages = context.messages();
        painting = new PlotChart(messages.text("gan.chart.painting"), "x", "y");
        painting.setDomain(-1, 1, 0, 3);
        painting.setId("painting-chart");
        accuracy = new LineChart(messages.text("gan.chart.accuracy"), messages.text("chart.step"),
                messages.text("metric.d_accuracy"));
        accuracy.setId("accuracy-chart");
        accuracy.setGuides(List.of(new LineChart.Guide(GanView.EQUILIBRIUM_ACCURACY, messages.text("gan.guide.accuracy"))));
        scores = new LineChart(messages.text("gan.chart.scores"), messages.text("chart.step"), "");
        scores.setId("scores-chart");
        scores.setGuides(List.of(new LineChart.Guide(GanView.EQUILIBRIUM_SCORE, messages.text("gan.guide.score"))));
        verdict = new PlotChart(messages.text("gan.chart.verdict"), "a", messages.text("gan.chart.verdict.y"));
        verdict.setDomain(0, A_MAX, 0, 1);
        verdict.setId("verdict-chart");
        distribution = new PlotChart(messages.text("gan.chart.distribution"), "a", messages.text("gan.chart.density"));
        distribution.setId("distribution-chart");
        explorer = new IdeaExplorer(messages, new PlotChart(messages.text("gan.chart.explorer"), "x", "y"));
        for (ChartPane c : List.of(painting, accuracy, scores, verdict, distribution, explorer.chart())) {
            c.paletteProperty().bind(context.palette());
            c.setMinSize(100, 90);
            c.setPrefSize(160, 120);
        }
        for (ChartPane c : List.of(painting, accuracy, scores, verdict, distribution, explorer.chart())) {
            c.setCompact(true); // small: the title says what it is, the legend is under it
        }
        context.palette().addListener((obs, old, now) -> showScoreLegend(now));
        for (PlotChart c : List.of(painting, verdict, distribution, explorer.chart())) {
            c.setLegendVisible(false); // small charts: the legend goes under them
        }

        Label title = new Label(messages.text("gan.failed.title"));
        title.getStyleClass().addAll("title-4", "danger");
        failureReason.setWrapText(true);
        failureReason.setId("gan-error-reason");
        Label explain = new Label(messages.text("gan.failed.explain"));
        explain.setWrapText(true);
        VBox message = new VBox(8, title, failureReason, explain);
        message.setStyle("-fx-padding: 12;");
        // scrolls when the window is too small to show it all
        failure.setContent(message);
        failure.setFitToWidth(true);
        failure.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        failure.setId("gan-error");
        failure.setMaxSize(520, Region.USE_PREF_SIZE);
        title.setWrapText(true);
        failure.setStyle("-fx-background: -color-bg-default; -fx-background-color: -color-bg-default; "
                + "-fx-border-color: -color-danger-emphasis; -fx-border-width: 2; -fx-border-radius: 6; "
                + "-fx-background-radius: 6;");
        failure.setVisible(false);
        // wrapped text is as tall as its width makes it: ask for that height, the pane shrinks it if needed
        fitFailure = () -> {
            message.applyCss(); // the fonts it will have on screen, so the height is right
            failure.setPrefViewportHeight(message.prefHeight(Math.max(200, failure.getWidth() - 6)));
        };
        failure.widthProperty().addListener(o -> fitFailure.run());
        VBox.setVgrow(painting, Priority.ALWAYS);
        VBox.setVgrow(verdict, Priority.ALWAYS);
        VBox.setVgrow(distribution, Priority.ALWAYS);
        paintingCell.getChildren().setAll(painting, new Region());
        verdictCell.getChildren().setAll(verdict, new Region());
        VBox.setVgrow(scores, Priority.ALWAYS);
        scoresCell.getChildren().setAll(scores, new Region());
        showScoreLegend(context.palette().getValue());
        distributionCell.getChildren().setAll(distribution, new Region());

        // the paintings and the explorer large on the left, the four smaller pictures stacked on the right
        grid.add(paintingCell, 0, 0, 1, 2);
        grid.add(explorer.node(), 0, 2, 1, 2);
        grid.add(accuracy, 1, 0);
        grid.add(scoresCell, 1, 1);
        grid.add(verdictCell, 1, 2);
        grid.add(distributionCell, 1, 3);
        grid.setMinSize(300, 240);
        grid.setPrefSize(640, 480);
        for (double w : new double[] {56, 44}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(w);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        for (int i = 0; i < 4; i++) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(25);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setId("gan-charts");
        // the error of a failed run lies over all the pictures, which stay as they were
        node.getChildren().setAll(grid, failure);
        StackPane.setAlignment(failure, Pos.CENTER);
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(RunSnapshot<GanView> s) {
        GanView v = s.data();
        if (v.labels() != legendsFor) {
            legendsFor = v.labels();
            showLegends(v.labels());
        }
        boolean failed = s.state() == RunState.FAILED;
        failureReason.setText(failed && s.reason() != null ? s.reason() : "");
        if (failed && !failure.isVisible()) {
            failure.setVisible(true);
            fitFailure.run();
        }
        failure.setVisible(failed);
        showPaintings(v);
        // the painting every frame; the smaller pictures ten times a second while training, which looks as
        // live and leaves the renderer's time to the training on the same cores
        long now = System.nanoTime();
        if (s.state() != RunState.RUNNING || now - lastSmallCharts >= SMALL_CHARTS_EVERY_NANOS) {
            lastSmallCharts = now;
            showCurves(v, s.totalSteps());
            showVerdict(v);
            showDistribution(v);
            explorer.show(v);
        }
    }

    /** The score chart's legend: its curves in the palette's line colours. */
    private void showScoreLegend(org.trainlab.app.chart.Palette p) {
        scoresCell.getChildren().set(1, new LegendBar(List.of(
                new LegendBar.Entry(messages.text("metric.d_score"), p.series(0), false),
                new LegendBar.Entry(messages.text("metric.d_loss"), p.series(1), false),
                new LegendBar.Entry(messages.text("metric.g_loss"), p.series(2), false))));
    }

    /** The legends under the small charts, for the kind of GAN (its colours change with the labels). */
    private void showLegends(GanExperiment.Labels kind) {
        List<LegendBar.Entry> paintings = new ArrayList<>(List.of(
                new LegendBar.Entry(messages.text("gan.upper"), GanColors.UPPER, false),
                new LegendBar.Entry(messages.text("gan.lower"), GanColors.LOWER, false),
                new LegendBar.Entry(messages.text("gan.artist"), Color.GRAY, true)));
        List<LegendBar.Entry> verdicts = new ArrayList<>();
        List<LegendBar.Entry> implied = new ArrayList<>();
        if (kind == GanExperiment.Labels.HALVES) {
            paintings.add(new LegendBar.Entry(messages.text("gan.explorer.label0"), GanColors.LABEL0, false));
            paintings.add(new LegendBar.Entry(messages.text("gan.explorer.label1"), GanColors.LABEL1, false));
            verdicts.add(new LegendBar.Entry(messages.text("gan.verdict.label0"), GanColors.LABEL0, false));
            verdicts.add(new LegendBar.Entry(messages.text("gan.verdict.label1"), GanColors.LABEL1, false));
            implied.add(new LegendBar.Entry(messages.text("gan.explorer.label0"), GanColors.LABEL0, false));
            implied.add(new LegendBar.Entry(messages.text("gan.explorer.label1"), GanColors.LABEL1, false));
        } else {
            Color c = kind.any() ? GanColors.of(true, 0.5f) : GanColors.PAINTING;
            paintings.add(new LegendBar.Entry(messages.text("gan.generated"), c, false));
            verdicts.add(new LegendBar.Entry(messages.text(kind.any() ? "gan.verdict.continuous" : "gan.verdict"),
                    GanColors.PAINTING, false));
            implied.add(new LegendBar.Entry(messages.text("gan.generated"), c, false));
        }
        implied.add(new LegendBar.Entry(messages.text("gan.artistDensity"), Color.GRAY, true));
        paintingCell.getChildren().set(1, new LegendBar(paintings));
        verdictCell.getChildren().set(1, new LegendBar(verdicts));
        distributionCell.getChildren().set(1, new LegendBar(implied));
    }

    private void showPaintings(GanView v) {
        float[] x = v.paintPoints();
        boolean labelled = v.labels().any();
        List<PlotChart.Line> lines = new ArrayList<>(Pictures.bounds(x, messages.text("gan.upper"),
                messages.text("gan.lower")));
        for (int i = 0; i < v.artistPaintings().length; i++) {
            lines.add(new PlotChart.Line(x, v.artistPaintings()[i],
                    GanColors.faint(labelled ? GanColors.of(true, v.artistLabels()[i]) : Color.GRAY, 0.8), 1.5, true,
                    i == 0 ? messages.text("gan.artist") : null));
        }
        // the bold painting last, on top of the faint ones
        for (int i = v.paintings().length - 1; i >= 0; i--) {
            Color c = GanColors.of(labelled, v.paintingLabels()[i]);
            lines.add(new PlotChart.Line(x, v.paintings()[i], i == 0 ? c : GanColors.faint(c, 0.35), i == 0 ? 3 : 1.5,
                    false, i == 0 ? messages.text("gan.generated") : null));
        }
        painting.setBands(Pictures.bands(v.labels(), x));
        painting.setLines(lines);
        List<String> texts = new ArrayList<>();
        if (!Double.isNaN(v.dAccuracy())) {
            texts.add(messages.format("gan.text.accuracy", String.format("%.2f", v.dAccuracy())));
            texts.add(messages.format("gan.text.score", String.format("%.2f", v.dScore())));
            if (v.labels() == GanExperiment.Labels.CONTINUOUS) {
                texts.add(messages.format("gan.text.offAsked", String.format("%.2f", meanDistanceFromAsked(v))));
            } else {
                texts.add(messages.format(labelled ? "gan.text.inOwnBand" : "gan.text.inBand",
                        String.format("%.2f", v.inBounds())));
            }
        }
        painting.setTexts(texts);
        painting.redraw();
    }

    /** For the continuous label: how far, on average, the a of G's paintings lies from the a asked for. */
    static double meanDistanceFromAsked(GanView v) {
        double sum = 0;
        for (int i = 0; i < v.impliedA().length; i++) {
            sum += Math.abs(v.impliedA()[i] - (1 + v.impliedLabels()[i]));
        }
        return sum / v.impliedA().length;
    }

    private void showCurves(GanView v, long total) {
        accuracy.setCurves(List.of(new LineChart.Curve(messages.text("metric.d_accuracy"), v.dAccuracies())), total);
        accuracy.redraw();
        scores.setCurves(List.of(new LineChart.Curve(messages.text("metric.d_score"), v.dScores()),
                new LineChart.Curve(messages.text("metric.d_loss"), v.dLosses()),
                new LineChart.Curve(messages.text("metric.g_loss"), v.gLosses())), total);
        scores.redraw();
    }

    private void showVerdict(GanView v) {
        float[] a = v.verdictA();
        List<PlotChart.Line> lines = new ArrayList<>();
        if (v.labels() == GanExperiment.Labels.HALVES) {
            lines.add(new PlotChart.Line(a, v.verdicts()[0], GanColors.LABEL0, 2.5, false, messages.text("gan.verdict.label0")));
            lines.add(new PlotChart.Line(a, v.verdicts()[1], GanColors.LABEL1, 2.5, false, messages.text("gan.verdict.label1")));
        } else {
            lines.add(new PlotChart.Line(a, v.verdicts()[0], GanColors.PAINTING, 2.5, false,
                    messages.text(v.labels().any() ? "gan.verdict.continuous" : "gan.verdict")));
        }
        lines.add(new PlotChart.Line(new float[] {0, (float) A_MAX}, new float[] {0.5f, 0.5f}, Color.GRAY, 1, true, null));
        verdict.setBands(List.of(artistRange(1)));
        verdict.setLines(lines);
        verdict.redraw();
    }

    /** The artist's a in [1, 2] as a shaded column of the given height. */
    private static PlotChart.Band artistRange(double height) {
        return new PlotChart.Band(new float[] {1, 2}, new float[] {0, 0}, new float[] {(float) height, (float) height},
                GanColors.faint(GanColors.UPPER, 0.22));
    }

    private void showDistribution(GanView v) {
        float[] implied = v.impliedA();
        float[] edges = new float[BINS + 1];
        for (int i = 0; i <= BINS; i++) {
            edges[i] = (float) (A_MAX * i / BINS);
        }
        double width = A_MAX / BINS;
        boolean halves = v.labels() == GanExperiment.Labels.HALVES;
        float[] all = new float[BINS];
        float[] lower = new float[BINS];
        for (int i = 0; i < implied.length; i++) {
            int bin = (int) Math.floor(implied[i] / width);
            if (bin < 0 || bin >= BINS) {
                continue;
            }
            all[bin] += (float) (1 / (implied.length * width));
            if (halves && v.impliedLabels()[i] < 0.5f) {
                lower[bin] += (float) (1 / (implied.length * width));
            }
        }
        double top = 2;
        for (float h : all) {
            top = Math.max(top, h * 1.1);
        }
        top = Math.ceil(top);
        distribution.setDomain(0, A_MAX, 0, top);
        List<PlotChart.Bars> bars = new ArrayList<>();
        if (halves) {
            bars.add(new PlotChart.Bars(edges, all, GanColors.faint(GanColors.LABEL1, 0.75), messages.text("gan.explorer.label1")));
            bars.add(new PlotChart.Bars(edges, lower, GanColors.faint(GanColors.LABEL0, 0.75), messages.text("gan.explorer.label0")));
        } else {
            bars.add(new PlotChart.Bars(edges, all, GanColors.faint(GanColors.PAINTING, 0.7), messages.text("gan.generated")));
        }
        distribution.setBars(bars);
        distribution.setBands(List.of(artistRange(top)));
        distribution.setLines(List.of(new PlotChart.Line(new float[] {0, 1, 1, 2, 2, (float) A_MAX},
                new float[] {0, 0, 1, 1, 0, 0}, Color.GRAY, 2, true, messages.text("gan.artistDensity"))));
        distribution.redraw();
    }

    public PlotChart paintingChart() {
        return painting;
    }

    public IdeaExplorer explorer() {
        return explorer;
    }

    public Node failure() {
        return failure;
    }
}
