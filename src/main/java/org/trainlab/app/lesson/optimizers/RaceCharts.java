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
import javafx.scene.layout.TilePane;
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
    private final TilePane multiples = new TilePane(6, 6);
    private final List<ScatterCurveChart> fits = new ArrayList<>();
    private final GridPane ranking = new GridPane();
    private final SplitPane node;
    private List<String> shownNames = List.of();

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
        multiples.setPrefColumns(3);
        multiples.setTileAlignment(javafx.geometry.Pos.CENTER);
        ranking.setId("race-ranking");
        ranking.setHgap(12);
        ranking.setVgap(4);
        ranking.setPadding(new Insets(8));
        ranking.getStyleClass().add("ranking");
        Label rankingTitle = new Label(messages.text("optimizers.ranking"));
        rankingTitle.getStyleClass().add("card-title");
        VBox rankingBox = new VBox(6, rankingTitle, ranking);
        rankingBox.setPadding(new Insets(6));
        rankingBox.setMinWidth(200);
        HBox bottom = new HBox(8, multiples, rankingBox);
        HBox.setHgrow(multiples, Priority.ALWAYS);
        node = new SplitPane(top, bottom);
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
        if (!names.equals(shownNames)) {
            rebuildMultiples(names);
        }
        for (int i = 0; i < v.racers().size(); i++) {
            OptimizersView.Racer r = v.racers().get(i);
            ScatterCurveChart fit = fits.get(i);
            fit.setPoints(v.dataX(), v.dataY(), messages.text("chart.data"));
            fit.setCurve(v.gridX(), r.fit(), messages.text("chart.prediction"), false);
            fit.setNote(Double.isNaN(r.currentLoss()) ? "" : "Loss=" + Format.loss(r.currentLoss()));
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
        for (String n : names) {
            ScatterCurveChart c = new ScatterCurveChart(name(n), "x", "y");
            c.setId("fit-" + n);
            c.paletteProperty().bind(context.palette());
            c.setPrefSize(220, 170);
            c.setMinSize(120, 100);
            fits.add(c);
            multiples.getChildren().add(c);
        }
        shownNames = names;
    }

    private void showRanking(OptimizersView v) {
        List<OptimizersView.Racer> order = new ArrayList<>(v.racers());
        order.sort((a, b) -> Double.compare(rankValue(a.currentLoss()), rankValue(b.currentLoss())));
        ranking.getChildren().clear();
        ranking.getColumnConstraints().setAll(new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints(), new ColumnConstraints());
        String[] heads = {messages.text("optimizers.rank.optimizer"), messages.text("optimizers.rank.loss"),
            messages.text("optimizers.rank.best"), messages.format("optimizers.rank.reached", Format.loss(v.targetLoss()))};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.getStyleClass().addAll("text-muted", "text-small");
            h.setWrapText(true);
            h.setMaxWidth(110);
            ranking.add(h, c, 0);
        }
        int row = 1;
        for (OptimizersView.Racer r : order) {
            ranking.add(new Label(row + ". " + name(r.name())), 0, row);
            ranking.add(new Label(Double.isNaN(r.currentLoss()) ? "—" : Format.loss(r.currentLoss())), 1, row);
            ranking.add(new Label(Double.isNaN(r.bestLoss()) ? "—" : Format.loss(r.bestLoss())), 2, row);
            ranking.add(new Label(r.reachedTargetAt() < 0 ? "—" : String.valueOf(r.reachedTargetAt())), 3, row);
            row++;
        }
    }

    /** NaN (no step yet, or diverged) ranks last. */
    private static double rankValue(double loss) {
        return Double.isNaN(loss) ? Double.POSITIVE_INFINITY : loss;
    }
}
