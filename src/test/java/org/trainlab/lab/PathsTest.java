package org.trainlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.trainlab.Golden;
import org.trainlab.tensor.Tensor;

/**
 * Optimizers on 2-D surfaces against PyTorch 1.13 (golden/paths.json, from tools/make_paths_fixtures.py).
 *
 * <p>Errors are measured as |trainlab - torch| / (1 + |torch|) per coordinate (absolute near the origin,
 * relative where saddle runs off to 1e18). Same ops in the same order on one float32 tensor make most walks
 * bit-identical; where they are not, it is a last-bit difference in pow's backward or an optimizer's
 * sqrt/division, which a chaotic walk (rosenbrock's valley with momentum, beale's walls) amplifies over 200
 * steps. This test prints the largest error per surface/optimizer. Measured with PyTorch 1.13.1: rosenbrock
 * sgd 6.3e-6, momentum 6.0e-6, rmsprop 1.7e-4, adam 7.2e-9, adagrad 0; beale momentum 6.7e-4 (its walk from
 * (-2, -2) diverges at step 26, steepening every last-bit difference on the way), others below 2e-7; saddle
 * below 1.3e-6; bowl below 1e-7. The tolerance is three times the worst.
 */
class PathsTest {
    /** Largest allowed error: three times the worst measured (6.7e-4, beale with momentum). */
    static final double TOLERANCE = 2e-3;

    record Case(String surface, double x, double y, double lr, int steps, JsonNode optimizers) {
    }

