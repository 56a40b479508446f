package org.trainlab.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.app.settings.Settings;
import org.trainlab.io.LoadedModel;
import org.trainlab.io.ModelFile;
import org.trainlab.lab.SavableExperiment;
import org.trainlab.lab.Networks;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/** Save model…, Open model…, a damaged file refused with the lesson as it was, a file dropped on the window. */
class ModelFilesTest extends WindowTest {
    @TempDir
    Path dir;

    private TrainingLesson<?> lesson() {
        return (TrainingLesson<?>) app.window().current();
    }

    private void stepTo(long steps) {
        for (long i = lesson().live().latest().step(); i < steps; i++) {
            AppFixture.onFx(() -> lesson().step());
        }
        AppFixture.waitFor("step " + steps, () -> lesson().live().latest().step() == steps);
    }

    private float[] weights(String key) throws Exception {
        return lesson().live().inspect(e -> ((SavableExperiment) e).nets().get(0).module().stateDict().get(key).toArray())
                .get(10, TimeUnit.SECONDS);
    }

    private boolean save(Path file) throws Exception {
        return AppFixture.fx(() -> app.window().files().save(file)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void savedModelOpensWithItsWeightsAndSettings() throws Exception {
        app.select("regression");
        AppFixture.onFx(() -> {
            lesson().page().setAll(Map.of("hidden", 7, "optimizer", "momentum", "lr", 0.05, "steps", 120));
            lesson().reset();
        });
        stepTo(5);
        float[] trained = weights("0.weight");
        Path file = dir.resolve("net.safetensors");
        assertTrue(save(file));

        LoadedModel saved = ModelFile.load(file);
        assertEquals("Sequential(Linear(1, 7), ReLU(), Linear(7, 1))", saved.spec().text());
        assertEquals(120, saved.settings().steps());
        assertEquals(0.8, (Double) saved.settings().options().get("momentum"), 0);
        assertArrayEquals(trained, saved.module().stateDict().get("0.weight").toArray());
        assertEquals(List.of(file.toAbsolutePath().normalize()), app.prefs().recentModels());

        AppFixture.onFx(() -> {
            lesson().page().setAll(Map.of("hidden", 12, "optimizer", "adam", "lr", 0.01, "steps", 50));
            lesson().reset();
        });
        AppFixture.waitFor("the reset", () -> lesson().live().latest().step() == 0);
        stepTo(3);
        assertTrue(AppFixture.fx(() -> app.window().files().open(file)));
        Settings s = lesson().page().applied();
        assertEquals(7, s.integer("hidden"));
        assertEquals("momentum", s.choice("optimizer"));
        assertEquals(0.05, s.decimal("lr"), 0);
        assertEquals(120, s.integer("steps"));
        assertFalse(lesson().page().pending());
        AppFixture.waitFor("the opened model at step 0", () -> lesson().live().latest().step() == 0);
        assertArrayEquals(trained, weights("0.weight"));
        stepTo(1); // ready to go on training from the saved weights
        assertFalse(Arrays.equals(trained, weights("0.weight")));
    }

    @Test
    void damagedFileIsRefusedAndTheLessonStaysAsItWas() throws Exception {
        app.select("regression");
        stepTo(4);
        Path good = dir.resolve("good.safetensors");
        assertTrue(save(good));
        byte[] bytes = Files.readAllBytes(good);
        Path damaged = dir.resolve("damaged.safetensors");
        Files.write(damaged, Arrays.copyOf(bytes, bytes.length - 9));
        float[] before = weights("0.weight");
        Settings settings = AppFixture.fx(() -> lesson().page().applied());

        assertFalse(AppFixture.fx(() -> app.window().files().open(damaged)));
        ModelFiles.Problem p = app.window().files().lastProblem();
        assertEquals(damaged.toString(), p.file());
        assertFalse(p.place().isBlank());
        assertFalse(p.reason().isBlank());
        assertTrue(AppFixture.fx(() -> app.window().files().dialog().isShowing()));
        assertTrue(AppFixture.fx(() -> app.window().files().dialog().getContentText().contains(p.reason())));
        AppFixture.onFx(() -> app.window().files().dialog().close());

        assertEquals("regression", app.window().currentEntry().id());
        assertEquals(settings, AppFixture.fx(() -> lesson().page().applied()));
        assertEquals(4, lesson().live().latest().step());
        assertArrayEquals(before, weights("0.weight"));

        Path hostile = dir.resolve("hostile.safetensors");
        Files.write(hostile, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff,
            (byte) 0xff, 0x7f, '{', '}'});
        assertFalse(AppFixture.fx(() -> app.window().files().open(hostile)));
        assertEquals(hostile.toString(), app.window().files().lastProblem().file());
        AppFixture.onFx(() -> app.window().files().dialog().close());
        assertEquals(4, lesson().live().latest().step());
    }

    @Test
    void aStateDictThatFitsNoLessonIsRefused() throws Exception {
        app.select("regression");
        Path other = dir.resolve("three-inputs.safetensors");
        ModelFile.save(other, Networks.mlp(3, 5, 1, "relu", new Generator(0)), null);
        Settings settings = AppFixture.fx(() -> lesson().page().applied());

        assertFalse(AppFixture.fx(() -> app.window().files().open(other)));
        assertTrue(app.window().files().lastProblem().reason().contains("size mismatch"),
                app.window().files().lastProblem().reason());
        AppFixture.onFx(() -> app.window().files().dialog().close());

        // a class Net(nn.Module) from a network file: a whole model, but no lesson trains it
        org.trainlab.spec.NetworkFile custom = org.trainlab.spec.NetworkFile.parse("import torch.nn as nn\n"
                + "class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                + "        self.hidden = nn.Linear(1, 10)\n        self.out = nn.Linear(10, 1)\n"
                + "    def forward(self, x):\n        return self.out(self.hidden(x).relu())\n"
                + "net = Net()\n");
        Path classFile = dir.resolve("class-net.safetensors");
        ModelFile.save(classFile, custom.build(new Generator(0)), custom, null);
        assertFalse(AppFixture.fx(() -> app.window().files().open(classFile)));
        assertTrue(app.window().files().lastProblem().reason().contains("Net"),
                app.window().files().lastProblem().reason());
        AppFixture.onFx(() -> app.window().files().dialog().close());
        assertEquals("regression", app.window().currentEntry().id());
        assertEquals(settings, AppFixture.fx(() -> lesson().page().applied()));
    }

    @Test
    void parametersOnlyGoIntoTheNetOfTheLessonOnScreenWhenTheyFit() throws Exception {
        app.select("regression");
        stepTo(2);
        Path fits = dir.resolve("net_params.safetensors");
        var net = Networks.mlp(1, 10, 1, "relu", new Generator(42));
        ModelFile.saveStateDict(fits, net);
        Path seven = dir.resolve("seven_params.safetensors");
        ModelFile.saveStateDict(seven, Networks.mlp(1, 7, 1, "relu", new Generator(0)));
        Settings settings = AppFixture.fx(() -> lesson().page().applied());
        float[] before = weights("0.weight");

        assertFalse(AppFixture.fx(() -> app.window().files().open(seven)));
        assertEquals("state_dict", app.window().files().lastProblem().place());
        assertTrue(app.window().files().lastProblem().reason().contains("size mismatch for 0.weight"),
                app.window().files().lastProblem().reason());
        AppFixture.onFx(() -> app.window().files().dialog().close());
        assertEquals(2, lesson().live().latest().step());
        assertArrayEquals(before, weights("0.weight"));

        assertTrue(AppFixture.fx(() -> app.window().files().open(fits)));
        AppFixture.waitFor("the parameters at step 0", () -> lesson().live().latest().step() == 0);
        assertArrayEquals(net.stateDict().get("0.weight").toArray(), weights("0.weight"));
        assertEquals(settings, AppFixture.fx(() -> lesson().page().applied()));

        app.select("batches"); // no net here: a state_dict names no architecture to pick a lesson by
        assertFalse(AppFixture.fx(() -> app.window().files().open(fits)));
        assertEquals("__metadata__", app.window().files().lastProblem().place());
        AppFixture.onFx(() -> app.window().files().dialog().close());
    }

    @Test
    void aDroppedFileOpensInTheLessonThatFitsIt() throws Exception {
        app.select("classification");
        AppFixture.onFx(() -> {
            lesson().page().setAll(Map.of("hidden", 6, "activation", "tanh"));
            lesson().reset();
        });
        stepTo(2);
        Path file = dir.resolve("classifier.safetensors");
        assertTrue(save(file));
        float[] trained = weights("2.weight");
        app.select("regression");

        assertFalse(AppFixture.fx(() -> app.window().files().drop(List.of(new File(dir.toFile(), "notes.txt")))));
        assertEquals("regression", app.window().currentEntry().id());
        assertTrue(AppFixture.fx(() -> app.window().files().drop(List.of(file.toFile()))));
        assertEquals("classification", app.window().currentEntry().id());
        assertEquals(6, lesson().page().applied().integer("hidden"));
        assertEquals("tanh", lesson().page().applied().choice("activation"));
        AppFixture.waitFor("the dropped model at step 0", () -> lesson().live().latest().step() == 0);
        assertArrayEquals(trained, weights("2.weight"));
        assertNotNull(app.window().files());
    }

    @Test
    void exportWritesAScriptAndTheModelBesideIt() throws Exception {
        app.select("classification");
        stepTo(3);
        Path script = dir.resolve("classifier.py");
        assertTrue(AppFixture.fx(() -> app.window().files().export(script)).get(10, TimeUnit.SECONDS));
        String text = Files.readString(script);
        assertTrue(text.contains("def build_model"), text);
        assertTrue(text.contains("classifier.safetensors"), text);
        assertTrue(text.contains("CrossEntropyLoss"), text);
        assertEquals("Sequential(Linear(2, 10), ReLU(), Linear(10, 2))",
                ModelFile.load(dir.resolve("classifier.safetensors")).spec().text());

        app.select("optimizers"); // the paths tab moves a point, not a net: nothing to save, and nothing written
        AppFixture.onFx(() -> ((org.trainlab.app.frame.TabbedLesson) app.window().current()).select("paths"));
        assertEquals(null, AppFixture.fx(() -> app.window().files().save(dir.resolve("paths.safetensors"))));
        assertFalse(Files.exists(dir.resolve("paths.safetensors")));
    }

    @Test
    void toolbarButtonsAskTheWindowToSaveAndOpen(org.testfx.api.FxRobot robot) {
        app.select("regression");
        List<javafx.event.EventType<?>> asked = new java.util.ArrayList<>();
        AppFixture.onFx(() -> stage.getScene().addEventFilter(org.trainlab.app.frame.ModelFileEvent.ANY, e -> {
            asked.add(e.getEventType());
            e.consume(); // no file dialog in a test
        }));
        robot.clickOn("#toolbar-save-model");
        robot.clickOn("#toolbar-open-model");
        assertEquals(List.of(org.trainlab.app.frame.ModelFileEvent.SAVE, org.trainlab.app.frame.ModelFileEvent.OPEN),
                asked);
        app.select("batches"); // the dealing tab trains nothing; its batch-size tab (not on screen) does
        assertTrue(robot.lookup("#toolbar-save-model").queryAll().stream().noneMatch(ModelFilesTest::shown),
                "the dealing of batches has no model to save");
        AppFixture.onFx(() -> ((org.trainlab.app.frame.TabbedLesson) app.window().current()).select("sizes"));
        assertTrue(robot.lookup("#toolbar-save-model").queryAll().stream().anyMatch(ModelFilesTest::shown));
    }

    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
