package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainlab.app.lesson.activations.Activation;
import org.trainlab.app.lesson.activations.ActivationsModel;
import org.trainlab.app.lesson.activations.Curve;
import org.trainlab.app.lesson.activations.Logits;
import org.trainlab.app.settings.Settings;

/** The Activations lesson's curves, derivatives, softmax and typed vectors, without a window. */
class ActivationsModelTest {
    private final ActivationsModel model = new ActivationsModel();

    private Curve curve(Activation a, Settings s) {
        return ActivationsModel.curves(s).stream().filter(c -> c.function() == a).findFirst().orElseThrow();
    }

    @Test
    void theTutorialsPictureIsSampledOnLinspaceMinus5To5() {
        Curve relu = curve(Activation.RELU, model.defaults());
        assertEquals(200, relu.x().length);
        assertEquals(-5f, relu.x()[0]);
        assertEquals(5f, relu.x()[199]);
        assertEquals(0f, relu.y()[10]);
        assertEquals(relu.x()[150], relu.y()[150]);
        // the tutorial's plt.ylim where the curves fit inside it
        assertEquals(-1, relu.yLow());
        assertEquals(5, relu.yHigh());
        Curve sigmoid = curve(Activation.SIGMOID, model.defaults());
        assertEquals(-0.2, sigmoid.yLow());
        assertEquals(1.2, sigmoid.yHigh());
    }

    @Test
    void derivativesFromAutogradAreTheTextbookOnes() {
        Settings s = model.defaults().with("negativeSlope", 0.2).with("alpha", 2.0).with("beta", 3.0);
        for (Curve c : ActivationsModel.curves(s)) {
            for (int i = 0; i < c.x().length; i++) {
                double x = c.x()[i];
                double expected = switch (c.function()) {
                    case RELU -> x > 0 ? 1 : 0;
                    case SIGMOID -> sig(x) * (1 - sig(x));
                    case TANH -> 1 - Math.tanh(x) * Math.tanh(x);
                    case SOFTPLUS -> sig(3 * x);
                    case LEAKY_RELU -> x > 0 ? 1 : 0.2;
                    case ELU -> x > 0 ? 1 : 2 * Math.exp(x);
                    case GELU -> phi(x) + x * Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
                };
                assertEquals(expected, c.dy()[i], 2e-5, c.function() + " at x = " + x);
            }
        }
    }

    private static double sig(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double phi(double x) {
        // Φ by a fine trapezoid sum of the normal density, independent of the engine's erfc
        double sum = 0;
        double lo = -12;
        int n = 200_000;
        double h = (x - lo) / n;
        for (int i = 0; i <= n; i++) {
            double t = lo + i * h;
            sum += (i == 0 || i == n ? 0.5 : 1) * Math.exp(-t * t / 2);
        }
        return sum * h / Math.sqrt(2 * Math.PI);
    }

    @Test
    void theLimitsWidenToHoldCurveAndDerivative() {
        Curve elu = curve(Activation.ELU, model.defaults().with("alpha", 4.0));
        assertTrue(elu.yLow() <= -4 * (1 - Math.exp(-5)) - 0.1, "elu's low limit " + elu.yLow());
        for (float v : elu.dy()) {
            assertTrue(v <= elu.yHigh() && v >= elu.yLow());
        }
    }

    @Test
    void softmaxIsProbabilitiesThatTemperatureSharpensOrFlattens() {
        float[] p = model.probabilities(model.defaults());
        double sum = 0;
        for (float v : p) {
            sum += v;
        }
        assertEquals(1, sum, 1e-6);
        // softmax([1, 2, 3, 0.5]): e^(x - 3) / Σ
        double z = Math.exp(-2) + Math.exp(-1) + 1 + Math.exp(-2.5);
        assertEquals(1 / z, p[2], 1e-6);
        float[] cold = model.probabilities(model.defaults().with("temperature", 0.2));
        float[] hot = model.probabilities(model.defaults().with("temperature", 5.0));
        assertTrue(cold[2] > 0.99 && cold[2] > p[2]);
        assertTrue(hot[2] < p[2] && hot[2] - hot[3] < 0.2);
    }

    @Test
    void aTypedVectorIsReadOrRefusedWithWhereAndWhy() {
        assertArrayEquals(new float[] {1, -2.5f, 300}, Logits.parse("[1, -2.5, 3e2]").logits().values());
        assertArrayEquals(new float[] {4, 5}, Logits.parse(" 4 5 ").logits().values());
        Logits.Parsed bad = Logits.parse("1, two, 3");
        assertFalse(bad.ok());
        assertEquals("activations.logits.notANumber", bad.problem().key());
        assertEquals(List.of("two", 2), List.of(bad.problem().args()));
        assertEquals("activations.logits.empty", Logits.parse("[ ]").problem().key());
        assertEquals("activations.logits.notANumber", Logits.parse("1, NaN").problem().key());
        assertEquals("activations.logits.notANumber", Logits.parse("1e99").problem().key());
        assertEquals("activations.logits.tooMany", Logits.parse("1 2 3 4 5 6 7 8 9 10 11 12 13").problem().key());
    }

    @Test
    void theProgramCarriesTheSettingsAndTheVector() {
        model.setLogits(Logits.parse("0.5, 1.5").logits());
        String code = model.pytorchCode(model.defaults().with("negativeSlope", 0.2).with("approximate", "tanh")
                .with("derivative", true).with("temperature", 0.5));
        assertTrue(code.contains("F.leaky_relu(x, negative_slope=0.2)"), code);
        assertTrue(code.contains("F.gelu(x, approximate='tanh')"), code);
        assertTrue(code.contains("logits = torch.tensor([0.5, 1.5])"), code);
        assertTrue(code.contains("temperature = 0.5"), code);
        assertTrue(code.contains("plt.plot(x_np, d_relu"), code);
        assertFalse(model.pytorchCode(model.defaults()).contains("d_relu, c="));
    }
}
