package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.trainlab.app.AppFixture;
import org.trainlab.app.WindowTest;
import org.trainlab.app.chart.NetworkChart;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.NetworkPicture;
import org.trainlab.lab.RunState;

/** The Network tab of the Regression and Classification lessons: the net drawn live, folded, and pointed at. */
class NetworkViewTest extends WindowTest {
    @SuppressWarnings("unchecked")
    private TrainingLesson<?> lesson() {
        return fx(() -> (TrainingLesson<?>) app.window().current());
    }

    private NetworkChart openNetworkTab(FxRobot robot, String lessonId) {
        app.select(lessonId);
        robot.clickOn("#network-tab");
        NetworkChart chart = AppFixture.node(robot, "network-chart");
        waitFor("the network drawn", () -> fx(() -> chart.picture() != null && chart.redraws() > 0));
        return chart;
    }

    @Test
    void theClassifiersNetIsDrawnLiveWithAHeatmapPerNeuron(FxRobot robot) {
        NetworkChart chart = openNetworkTab(robot, "classification");
        onFx(() -> lesson().toolbar().setSpeedIndex(0));
        NetworkPicture before = fx(chart::picture);
        assertNotNull(before.grid(), "two inputs: each neuron has its output over the plane");
        assertEquals(2, before.grid().inputs());
        assertEquals(3, fx(() -> java.util.stream.IntStream.range(0, 3).filter(c -> chart.shownNeurons(c) > 0)
                .count()).intValue());
        assertEquals(2, fx(() -> chart.shownNeurons(0)).intValue());
        assertEquals(10, fx(() -> chart.shownNeurons(1)).intValue());
        assertEquals(2, fx(() -> chart.shownNeurons(2)).intValue());
        assertFalse(fx(() -> chart.folded(1)));
        int redraws = fx(chart::redraws);
        robot.clickOn("#play");
        waitFor("a few steps on screen", () -> fx(() -> chart.picture() != before && lesson().live().shown().step() >= 3));
        NetworkPicture during = fx(chart::picture);
        assertNotEquals(before.layers().get(0).weight(0, 0), during.layers().get(0).weight(0, 0), "the weights moved");
        waitFor("the run to finish", () -> fx(() -> lesson().live().shown().state()) == RunState.FINISHED);
        NetworkPicture after = fx(chart::picture);
        assertSame(fx(() -> ((org.trainlab.lab.ClassificationView) lesson().live().shown().data()).network()), after,
                "the chart shows the newest snapshot's picture");
        assertNotEquals(during.layers().get(1).weight(0, 0), after.layers().get(1).weight(0, 0), "and moved on");
        assertTrue(fx(chart::redraws) >= redraws + 2, "redrawn while training: " + fx(chart::redraws));
    }

    @Test
    void aWideLayerFoldsWithAnEllipsis(FxRobot robot) {
        NetworkChart chart = openNetworkTab(robot, "regression");
        onFx(() -> lesson().page().set("hidden", 200));
        robot.clickOn("#reset");
        waitFor("the wide net drawn", () -> fx(() -> chart.picture().widths()[1] == 200));
        onFx(chart::redraw);
        assertTrue(fx(() -> chart.folded(1)));
        assertEquals(2 * 5, fx(() -> chart.shownNeurons(1)).intValue(), "the first and last five");
        assertNotNull(fx(() -> chart.neuronCenter(1, 199)), "the last neuron is shown");
        assertEquals(null, fx(() -> chart.neuronCenter(1, 100)), "one in the middle is folded away");
        assertEquals(1, fx(() -> chart.shownNeurons(0)).intValue());
        assertFalse(fx(() -> chart.folded(0)));
        assertEquals(1, fx(() -> chart.picture().grid().inputs()), "one input: a curve per neuron");
    }

    @Test
    void pointingAtALineOrANeuronTellsItsNumbersByPytorchsNames(FxRobot robot) {
        NetworkChart chart = openNetworkTab(robot, "classification");
        double[] mid = fx(() -> chart.connectionMidpoint(0, 3, 1));
        Point2D screen = fx(() -> chart.localToScreen(mid[0], mid[1]));
        robot.moveTo(screen);
        waitFor("the hover text", () -> !fx(chart::hoverText).isEmpty());
        String text = fx(chart::hoverText);
        Matcher m = Pattern.compile("0\\.weight\\[(\\d+), (\\d+)\\] = (-?\\d+\\.\\d{3})").matcher(text);
        assertTrue(m.matches(), text);
        int to = Integer.parseInt(m.group(1));
        int from = Integer.parseInt(m.group(2));
        float w = fx(chart::picture).layers().get(0).weight(to, from);
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", w), m.group(3));

        double[] c = fx(() -> chart.neuronCenter(1, 4));
        robot.moveTo(fx(() -> chart.localToScreen(c[0], c[1])));
        waitFor("the neuron's text", () -> fx(chart::hoverText).startsWith("0, neuron 4"));
        float bias = fx(chart::picture).layers().get(0).bias()[4];
        assertTrue(fx(chart::hoverText).contains("0.bias[4] = " + String.format(java.util.Locale.ROOT, "%.3f", bias)),
                fx(chart::hoverText));
        assertTrue(fx(chart::hoverText).contains("relu"), fx(chart::hoverText));
        assertEquals("Network: 2 → 10 → 2 (relu)", fx(chart::getAccessibleText));
    }
}
