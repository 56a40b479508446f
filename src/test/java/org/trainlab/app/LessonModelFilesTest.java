package org.trainlab.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.app.frame.TabbedLesson;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.app.settings.Settings;
import org.trainlab.io.LoadedNets;
import org.trainlab.io.ModelFile;
import org.trainlab.io.NamedModule;
import org.trainlab.io.SafeTensors;
import org.trainlab.io.SafeTensorsFile;
import org.trainlab.lab.SavableExperiment;

/**
 * Save model…, Open model…, a damaged or hostile file refused (the lesson as it was) and a file dropped on the
 * window with a real drag-and-drop event, for the lessons that train several nets: the optimizer race, the GAN's
 * G and D, the dynamic graph's RNN and Linear, and the batch sizes' four nets.
 */
class LessonModelFilesTest extends WindowTest {
    @TempDir
    Path dir;

    /** A lesson's tab (or the lesson), the settings to save it with, its nets, and one key to compare. */
    private record Case(String id, String tab, Map<String, Object> changed, List<String> nets, String net, String key) {
    }

    private static final Case RACE = new Case("optimizers", "race",
            Map.of("adagrad_on", false, "hidden", 12, "adam_lr", 0.02, "batchSize", 16),
            List.of("sgd", "momentum", "rmsprop", "adam"), "adam", "0.weight");
    private static final Case GAN = new Case("gan", null, Map.of("hidden", 32, "lrG", 0.0002, "optimizerD", "rmsprop"),
            List.of("G", "D"), "G", "0.weight");
    private static final Case DYNAMIC = new Case("dynamic", null, Map.of("hidden", 16, "lr", 0.01),
            List.of("rnn", "out"), "rnn", "weight_ih_l0");
    private static final Case SIZES = new Case("batches", "sizes", Map.of("hidden", 6, "lr", 0.03, "shuffle", false),
            List.of("batch_1", "batch_8", "batch_32", "batch_all"), "batch_8", "0.weight");

    private TrainingLesson<?> lesson() {
        return AppFixture.fx(() -> {
            Lesson l = app.window().current();
            return (TrainingLesson<?>) (l instanceof TabbedLesson t ? t.selected() : l);
        });
    }

    private void show(Case c) {
        app.select(c.id());
        if (c.tab() != null) {
            AppFixture.onFx(() -> ((TabbedLesson) app.window().current()).select(c.tab()));
        }
    }

    private void stepTo(long steps) {
        TrainingLesson<?> l = lesson();
        for (long i = AppFixture.fx(() -> l.live().latest().step()); i < steps; i++) {
            AppFixture.onFx(l::step);
        }
        AppFixture.waitFor("step " + steps, () -> l.live().latest().step() == steps);
    }

    private float[] weights(String net, String key) throws Exception {
        return lesson().live().inspect(e -> {
            for (NamedModule n : ((SavableExperiment) e).nets()) {
                if (n.name().equals(net)) {
                    return n.module().stateDict().get(key).toArray();
                }
            }
            throw new AssertionError("no net " + net);
        }).get(10, TimeUnit.SECONDS);
    }

    /** The lesson trained a few steps with the case's settings and saved; returns the file. */
    private Path trainAndSave(Case c, String fileName) throws Exception {
        show(c);
        AppFixture.onFx(() -> {
            lesson().page().setAll(c.changed());
            lesson().reset();
        });
        AppFixture.waitFor("the reset", () -> lesson().live().latest().step() == 0);
        stepTo(3);
        Path file = dir.resolve(fileName);
        assertTrue(AppFixture.fx(() -> app.window().files().save(file)).get(20, TimeUnit.SECONDS));
        return file;
    }

