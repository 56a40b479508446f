package org.trainlab.app.lesson.classification;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.trainlab.app.AppContext;
import org.trainlab.app.Messages;
import org.trainlab.app.chart.HeatmapPointsChart;
import org.trainlab.app.chart.LineChart;
import org.trainlab.app.frame.Format;
import org.trainlab.app.frame.LessonCharts;
import org.trainlab.app.lesson.NetworkTabs;
import org.trainlab.lab.ClassificationView;
import org.trainlab.lab.RunSnapshot;

/**
 * The tutorial's classification picture: points coloured by the net's class over its decision
 * regions, "Accuracy=…", and the train and test loss curves.
 */
public final class ClassificationCharts implements LessonCharts<ClassificationView> {
    private final HeatmapPointsChart regions;
    private final LineChart loss;
    private final SplitPane node;
    private final NetworkTabs tabs;
    private final Messages messages;

    public ClassificationCharts(AppContext context) {
        messages = context.messages();
        regions = new HeatmapPointsChart(messages.text("classification.chart.regions"), "x₁", "x₂");
        loss = new LineChart(messages.text("chart.loss"), messages.text("chart.step"),
                messages.text("classification.chart.crossEntropy"));
        tabs = new NetworkTabs(context, regions);
        node = new SplitPane(tabs.node(), loss);
        regions.setId("regions-chart");
        loss.setId("loss-chart");
        regions.paletteProperty().bind(context.palette());
        loss.paletteProperty().bind(context.palette());
        node.setOrientation(Orientation.VERTICAL);
        node.setDividerPositions(0.66);
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(RunSnapshot<ClassificationView> s) {
        ClassificationView v = s.data();
        tabs.show(v.network());
        regions.setClasses(v.classes());
        regions.setRegions(v.regions());
        // before the first step nothing has been predicted yet, so no point is wrong: no rings
        boolean predicted = !Double.isNaN(v.accuracy());
        regions.setTrain(v.x(), v.predicted(), predicted ? v.labels() : null);
        regions.setTest(v.testX(), v.testPredicted(), predicted ? v.testLabels() : null);
        regions.setNote(Double.isNaN(v.accuracy()) ? "" : messages.format("classification.note.train",
                Format.accuracy(v.accuracy())) + (Double.isNaN(v.testAccuracy()) ? ""
                        : "  " + messages.format("classification.note.test", Format.accuracy(v.testAccuracy()))));
        regions.redraw();
        List<LineChart.Curve> curves = new ArrayList<>();
        curves.add(new LineChart.Curve(messages.text("chart.trainLoss"), v.trainLosses()));
        if (v.testLosses().size() > 0 || v.testX().length > 0) {
            curves.add(new LineChart.Curve(messages.text("chart.testLoss"), v.testLosses()));
        }
        loss.setCurves(curves, s.totalSteps());
        loss.redraw();
    }

    public HeatmapPointsChart regionsChart() {
        return regions;
    }

    /** The Prediction and Network tabs. */
    public NetworkTabs networkTabs() {
        return tabs;
    }

    public LineChart lossChart() {
        return loss;
    }
}
