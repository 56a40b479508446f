package org.trainlab.app.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AxisTest {
    @Test
    void ticksAreRoundNumbersInsideTheDomain() {
        Axis a = new Axis();
        a.domain(-1.1, 1.1);
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, a.ticks(5), 1e-12);
        a.domain(0, 200);
        assertArrayEquals(new double[] {0, 50, 100, 150, 200}, a.ticks(4), 1e-12);
    }

    @Test
    void mapsTheDomainOntoPixelsEitherWay() {
        Axis y = new Axis();
        y.domain(0, 10);
        y.range(400, 100);
        assertEquals(400, y.toPixel(0), 1e-9);
        assertEquals(250, y.toPixel(5), 1e-9);
        assertEquals(100, y.toPixel(10), 1e-9);
    }

    @Test
    void anEmptyOrBrokenDomainStillDraws() {
        Axis a = new Axis();
        a.domain(3, 3);
        assertEquals(true, a.max() > a.min());
        a.domain(Double.NaN, 1);
        assertEquals(0, a.min());
        assertEquals(1, a.max());
    }

    @Test
    void labelsShowJustEnoughDigits() {
        assertEquals("0.5", Axis.label(0.5, 0.5));
        assertEquals("0.05", Axis.label(0.05, 0.05));
        assertEquals("150", Axis.label(150, 50));
        assertEquals("0", Axis.label(0, 0.1));
        assertEquals("200000", Axis.label(2e5, 1e5));
        assertEquals("2.0e+07", Axis.label(2e7, 1e7));
    }

    @Test
    void aLogAxisTicksEveryPowerOfTenAndSpacesThemEvenly() {
        Axis a = new Axis();
        a.setLog(true);
        a.domain(0.001, 10);
        a.range(0, 400);
        assertArrayEquals(new double[] {0.001, 0.01, 0.1, 1, 10}, a.ticks(8), 1e-15);
        assertEquals(100, a.toPixel(0.01), 1e-9);
        assertEquals(300, a.toPixel(1), 1e-9);
        assertEquals(0.001, a.min(), 1e-15);
        assertEquals("0.01", a.label(0.01, a.ticks(8)));
        a.domain(1e-9, 1e36);
        double[] t = a.ticks(5);
        assertEquals(true, t.length <= 6 && t.length >= 4, "a few ticks over 45 decades: " + t.length);
        assertEquals("1e36", a.label(1e36, t));
    }

    @Test
    void aLongRunsStepAxisGrowsWithTheCurveInRoundNumbers() {
        assertEquals(200, LineChart.stepsShown(10, 200));
        assertEquals(200, LineChart.stepsShown(10, 100_000));
        assertEquals(500, LineChart.stepsShown(240, 100_000));
        assertEquals(100_000, LineChart.stepsShown(90_000, 100_000));
        assertEquals(1000, LineChart.stepsShown(1000, 1000));
    }

    @Test
    void twoEqualValuesGetARoundSpanAndReadableTicks() {
        Axis a = new Axis();
        a.domainPadded(1f, 1.0000001f, 0.12);
        a.range(0, 300);
        assertEquals(0.9, a.min(), 1e-12);
        assertEquals(1.1, a.max(), 1e-12);
        double[] ticks = a.ticks(5);
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (double t : ticks) {
            labels.add(a.label(t, ticks));
        }
        assertEquals(java.util.List.of("0.90", "0.95", "1.00", "1.05", "1.10"), labels);
        a.domainPadded(0, 0, 0.12);
        assertEquals(-1, a.min(), 1e-12);
        assertEquals(1, a.max(), 1e-12);
    }

    @Test
    void aRealSpanIsPaddedByItsFraction() {
        Axis a = new Axis();
        a.domainPadded(-1, 1, 0.05);
        assertEquals(-1.1, a.min(), 1e-12);
        assertEquals(1.1, a.max(), 1e-12);
    }
}
