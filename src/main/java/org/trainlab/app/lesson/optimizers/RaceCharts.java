package org.trainlab.app.lesson.optimizers;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trainlab.app.AppContext;
import org.trainlab.app.Messages;
import org.trainlab.app.chart.LineChart;
import org.trainlab.app.chart.ScatterCurveChart;
import org.trainlab.app.frame.Format;
import org.trainlab.app.frame.LessonCharts;
import org.trainlab.lab.OptimizersView;
import org.trainlab.lab.RunSnapshot;

/**
 * The race as the tutorial plots it, and more: every optimizer's batch losses overlaid (faint, with a
 * smoothed line on top; linear or log scale), each net's fit over the data in small multiples, and a
 * ranking by current loss with the best loss and the step each first reached the target loss.
 */
public final class RaceCharts implements LessonCharts<OptimizersView> {
    private final Messages messages;
    private final AppContext context;
    private final LineChart losses;
    private final GridPane multiples = new GridPane();
    private final List<ScatterCurveChart> fits = new ArrayList<>();
    private final GridPane ranking = new GridPane();
    private final SplitPane node;
    private final List<Label[]> rankingRows = new ArrayList<>();
    private final VBox rankingBox;
    private final Label targetNote = new Label();
    private List<String> shownNames = List.of();
    private static final long SMALL_EVERY_NANOS = 100_000_000L;
    private long smallDrawnAt;

    public RaceCharts(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        losses = new LineChart(messages.text("optimizers.chart.losses"), messages.text("chart.step"),
                messages.text("optimizers.chart.batchLoss"));
        losses.setId("race-losses");
        losses.paletteProperty().bind(context.palette());
        losses.setSmoothed(true);
        CheckBox smooth = new CheckBox(messages.text("optimizers.smoothed"));
        smooth.setId("race-smoothed");
        smooth.setSelected(true);
        smooth.selectedProperty().addListener((obs, old, now) -> losses.setSmoothed(now));
        CheckBox log = new CheckBox(messages.text("optimizers.logScale"));
        log.setId("race-log");
        log.selectedProperty().addListener((obs, old, now) -> losses.setLogScale(now));
        HBox options = new HBox(14, smooth, log);
        options.setPadding(new Insets(4, 8, 0, 8));
        BorderPane top = new BorderPane(losses);
        top.setTop(options);

        multiples.setId("race-fits");
        multiples.setHgap(4);
        multiples.setVgap(4);
        multiples.setMinSize(0, 0);
        ranking.setId("race-ranking");
        ranking.setHgap(8);
        ranking.setVgap(2);
        ranking.setPadding(new Insets(8));
        ranking.getStyleClass().add("ranking");
        Label rankingTitle = new Label(messages.text("optimizers.ranking"));
        rankingTitle.getStyleClass().add("card-title");
        targetNote.getStyleClass().addAll("text-muted", "text-small");
        targetNote.setWrapText(true);
        targetNote.setMaxWidth(220);
        VBox rankingBox = new VBox(4, rankingTitle, ranking, targetNote);
        rankingBox.setMinHeight(0);
        rankingBox.setPadding(new Insets(6));
        rankingBox.setMinWidth(0);
        this.rankingBox = rankingBox;
        multiples.setPadding(new Insets(4));
        node = new SplitPane(top, multiples);
        node.setOrientation(Orientation.VERTICAL);
        node.setDividerPositions(0.55);
    }

    @Override
    public Node node() {
        return node;
    }

    public LineChart lossChart() {
        return losses;
    }

    public GridPane ranking() {
        return ranking;
    }

    public List<ScatterCurveChart> fits() {
        return fits;
    }

