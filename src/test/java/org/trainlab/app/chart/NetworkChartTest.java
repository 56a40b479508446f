package org.trainlab.app.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trainlab.app.Messages;
import org.trainlab.lab.NetworkPicture;
import org.trainlab.nn.Linear;
import org.trainlab.nn.Sequential;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/** The network chart's colours, folds and words, on hand-made nets. */
@ExtendWith(ApplicationExtension.class)
class NetworkChartTest {
    private NetworkChart chart;

    @BeforeAll
    static void words() {
        ChartText.set(new Messages(java.util.Locale.ENGLISH));
    }

    @Start
    void start(Stage stage) {
        chart = new NetworkChart("Network");
        stage.setScene(new Scene(new StackPane(chart), 600, 400));
        stage.show();
    }

    /** 1 → 2 → 1 with 0.weight = [[2], [-2]]: one strong positive line and one strong negative one. */
    private static NetworkPicture signs() {
        Sequential net = new Sequential(new Linear(1, 2, true, Generator.pytorch(0)),
                new Linear(2, 1, true, Generator.pytorch(0)));
        Map<String, Tensor> state = new LinkedHashMap<>();
        state.put("0.weight", new Tensor(new float[] {2, -2}, 2, 1));
        state.put("0.bias", new Tensor(new float[] {0, 0}, 2));
        state.put("1.weight", new Tensor(new float[] {0.1f, 0.1f}, 1, 2));
        state.put("1.bias", new Tensor(new float[] {0}, 1));
        net.loadStateDict(state);
        return NetworkPicture.of(net);
    }

    private Color pixel(double x, double y) {
        WritableImage img = fx(() -> chart.snapshot(null, null));
        return img.getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void linesTakeTheirWeightsSignColourInBothThemes() {
        for (Palette p : new Palette[] {Palette.LIGHT, Palette.DARK}) {
            onFx(() -> {
                chart.paletteProperty().set(p);
                chart.setPicture(signs());
                chart.redraw();
            });
            double[] plus = fx(() -> chart.connectionMidpoint(0, 0, 0));
            double[] minus = fx(() -> chart.connectionMidpoint(0, 1, 0));
            assertTrue(distance(pixel(plus[0], plus[1]), NetworkChart.positive(p)) < 0.1, "positive: " + pixel(plus[0], plus[1]));
            assertTrue(distance(pixel(minus[0], minus[1]), NetworkChart.negative(p)) < 0.1, "negative: " + pixel(minus[0], minus[1]));
            assertTrue(distance(NetworkChart.positive(p), NetworkChart.negative(p)) > 0.5, "the two signs look apart");
        }
    }

    @Test
    void wideLayersKeepTheirFirstAndLastFew() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, NetworkChart.slotsOf(12));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, -1, 8, 9, 10, 11, 12}, NetworkChart.slotsOf(13));
        int[] wide = NetworkChart.slotsOf(1000);
        assertEquals(11, wide.length);
        assertEquals(-1, wide[5]);
        assertEquals(999, wide[10]);
    }

    @Test
    void aNetworkThatCannotBeDrawnSaysWhy() {
        NetworkPicture none = NetworkPicture.unavailable("the network has no Linear layer");
        onFx(() -> {
            chart.setPicture(none);
            chart.redraw();
        });
        assertEquals("Network: the network has no Linear layer", fx(chart::getAccessibleText));
        assertEquals(0, fx(() -> chart.neuronCenter(0, 0)) == null ? 0 : 1);
        onFx(() -> {
            chart.setPicture(signs());
            chart.redraw();
        });
        assertEquals("Network: 1 → 2 → 1", fx(chart::getAccessibleText));
    }

    @Test
    void numbersArePrintedAsPythonWouldReadThem() {
        assertEquals("-0.412", NetworkChart.number(-0.4123f));
        assertEquals("nan", NetworkChart.number(Float.NaN));
        assertEquals("-inf", NetworkChart.number(Float.NEGATIVE_INFINITY));
        assertEquals("1.235e+05", NetworkChart.number(123456.7f));
    }
}