    private void saveOpenAndRefuse(Case c) throws Exception {
        Path file = trainAndSave(c, c.id() + ".safetensors");
        float[] trained = weights(c.net(), c.key());
        Settings saved = AppFixture.fx(() -> lesson().page().applied());

        // the file: every net under its name, the lesson and its settings, read back without the app
        LoadedNets read = ModelFile.loadNets(SafeTensors.read(file), file.toString());
        assertEquals(c.nets(), List.copyOf(read.nets().keySet()));
        assertEquals(c.id().equals("batches") ? "batchSizes" : c.id(), read.lesson());
        assertArrayEquals(trained, read.nets().get(c.net()).module().stateDict().get(c.key()).toArray());
        for (String key : SafeTensors.read(file).tensors().keySet()) {
            assertTrue(c.nets().contains(key.substring(0, key.indexOf('.'))), key);
        }

        // something else on screen: other settings, a few steps
        AppFixture.onFx(() -> {
            lesson().page().setAll(Map.of("seed", 7));
            lesson().reset();
        });
        AppFixture.waitFor("the reset", () -> lesson().live().latest().step() == 0);
        stepTo(2);
        Settings before = AppFixture.fx(() -> lesson().page().applied());
        float[] weightsBefore = weights(c.net(), c.key());

        // a damaged file (cut short) and a hostile one (a setting its control refuses): refused, nothing changed
        byte[] bytes = Files.readAllBytes(file);
        Path damaged = dir.resolve("damaged.safetensors");
        Files.write(damaged, Arrays.copyOf(bytes, bytes.length - 5));
        SafeTensorsFile f = SafeTensors.read(file);
        Map<String, String> metadata = new LinkedHashMap<>(f.metadata());
        metadata.put(ModelFile.LESSON_SETTINGS_KEY, metadata.get(ModelFile.LESSON_SETTINGS_KEY)
                .replaceFirst("\"hidden\":\\d+", "\"hidden\":100000"));
        Path hostile = dir.resolve("hostile.safetensors");
        SafeTensors.write(hostile, f.tensors(), metadata);
        for (Path bad : List.of(damaged, hostile)) {
            assertFalse(AppFixture.fx(() -> app.window().files().open(bad)), bad.toString());
            ModelFiles.Problem p = app.window().files().lastProblem();
            assertEquals(bad.toString(), p.file());
            assertFalse(p.place().isBlank());
            assertTrue(AppFixture.fx(() -> app.window().files().dialog().getContentText().contains(p.reason())));
            if (bad == hostile) {
                assertTrue(p.reason().contains("hidden") && p.reason().contains("100000"), p.reason());
            }
            AppFixture.onFx(() -> app.window().files().dialog().close());
            assertEquals(c.id(), app.window().currentEntry().id());
            assertEquals(before, AppFixture.fx(() -> lesson().page().applied()));
            assertEquals(2, lesson().live().latest().step());
            assertArrayEquals(weightsBefore, weights(c.net(), c.key()));
        }

        // the saved file: its settings and weights back at step 0, ready to go on training
        assertTrue(AppFixture.fx(() -> app.window().files().open(file)));
        assertEquals(saved, AppFixture.fx(() -> lesson().page().applied()));
        assertFalse(AppFixture.fx(() -> lesson().page().pending()));
        AppFixture.waitFor("the opened model at step 0", () -> lesson().live().latest().step() == 0);
        assertArrayEquals(trained, weights(c.net(), c.key()));
        stepTo(1);
        assertFalse(Arrays.equals(trained, weights(c.net(), c.key())));
    }

    @Test
    void theOptimizerRaceSavesAndOpensAllItsNets() throws Exception {
        saveOpenAndRefuse(RACE);
        assertEquals(0.02, lesson().page().applied().decimal("adam_lr"), 0);
        assertFalse(lesson().page().applied().flag("adagrad_on"));
    }

    @Test
    void theGanSavesAndOpensGAndD() throws Exception {
        saveOpenAndRefuse(GAN);
        assertEquals("rmsprop", lesson().page().applied().choice("optimizerD"));
    }

    @Test
    void theDynamicGraphSavesAndOpensItsRnnAndLinear() throws Exception {
        saveOpenAndRefuse(DYNAMIC);
    }

    @Test
    void theBatchSizesSaveAndOpenTheirFourNets() throws Exception {
        saveOpenAndRefuse(SIZES);
    }

    /**
     * The dragboard of a drag that started outside the app (a file manager's), as the toolkit's own clipboard
     * peer holds it: its contents, and the transfer modes the source allows (copy, as a file manager offers).
     */
    private static final class OutsideDrag implements TKClipboard {
        private final Map<DataFormat, Object> content = new LinkedHashMap<>();

        @Override
        @SuppressWarnings("removal")
        public void setSecurityContext(java.security.AccessControlContext context) {
        }