    static List<Case> cases() {
        JsonNode doc = Golden.load("paths.json");
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : doc.get("cases")) {
            cases.add(new Case(c.get("surface").asText(), c.get("start").get(0).asDouble(),
                    c.get("start").get(1).asDouble(), c.get("lr").asDouble(), c.get("steps").asInt(),
                    c.get("optimizers")));
        }
        return cases;
    }

    static int sampleEvery() {
        return Golden.load("paths.json").get("sample_every").asInt();
    }

    static double error(double actual, double expected) {
        return Math.abs(actual - expected) / (1 + Math.abs(expected));
    }

    static PathsView run(Case c) {
        List<String> names = new ArrayList<>();
        c.optimizers().fieldNames().forEachRemaining(names::add);
        PathsExperiment e = new PathsExperiment(new PathsExperiment.Settings(c.surface(), c.x(), c.y(), c.steps(),
                c.lr(), names));
        while (e.steps() < e.totalSteps()) {
            if (Double.isNaN(e.step())) {
                break;
            }
        }
        return e.describe();
    }

    @Test
    void walksMatchPyTorch() {
        int every = sampleEvery();
        Map<String, Double> worst = new TreeMap<>();
        for (Case c : cases()) {
            PathsView v = run(c);
            for (PathsView.Path p : v.paths()) {
                JsonNode golden = c.optimizers().get(p.name());
                String what = c.surface() + " from (" + c.x() + ", " + c.y() + ") lr " + c.lr() + " " + p.name();
                assertEquals(golden.get("diverged_at").asLong(), p.divergedAt(), what + ": diverges at the same step");
                JsonNode samples = golden.get("samples");
                int expectedSize = p.diverged() ? (int) p.divergedAt() : c.steps() + 1;
                assertEquals(expectedSize, p.x().size(), what + ": positions recorded");
                double err = 0;
                for (int i = 0; i < samples.size(); i++) {
                    int step = i * every;
                    err = Math.max(err, error(p.x().get(step), samples.get(i).get(0).asDouble()));
                    err = Math.max(err, error(p.y().get(step), samples.get(i).get(1).asDouble()));
                }
                float[] at = p.position();
                err = Math.max(err, error(at[0], golden.get("final").get(0).asDouble()));
                err = Math.max(err, error(at[1], golden.get("final").get(1).asDouble()));
                err = Math.max(err, error(p.currentLoss(), golden.get("loss").asDouble()));
                worst.merge(c.surface() + "/" + p.name(), err, Math::max);
                assertTrue(err <= TOLERANCE, what + ": error " + err);
            }
        }
        System.out.println("paths vs PyTorch, largest error per surface/optimizer: " + worst);
    }

    @Test
    void surfacesGiveTheAnalyticGradient() {
        double[][] points = {{-1.5, 2}, {0.3, -0.7}, {1, 1}};
        for (double[] pt : points) {
            double x = pt[0];
            double y = pt[1];
            double[][] expected = {
                {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)},
                {2 * (1.5 - x + x * y) * (y - 1) + 2 * (2.25 - x + x * y * y) * (y * y - 1)
                        + 2 * (2.625 - x + x * y * y * y) * (y * y * y - 1),
                    2 * (1.5 - x + x * y) * x + 2 * (2.25 - x + x * y * y) * 2 * x * y
                        + 2 * (2.625 - x + x * y * y * y) * 3 * x * y * y},
                {2 * x, -2 * y},
                {2 * x, 20 * y}};
            Surface[] surfaces = {Surface.ROSENBROCK, Surface.BEALE, Surface.SADDLE, Surface.BOWL};
            for (int s = 0; s < surfaces.length; s++) {
                Tensor p = Tensor.of((float) x, (float) y).requiresGrad_();
                surfaces[s].f(p).backward();
                for (int k = 0; k < 2; k++) {
                    double g = p.grad().data()[k];
                    assertEquals(expected[s][k], g, 1e-4 * (1 + Math.abs(expected[s][k])), surfaces[s] + " " + k);
                }
            }
        }
        assertEquals(0f, Surface.ROSENBROCK.f(Tensor.of(1f, 1f)).item());
        assertEquals(0f, Surface.BEALE.f(Tensor.of(3f, 0.5f)).item());
    }

    @Test
    void theViewSharesItsArraysAndTheContourIsMadeOnce() {
        PathsExperiment e = new PathsExperiment(PathsExperiment.Settings.defaults().withSteps(50));
        PathsView before = e.describe();
        for (int i = 0; i < 20; i++) {
            e.step();
        }
        PathsView after = e.describe();
        assertSame(before.contour(), after.contour(), "one contour per run");
        assertSame(before.minimum(), after.minimum());
        assertEquals(1, before.paths().get(0).x().size(), "the start");
        assertEquals(21, after.paths().get(0).x().size());
        assertEquals((float) -1.5, before.paths().get(0).x().get(0));
        assertEquals(before.paths().get(0).x().get(0), after.paths().get(0).x().get(0));
        PathsView.Contour c = after.contour();
        assertEquals(PathsExperiment.CONTOUR * PathsExperiment.CONTOUR, c.values().length);
        assertEquals(Surface.ROSENBROCK.f(Tensor.of((float) c.xMin(), (float) c.yMin())).item(), c.at(0, 0));
        assertEquals(Surface.ROSENBROCK.f(Tensor.of((float) c.xMax(), (float) c.yMax())).item(),
                c.at(c.columns() - 1, c.rows() - 1));
        assertEquals(List.of("loss:sgd", "loss:momentum", "loss:rmsprop", "loss:adam", "loss:adagrad"),
                after.metrics().stream().map(Metric::key).toList());
        assertNull(new PathsExperiment(PathsExperiment.Settings.forSurface("saddle")).describe().minimum());
        assertEquals(List.of("sgd", "momentum", "rmsprop", "adam", "adagrad"),
                List.copyOf(e.learningRates().keySet()), "each optimizer's lr by its name");
    }

    @Test
    void aDivergingOptimizerStopsAloneAndTheRunFailsOnlyWhenAllHave() {
        PathsExperiment e = new PathsExperiment(new PathsExperiment.Settings("rosenbrock", -1.5, 2, 50, 0.01,
                List.of("sgd", "adam")));
        double last = 0;
        for (int i = 0; i < 50; i++) {
            last = e.step();
            assertTrue(Double.isFinite(last), "adam is alive at step " + (i + 1));
        }
        PathsView v = e.describe();
        assertTrue(v.paths().get(0).diverged());
        assertTrue(Double.isNaN(v.metrics().get(0).value()));
        assertTrue(Float.isFinite(v.paths().get(0).x().last()), "the path ends at its last finite position");
        assertTrue(!v.paths().get(1).diverged());
        assertEquals(51, v.paths().get(1).x().size());

        PathsExperiment all = new PathsExperiment(new PathsExperiment.Settings("rosenbrock", -1.5, 2, 50, 0.01,
                List.of("sgd")));
        double loss = 0;
        for (int i = 0; i < 50 && !Double.isNaN(loss); i++) {
            loss = all.step();
        }
        assertTrue(Double.isNaN(loss), "NaN once all have diverged, so the run stops");
    }

    @Test
    void badSettingsSayWhat() {
        assertEquals("unknown surface 'himmelblau' (choose rosenbrock, beale, saddle, bowl)",
                assertThrows(IllegalArgumentException.class,
                        () -> new PathsExperiment(PathsExperiment.Settings.defaults().withSurface("himmelblau")))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new PathsExperiment(PathsExperiment.Settings.defaults().withOptimizers(List.of("lbfgs"))))
                .getMessage().startsWith("unknown optimizer 'lbfgs'"));
        assertThrows(IllegalArgumentException.class,
                () -> new PathsExperiment(PathsExperiment.Settings.defaults().withStart(Double.NaN, 0)));
    }
}
