package org.trainlab.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a typed value becomes: a value in range, or a refusal with the reason; never a clamped value. */
class ParamTest {
    private final Param points = Param.integer("points", 2, 5000, 10);
    private final Param noise = Param.decimal("noise", 0, 5, 0.05);
    private final Param lr = Param.learningRate("lr", "");

    @Test
    void aWholeNumberInRangeIsTakenAsIs() {
        Param.Parsed p = points.parse(" 17 ");
        assertTrue(p.ok());
        assertEquals(17, p.value());
        assertEquals(2, points.parse("2").value());
        assertEquals(5000, points.parse("5000").value());
    }

    @Test
    void belowTheMinimumOrAboveTheMaximumIsRefusedNotClamped() {
        for (String text : List.of("1", "0", "-3", "5001", "99999999999")) {
            Param.Parsed p = points.parse(text);
            assertFalse(p.ok(), text);
            assertNull(p.value(), text + " must not be clamped to " + p.value());
            assertEquals(Param.Problem.OUT_OF_RANGE, p.problem(), text);
        }
        assertEquals(Param.Problem.OUT_OF_RANGE, noise.parse("-0.01").problem());
        assertEquals(Param.Problem.OUT_OF_RANGE, noise.parse("5.01").problem());
        assertEquals(Param.Problem.OUT_OF_RANGE, lr.parse("0").problem());
        assertEquals(Param.Problem.OUT_OF_RANGE, lr.parse("101").problem());
        assertEquals(0.0, noise.parse("0").value());
        assertEquals(5.0, noise.parse("5").value());
    }

    @Test
    void textThatIsNotANumberIsRefused() {
        for (String text : List.of("", "abc", "1.5", "1e3", "--1")) {
            assertEquals(Param.Problem.NOT_A_WHOLE_NUMBER, points.parse(text).problem(), text);
        }
        for (String text : List.of("", "abc", "NaN", "Infinity", "1..2", "-")) {
            Param.Parsed p = noise.parse(text);
            assertEquals(Param.Problem.NOT_A_NUMBER, p.problem(), text);
            assertNull(p.value());
        }
        assertEquals(Param.Problem.NOT_A_CHOICE, Param.choice("a", List.of("x", "y")).parse("z").problem());
        assertEquals(Param.Problem.NOT_A_CHOICE, Param.flag("f").parse("yes").problem());
        assertEquals(Boolean.TRUE, Param.flag("f").parse("TRUE").value());
    }

    @Test
    void steppingStaysInsideTheRange() {
        assertEquals(5000, points.stepped(4995, 1));
        assertEquals(2, points.stepped(5, -1));
        assertEquals(22, points.stepped(12, 1));
        assertEquals(0.0, noise.stepped(0.02, -1));
        assertEquals(5.0, noise.stepped(4.99, 1));
        assertEquals(0.25, noise.stepped(0.2, 1));
        assertEquals(100.0, lr.stepped(100.0, 1));
        assertEquals(1e-6, lr.stepped(1e-6, -1));
        for (int v = 2; v <= 5000; v += 499) {
            for (int d : new int[] {-1, 1}) {
                assertTrue(points.accepts(points.stepped(v, d)), v + " stepped " + d);
            }
        }
    }

    @Test
    void learningRatesStepAlongOneTwoFive() {
        double v = 0.01;
        double[] up = {0.02, 0.05, 0.1, 0.2, 0.5, 1, 2};
        for (double expected : up) {
            v = (Double) lr.stepped(v, 1);
            assertEquals(expected, v, 1e-12);
        }
        double[] down = {1, 0.5, 0.2, 0.1, 0.05};
        for (double expected : down) {
            v = (Double) lr.stepped(v, -1);
            assertEquals(expected, v, 1e-12);
        }
        assertEquals(0.05, (Double) lr.stepped(0.03, 1), 1e-12, "a value between steps goes to the next one");
        assertEquals(0.02, (Double) lr.stepped(0.03, -1), 1e-12);
    }

    @Test
    void decimalsAreWrittenWithoutTrailingZeros() {
        assertEquals("0.01", noise.format(0.01));
        assertEquals("2", noise.format(2.0));
        assertEquals("17", points.format(17));
    }

    @Test
    void aParamWithMinimumAboveMaximumIsRejected() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Param.integer("bad", 5, 2, 1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Param.choice("none", List.of()));
    }
}