        @Override
        public java.util.Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(javafx.util.Pair<DataFormat, Object>... pairs) {
            content.clear();
            for (javafx.util.Pair<DataFormat, Object> p : pairs) {
                content.put(p.getKey(), p.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public java.util.Set<TransferMode> getTransferModes() {
            return java.util.Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(javafx.scene.image.Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public javafx.scene.image.Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    /** A drag of files from outside, as the window receives it: DRAG_OVER, then DRAG_DROPPED, with the files. */
    private static DragEvent[] drag(Node target, List<java.io.File> files) {
        Dragboard board = DragboardHelper.createDragboard(new OutsideDrag());
        DragboardHelper.setDataAccessRestriction(board, false);
        board.setContent(Map.of(DataFormat.FILES, files));
        javafx.geometry.Bounds b = target.localToScene(target.getBoundsInLocal());
        double x = b.getCenterX();
        double y = b.getCenterY();
        DragEvent over = new DragEvent(null, target, DragEvent.DRAG_OVER, board, x, y, x, y, TransferMode.COPY, null,
                null, null);
        Event.fireEvent(target, over);
        DragEvent drop = new DragEvent(null, target, DragEvent.DRAG_DROPPED, board, x, y, x, y, TransferMode.COPY,
                null, null, null);
        if (over.isAccepted()) {
            Event.fireEvent(target, drop);
        }
        return new DragEvent[] {over, drop};
    }

    @Test
    void aFileDraggedOntoTheWindowOpensInTheLessonThatSavedIt() throws Exception {
        Path gan = trainAndSave(GAN, "gan.safetensors");
        float[] g = weights("G", "0.weight");
        Path sizes = trainAndSave(SIZES, "sizes.safetensors");
        float[] eight = weights("batch_8", "0.weight");

        app.select("regression");
        Node regression = AppFixture.fx(() -> app.window().current().view());
        DragEvent[] text = AppFixture.fx(() -> drag(regression, List.of(dir.resolve("notes.txt").toFile())));
        assertFalse(text[0].isAccepted(), "only .safetensors files are accepted");
        assertEquals("regression", app.window().currentEntry().id());

        DragEvent[] dropped = AppFixture.fx(() -> drag(regression, List.of(gan.toFile())));
        assertTrue(dropped[0].isAccepted());
        assertEquals(TransferMode.COPY, dropped[0].getAcceptedTransferMode());
        assertTrue(dropped[1].isDropCompleted());
        assertEquals("gan", app.window().currentEntry().id());
        assertEquals(32, lesson().page().applied().integer("hidden"));
        AppFixture.waitFor("the dropped GAN at step 0", () -> lesson().live().latest().step() == 0);
        assertArrayEquals(g, weights("G", "0.weight"));

        // onto the optimizer paths (a tab with no net): the batch-size nets open on their own tab
        show(new Case("optimizers", "paths", Map.of(), List.of(), null, null));
        Node paths = AppFixture.fx(() -> app.window().current().view());
        dropped = AppFixture.fx(() -> drag(paths, List.of(dir.resolve("notes.txt").toFile(), sizes.toFile())));
        assertTrue(dropped[1].isDropCompleted());
        assertEquals("batches", app.window().currentEntry().id());
        assertEquals("sizes", AppFixture.fx(() -> ((TabbedLesson) app.window().current()).tabs().getSelectionModel()
                .getSelectedItem().getId().substring("tab-".length())));
        AppFixture.waitFor("the dropped nets at step 0", () -> lesson().live().latest().step() == 0);
        assertArrayEquals(eight, weights("batch_8", "0.weight"));
        assertNotNull(app.prefs().recentModels());
        assertEquals(sizes.toAbsolutePath().normalize(), app.prefs().recentModels().get(0));
    }

    @Test
    void aFileOfOneLessonIsRefusedByAnother() throws Exception {
        Path race = trainAndSave(RACE, "race.safetensors");
        show(DYNAMIC);
        Settings before = AppFixture.fx(() -> lesson().page().applied());
        // the race's file opens in the race (its own lesson), never in the dynamic graph
        assertTrue(AppFixture.fx(() -> app.window().files().open(race)));
        assertEquals("optimizers", app.window().currentEntry().id());
        show(DYNAMIC);
        assertEquals(before, AppFixture.fx(() -> lesson().page().applied()));

        // a file naming a lesson that does not exist: a dialog, nothing changed
        SafeTensorsFile f = SafeTensors.read(race);
        Map<String, String> metadata = new LinkedHashMap<>(f.metadata());
        metadata.put(ModelFile.LESSON_KEY, "nowhere");
        Path stray = dir.resolve("stray.safetensors");
        SafeTensors.write(stray, f.tensors(), metadata);
        assertFalse(AppFixture.fx(() -> app.window().files().open(stray)));
        assertTrue(app.window().files().lastProblem().reason().contains("nowhere"),
                app.window().files().lastProblem().reason());
        AppFixture.onFx(() -> app.window().files().dialog().close());
        assertEquals("dynamic", app.window().currentEntry().id());
    }

    @Test
    void exportWritesTheNetsAndAScriptThatRebuildsThem() throws Exception {
        show(GAN);
        stepTo(2);
        Path script = dir.resolve("gan.py");
        assertTrue(AppFixture.fx(() -> app.window().files().export(script)).get(20, TimeUnit.SECONDS));
        String text = Files.readString(script);
        assertTrue(text.contains("nets['G'] = torch.nn.Sequential("), text);
        assertTrue(text.contains("optimizers['D'] = torch.optim.Adam(nets['D'].parameters(), lr=0.0001"), text);
        assertTrue(text.contains("gan.safetensors"), text);
        assertEquals(List.of("G", "D"), List.copyOf(ModelFile.loadNets(SafeTensors.read(dir.resolve(
                "gan.safetensors")), "gan").nets().keySet()));
        // PyTorch runs it: every net rebuilt with its weights (strict) and its optimizer
        org.trainlab.PythonPrograms.assumeImports("torch");
        String printed = org.trainlab.PythonPrograms.run(dir, "run_gan.py", "import runpy\nrunpy.run_path('gan.py', "
                + "run_name='__main__')\n");
        assertTrue(printed.contains("G = Sequential(") && printed.contains("D = Sequential("), printed);
        assertTrue(printed.contains("Adam ("), printed);
    }
}
