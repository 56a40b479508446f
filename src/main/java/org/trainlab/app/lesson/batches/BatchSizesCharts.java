package org.trainlab.app.lesson.batches;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.trainlab.app.AppContext;
import org.trainlab.app.Messages;
import org.trainlab.app.chart.LineChart;
import org.trainlab.app.frame.LessonCharts;
import org.trainlab.lab.BatchSizesView;
import org.trainlab.lab.RunSnapshot;

/** Each batch size's loss against optimizer steps (noisy batch losses) and against epochs (whole-set loss). */
public final class BatchSizesCharts implements LessonCharts<BatchSizesView> {
    private final Messages messages;
    private final LineChart bySteps;
    private final LineChart byEpochs;
    private final SplitPane node;

    public BatchSizesCharts(AppContext context) {
        messages = context.messages();
        bySteps = new LineChart(messages.text("batchSizes.chart.steps"), messages.text("chart.step"),
                messages.text("batchSizes.chart.batchLoss"));
        byEpochs = new LineChart(messages.text("batchSizes.chart.epochs"), messages.text("batchSizes.chart.epoch"),
                messages.text("batchSizes.chart.wholeLoss"));
        bySteps.setId("steps-chart");
        byEpochs.setId("epochs-chart");
        byEpochs.setLogScale(true);
        bySteps.setSmoothed(true);
        bySteps.paletteProperty().bind(context.palette());
        byEpochs.paletteProperty().bind(context.palette());
        node = new SplitPane(bySteps, byEpochs);
        node.setDividerPositions(0.5);
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(RunSnapshot<BatchSizesView> s) {
        List<LineChart.Curve> steps = new ArrayList<>();
        List<LineChart.Curve> epochs = new ArrayList<>();
        long longest = 1;
        for (BatchSizesView.Curves c : s.data().curves()) {
            String label = c.name().equals("all") ? messages.format("batchSizes.whole", c.batchSize())
                    : messages.format("batchSizes.size", c.batchSize());
            steps.add(new LineChart.Curve(label, c.stepLosses()));
            epochs.add(new LineChart.Curve(label, c.epochLosses()));
            longest = Math.max(longest, (long) c.stepsPerEpoch() * s.totalSteps());
        }
        bySteps.setCurves(steps, longest);
        bySteps.redraw();
        byEpochs.setCurves(epochs, s.totalSteps());
        byEpochs.redraw();
    }

    public LineChart stepsChart() {
        return bySteps;
    }

    public LineChart epochsChart() {
        return byEpochs;
    }
}
