package org.trainlab.app.lesson.regression;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.trainlab.app.AppContext;
import org.trainlab.app.Messages;
import org.trainlab.app.chart.LineChart;
import org.trainlab.app.chart.ScatterCurveChart;
import org.trainlab.app.frame.Format;
import org.trainlab.app.frame.LessonCharts;
import org.trainlab.app.lesson.NetworkTabs;
import org.trainlab.lab.RegressionView;
import org.trainlab.lab.RunSnapshot;

/** The tutorial's regression picture: the points, the red fit with "Loss=…", and the loss curve. */
public final class RegressionCharts implements LessonCharts<RegressionView> {
    private final ScatterCurveChart fit;
    private final LineChart loss;
    private final SplitPane node;
    private final NetworkTabs tabs;
    private final Messages messages;

    public RegressionCharts(AppContext context) {
        messages = context.messages();
        fit = new ScatterCurveChart(messages.text("regression.chart.fit"), "x", "y");
        loss = new LineChart(messages.text("chart.loss"), messages.text("chart.step"), messages.text("regression.chart.mse"));
        tabs = new NetworkTabs(context, fit);
        node = new SplitPane(tabs.node(), loss);
        fit.setId("fit-chart");
        loss.setId("loss-chart");
        fit.paletteProperty().bind(context.palette());
        loss.paletteProperty().bind(context.palette());
        node.setOrientation(Orientation.VERTICAL);
        node.setDividerPositions(0.62);
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(RunSnapshot<RegressionView> s) {
        RegressionView v = s.data();
        tabs.show(v.network());
        fit.setPoints(v.x(), v.y(), messages.text("chart.data"));
        fit.setCurve(v.gridX(), v.gridPrediction(), messages.text("chart.prediction"), false);
        fit.setNote(Float.isNaN(v.loss()) && s.step() == 0 ? "" : "Loss=" + Format.loss(v.loss()));
        fit.redraw();
        loss.setCurves(List.of(new LineChart.Curve(messages.text("chart.trainLoss"), v.losses())), s.totalSteps());
        loss.redraw();
    }

    public ScatterCurveChart fitChart() {
        return fit;
    }

    /** The Prediction and Network tabs. */
    public NetworkTabs networkTabs() {
        return tabs;
    }

    public LineChart lossChart() {
        return loss;
    }
}
