package org.trainlab.app.lesson.dynamic;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.trainlab.app.AppContext;
import org.trainlab.app.Messages;
import org.trainlab.app.chart.LineChart;
import org.trainlab.app.chart.LinesChart;
import org.trainlab.app.chart.Palette;
import org.trainlab.app.frame.LessonCharts;
import org.trainlab.lab.DynamicView;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.Series;

/**
 * The tutorial's scrolling plot (cos target red, prediction blue, the latest stretch of time), and under
 * it each step's sequence length and the size of the autograd graph that step built.
 */
public final class DynamicCharts implements LessonCharts<DynamicView> {
    /** How many of the latest points the scrolling plot shows (about eight half turns at ten points each). */
    static final int SHOWN_POINTS = 80;

    private final Messages messages;
    private final LinesChart signal;
    private final LineChart lengths;
    private final LineChart nodes;
    private final SplitPane node;

    public DynamicCharts(AppContext context) {
        messages = context.messages();
        signal = new LinesChart(messages.text("dynamic.chart.signal"), "t", messages.text("dynamic.chart.value"));
        signal.setYRange(-1.4, 1.4);
        lengths = new LineChart(messages.text("dynamic.chart.lengths"), messages.text("chart.step"),
                messages.text("dynamic.chart.timeSteps"));
        nodes = new LineChart(messages.text("dynamic.chart.nodes"), messages.text("chart.step"),
                messages.text("dynamic.chart.nodeCount"));
        signal.setId("signal-chart");
        lengths.setId("lengths-chart");
        nodes.setId("nodes-chart");
        signal.paletteProperty().bind(context.palette());
        lengths.paletteProperty().bind(context.palette());
        nodes.paletteProperty().bind(context.palette());
        SplitPane bottom = new SplitPane(lengths, nodes);
        node = new SplitPane(signal, bottom);
        node.setOrientation(Orientation.VERTICAL);
        node.setDividerPositions(0.55);
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(RunSnapshot<DynamicView> s) {
        DynamicView v = s.data();
        float[] t = last(v.pastT());
        signal.setLines(List.of(
                new LinesChart.Line(messages.text("dynamic.chart.target"), t, last(v.pastTarget()), Palette::fit),
                new LinesChart.Line(messages.text("dynamic.chart.prediction"), t, last(v.pastPrediction()),
                        Palette::data)));
        signal.setNote(v.lengths().size() == 0 ? "" : messages.format("dynamic.chart.note",
                (int) v.lengths().last(), (int) v.graphNodes().last()));
        signal.redraw();
        lengths.setCurves(List.of(new LineChart.Curve(messages.text("dynamic.chart.timeSteps"), v.lengths())),
                s.totalSteps());
        lengths.redraw();
        nodes.setCurves(List.of(new LineChart.Curve(messages.text("dynamic.chart.nodeCount"), v.graphNodes())),
                s.totalSteps());
        nodes.redraw();
    }

    private static float[] last(Series.View v) {
        int from = Math.max(0, v.size() - SHOWN_POINTS);
        float[] out = new float[v.size() - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(from + i);
        }
        return out;
    }

    public LinesChart signalChart() {
        return signal;
    }

    public LineChart nodesChart() {
        return nodes;
    }

    public LineChart lengthsChart() {
        return lengths;
    }
}
