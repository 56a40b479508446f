package org.trainlab.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GAN beyond the tutorial's headline numbers: labels, the pictures it describes, its code. */
class GanExperimentTest {
    private static final GanExperiment.Settings PLAIN = GanExperiment.Settings.defaults();
    private static final GanExperiment.Settings CONDITIONAL = PLAIN.withLabels(GanExperiment.Labels.HALVES);

    private static GanExperiment trained(GanExperiment.Settings s, int steps) {
        GanExperiment e = new GanExperiment(s);
        for (int i = 0; i < steps; i++) {
            e.step();
        }
        return e;
    }

    @Test
    void theConditionalGanPaintsEachLabelsHalfOfTheBand() {
        GanExperiment e = trained(CONDITIONAL, 10_000);
        double lower = e.freshPaintingsInHalf(0, 1000, 2);
        double upper = e.freshPaintingsInHalf(1, 1000, 3);
        // PyTorch, corrected order, 10,000 steps: 0.93-0.96 for each label over two seeds
        assertTrue(lower >= 0.85, "label 0 in the lower half: " + lower);
        assertTrue(upper >= 0.85, "label 1 in the upper half: " + upper);
        GanView v = e.describe();
        assertEquals(0.50, v.dAccuracies().meanOfLast(500), 0.03);
        assertEquals(-1.38, v.dScores().meanOfLast(500), 0.03);
        // D's verdict per label: label 1 believes the upper curves, label 0 the lower ones
        float[] a = v.verdictA();
        int at125 = index(a, 1.25f);
        int at175 = index(a, 1.75f);
        assertTrue(v.verdicts()[0][at125] > v.verdicts()[0][at175 + 10], "label 0 prefers a = 1.25 to a = 2.25");
        assertTrue(v.verdicts()[1][at175] > v.verdicts()[1][at125 - 10], "label 1 prefers a = 1.75 to a = 0.75");
    }

    private static int index(float[] a, float value) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - value) < 1e-4) {
                return i;
            }
        }
        throw new AssertionError(value + " not in " + Arrays.toString(a));
    }

    @Test
    void theConditionalGanInTheTutorialsOrderFailsAsPyTorchDoes() {
        GanExperiment e = new GanExperiment(CONDITIONAL.withTutorialOrder(true));
        IllegalStateException error = assertThrows(IllegalStateException.class, e::step);
        assertTrue(error.getMessage().startsWith("one of the variables needed for gradient computation"));
    }

    @Test
    void theExplorersPainterIsACopyOfGAndPaintsAsGDoes() {
        GanExperiment e = trained(CONDITIONAL, 20);
        GanView v = e.describe();
        float[] ideas = {0.3f, -1.2f, 0.8f, 0f, 2f};
        float[] painted = v.painter().paint(ideas, 1);
        float[] byG = e.generator().forward(org.trainlab.tensor.Tensor.of(new float[][] {{0.3f, -1.2f, 0.8f, 0f, 2f, 1f}}))
                .toArray();
        assertArrayEquals(byG, painted, 1e-6f);
        for (int i = 0; i < 50; i++) {
            e.step();
        }
        assertArrayEquals(painted, v.painter().paint(ideas, 1), "training on does not change the snapshot's G");
        assertFalse(Arrays.equals(painted, e.describe().painter().paint(ideas, 1)), "a new snapshot has the new G");
        assertThrows(IllegalArgumentException.class, () -> v.painter().paint(new float[4], 0));
    }

    @Test
    void drawingTheViewDoesNotChangeTheTraining() {
        GanExperiment quiet = trained(PLAIN, 30);
        GanExperiment drawn = new GanExperiment(PLAIN);
        for (int i = 0; i < 30; i++) {
            drawn.step();
            drawn.describe();
        }
        assertEquals(quiet.describe().dScores().last(), drawn.describe().dScores().last());
    }

    @Test
    void impliedAFindsTheArtistsCurve() {
        GanView v = trained(PLAIN, 1).describe();
        float[] curve = v.curve(1.37);
        assertEquals(1.37, GanView.impliedA(curve, 0, v.paintPoints()), 1e-5);
        assertEquals(200, v.impliedA().length);
        assertArrayEquals(v.lowerBound(), v.curve(1));
        assertArrayEquals(v.upperBound(), v.curve(2));
        assertEquals(List.of("d_accuracy", "d_score", "g_loss", "d_loss"),
                v.metrics().stream().map(Metric::key).toList());
    }

    @Test
    void halfBandsFollowTheLabel() {
        float[] x = {-1, 0, 1};
        float[] lowerHalf = {1.2f, 0.2f, 1.2f}; // a = 1.2
        assertEquals(1.0, GanExperiment.shareBetween(lowerHalf, 1, x, 1, 1.5, 0.1));
        assertEquals(0.0, GanExperiment.shareBetween(lowerHalf, 1, x, 1.5, 2, 0.1));
        assertArrayEquals(new double[] {1.5, 2}, GanExperiment.bandOf(GanExperiment.Labels.HALVES, 1));
        assertArrayEquals(new double[] {1.25, 1.25}, GanExperiment.bandOf(GanExperiment.Labels.CONTINUOUS, 0.25f));
    }

    @Test
    void theSettingsOfTheLessonMakeTheNetsTheyName() {
        GanExperiment e = new GanExperiment(PLAIN.withLabels(GanExperiment.Labels.CONTINUOUS).withIdeas(3)
                .withPoints(20).withOptimizers("sgd", "rmsprop"));
        assertEquals("Sequential(\n  (0): Linear(in_features=4, out_features=128, bias=True)\n  (1): ReLU()\n"
                + "  (2): Linear(in_features=128, out_features=20, bias=True)\n)", e.generator().toString());
        assertTrue(e.discriminator().toString().contains("Linear(in_features=21, out_features=128"));
        e.step();
        assertEquals(20, e.describe().paintPoints().length);
        assertThrows(IllegalArgumentException.class, () -> PLAIN.withOptimizers("lbfgs", "adam"));
    }

    @Test
    void theCodeFollowsTheKindAndTheOrder() {
        String plain = GanCode.pytorchCode(PLAIN);
        assertTrue(plain.contains("G_paintings = G(G_ideas)"));
        assertTrue(plain.contains("prob_artist1 = D(G_paintings.detach())"));
        assertFalse(plain.contains("retain_graph"));
        assertTrue(plain.contains("opt_D = torch.optim.Adam(D.parameters(), lr=LR_D)"));
        String tutorial = GanCode.pytorchCode(PLAIN.withTutorialOrder(true));
        assertTrue(tutorial.contains("D_loss.backward(retain_graph=True)"));
        assertTrue(tutorial.indexOf("opt_D.step()") < tutorial.indexOf("G_loss.backward()"));
        String conditional = GanCode.pytorchCode(CONDITIONAL);
        assertTrue(conditional.contains("nn.Linear(N_IDEAS+1, 128)"));
        assertTrue(conditional.contains("nn.Linear(ART_COMPONENTS+1, 128)"));
        assertTrue(conditional.contains("labels = (a-1) > 0.5"));
        assertTrue(GanCode.pytorchCode(PLAIN.withLabels(GanExperiment.Labels.CONTINUOUS)).contains("labels = a - 1"));
    }
}