    @Override
    public void show(RunSnapshot<OptimizersView> s) {
        OptimizersView v = s.data();
        List<LineChart.Curve> curves = new ArrayList<>();
        for (OptimizersView.Racer r : v.racers()) {
            curves.add(new LineChart.Curve(name(r.name()), r.losses()));
        }
        losses.setCurves(curves, s.totalSteps());
        losses.redraw();
        List<String> names = v.racers().stream().map(OptimizersView.Racer::name).toList();
        boolean rebuilt = !names.equals(shownNames);
        if (rebuilt) {
            rebuildMultiples(names);
        }
        // the five fits and the ranking change slowly: while training they are redrawn ten times a second,
        // so the window's drawing leaves the training thread its core; a paused or finished run shows its last step
        long now = System.nanoTime();
        if (!rebuilt && s.state() == org.trainlab.lab.RunState.RUNNING && now - smallDrawnAt < SMALL_EVERY_NANOS) {
            return;
        }
        smallDrawnAt = now;
        for (int i = 0; i < v.racers().size(); i++) {
            OptimizersView.Racer r = v.racers().get(i);
            ScatterCurveChart fit = fits.get(i);
            fit.setPoints(v.dataX(), v.dataY(), messages.text("chart.data"));
            fit.setCurve(v.gridX(), r.fit(), messages.text("chart.prediction"), false);
            fit.redraw();
        }
        showRanking(v);
    }

    private String name(String optimizer) {
        return messages.textOr("optimizer." + optimizer, optimizer);
    }

    private void rebuildMultiples(List<String> names) {
        fits.clear();
        multiples.getChildren().clear();
        multiples.getRowConstraints().clear();
        int cellCount = names.size() + 1;
        int cols = cellCount <= 2 ? cellCount : cellCount <= 4 ? 2 : 3;
        int rows = (cellCount + cols - 1) / cols;
        for (int r = 0; r < rows; r++) {
            javafx.scene.layout.RowConstraints rc = new javafx.scene.layout.RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            multiples.getRowConstraints().add(rc);
        }
        // the fits and the ranking share one grid: five fits and the ranking make three columns of two
        int cells = names.size() + 1;
        int columns = cells <= 2 ? cells : cells <= 4 ? 2 : 3;
        multiples.getColumnConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            // the last column holds the ranking: give it the room of its four columns of text
            cc.setPercentWidth(columns == 3 ? (c == 2 ? 40 : 30) : 100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            multiples.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            ScatterCurveChart c = new ScatterCurveChart(name(n), "x", "y");
            c.setId("fit-" + n);
            c.paletteProperty().bind(context.palette());
            c.setPrefSize(200, 150);
            c.setMinSize(60, 60);
            c.setCompact(true);
            GridPane.setHgrow(c, Priority.ALWAYS);
            GridPane.setVgrow(c, Priority.ALWAYS);
            fits.add(c);
            multiples.add(c, i % columns, i / columns);
        }
        multiples.add(rankingBox, names.size() % columns, names.size() / columns);
        shownNames = names;
        rankingRows.clear();
        ranking.getChildren().clear();
        String[] heads = {messages.text("optimizers.rank.optimizer"), messages.text("optimizers.rank.loss"),
            messages.text("optimizers.rank.best"), messages.text("optimizers.rank.reached")};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.getStyleClass().addAll("text-muted", "text-small");
            ranking.add(h, c, 0);
        }
        for (int r = 0; r < names.size(); r++) {
            Label[] row = {new Label(), new Label(), new Label(), new Label()};
            for (int c = 0; c < row.length; c++) {
                row[c].setMinWidth(Region.USE_PREF_SIZE);
                row[c].getStyleClass().add("text-small");
                ranking.add(row[c], c, r + 1);
            }
            rankingRows.add(row);
        }
    }

    /** Fills the ranking's rows, best current loss first; labels are reused, only their texts change. */
    private void showRanking(OptimizersView v) {
        List<OptimizersView.Racer> order = new ArrayList<>(v.racers());
        order.sort((a, b) -> Double.compare(rankValue(a.currentLoss()), rankValue(b.currentLoss())));
        for (int r = 0; r < order.size() && r < rankingRows.size(); r++) {
            OptimizersView.Racer racer = order.get(r);
            Label[] row = rankingRows.get(r);
            row[0].setText(name(racer.name()));
            row[1].setText(Double.isNaN(racer.currentLoss()) ? "—" : Format.loss(racer.currentLoss()));
            row[2].setText(Double.isNaN(racer.bestLoss()) ? "—" : Format.loss(racer.bestLoss()));
            row[3].setText(racer.reachedTargetAt() < 0 ? "—" : String.valueOf(racer.reachedTargetAt()));
        }
        targetNote.setText(messages.format("optimizers.rank.target", Format.loss(v.targetLoss())));
    }

    /** NaN (no step yet, or diverged) ranks last. */
    private static double rankValue(double loss) {
        return Double.isNaN(loss) ? Double.POSITIVE_INFINITY : loss;
    }
}
