package org.trainlab.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.trainlab.app.frame.ModelDocument;
import org.trainlab.app.frame.ModelFileEvent;
import org.trainlab.io.LoadedNets;
import org.trainlab.io.ModelFile;
import org.trainlab.io.ModelFormatException;
import org.trainlab.io.SafeTensors;
import org.trainlab.io.SafeTensorsFile;

/**
 * Models as files, for whichever lesson is on screen: Save model… (Ctrl+S), Open model… (Ctrl+O), recent
 * files, Export PyTorch script…, and a {@code .safetensors} file dropped on the window. A file opens in the
 * lesson on screen when it fits, otherwise in the first lesson that trains its network. A file that cannot
 * be read or fits no lesson is a dialog naming the file, the place and the reason; the lessons stay as
 * they were.
 */
public final class ModelFiles {
    static final String EXTENSION = ".safetensors";
    private static final int RECENT = 8;

    /** What the window lends: its lessons and the one on screen. */
    interface Host {
        Lesson current();

        List<LessonEntry> entries();

        /** The lesson with this id, built if it was not yet (not shown). */
        Lesson lesson(String id);

        void select(String id);

        Window window();
    }

    /** Something that went wrong with a file, as the dialog shows it. */
    public record Problem(String title, String file, String place, String reason) {
    }

    private final Host host;
    private final Messages messages;
    private final AppPrefs prefs;
    private final Consumer<String> notify;
    private final Menu recent;
    private Problem lastProblem;
    private Alert dialog;

    ModelFiles(Host host, Messages messages, AppPrefs prefs, Consumer<String> notify) {
        this.host = host;
        this.messages = messages;
        this.prefs = prefs;
        this.notify = notify;
        this.recent = new Menu(messages.text("menu.recentModels"));
        recent.setId("recent-models");
    }

    /** The File menu's items for models, in order, ending with a separator. */
    List<MenuItem> menuItems() {
        MenuItem save = new MenuItem(messages.text("menu.saveModel"));
        save.setId("save-model");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> chooseAndSave());
        MenuItem open = new MenuItem(messages.text("menu.openModel"));
        open.setId("open-model");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem export = new MenuItem(messages.text("menu.exportPytorch"));
        export.setId("export-pytorch");
        export.setOnAction(e -> chooseAndExport());
        fillRecent();
        return List.of(save, open, recent, export, new SeparatorMenuItem());
    }

    /**
     * Called as the File menu opens: Save and Export only where the lesson has a model (on a tab without one, as
     * the optimizer paths, they stay on to say why there is nothing to save).
     */
    void menuShowing(List<MenuItem> items) {
        boolean has = host.current() != null && !host.current().documents().isEmpty();
        for (MenuItem i : items) {
            if ("save-model".equals(i.getId()) || "export-pytorch".equals(i.getId())) {
                i.setDisable(!has);
            }
        }
        fillRecent();
    }

    /**
     * Files dragged over the window (accepted when one of them is a .safetensors file) and a lesson's
     * toolbar asking to save or open a model.
     */
    static void install(Scene scene, Supplier<ModelFiles> files) {
        scene.addEventHandler(ModelFileEvent.ANY, e -> {
            if (e.getEventType() == ModelFileEvent.SAVE) {
                files.get().chooseAndSave();
            } else {
                files.get().chooseAndOpen();
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && modelFile(e.getDragboard().getFiles()) != null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && files.get().drop(e.getDragboard().getFiles());
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** Opens the first .safetensors file among those dropped; returns whether there was one. */
    public boolean drop(List<File> dropped) {
        Path p = modelFile(dropped);
        if (p == null) {
            return false;
        }
        open(p);
        return true;
    }

    private static Path modelFile(List<File> files) {
        for (File f : files) {
            if (f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION)) {
                return f.toPath();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- open

    /**
     * Opens a whole-model file in the lesson on screen if it fits, else in the first lesson that trains its
     * network (which comes on screen). Returns whether it opened; if not, a dialog says why.
     */
    public boolean open(Path path) {
        LoadedNets model;
        try {
            SafeTensorsFile file = SafeTensors.read(path);
            if (!ModelFile.isWholeModel(file)) {
                return openParameters(file, path);
            }
            model = ModelFile.loadNets(file, path.toString());
        } catch (ModelFormatException e) {
            problem(messages.text("model.cannotOpen"), e.file(), e.place(), e.reason());
            return false;
        } catch (IOException | RuntimeException e) {
            problem(messages.text("model.cannotOpen"), path.toString(), messages.text("model.place.file"),
                    describe(e));
            return false;
        }
        Lesson current = host.current();
        String first = null;
        String own = null; // the refusal of the lesson that saved the file: the most telling reason
        if (current != null) {
            for (ModelDocument<?> d : current.documents()) {
                String r = d.refusal(model);
                if (r == null) {
                    current.show(d);
                    return openIn(d, model, path);
                }
                first = first == null ? r : first;
                own = d.lessonId().equals(model.lesson()) ? r : own;
            }
        }
        for (LessonEntry entry : host.entries()) {
            Lesson l = host.lesson(entry.id());
            if (l == current) {
                continue;
            }
            for (ModelDocument<?> d : l.documents()) {
                String r = d.refusal(model);
                if (r == null) {
                    host.select(entry.id());
                    l.show(d);
                    return openIn(d, model, path);
                }
                own = d.lessonId().equals(model.lesson()) ? r : own;
            }
        }
        String reason = own != null ? own : first != null ? first
                : messages.format("model.noLessonFits", model.architecture());
        problem(messages.text("model.cannotOpen"), path.toString(), messages.text("model.place.lesson"), reason);
        return false;
    }

    /** A parameters-only file goes into the net of the lesson on screen, if its keys and shapes fit. */
    private boolean openParameters(SafeTensorsFile file, Path path) {
        Lesson current = host.current();
        if (current == null || current.models() == null) {
            problem(messages.text("model.cannotOpen"), path.toString(), "__metadata__",
                    messages.text("model.parametersOnly"));
            return false;
        }
        try {
            current.models().openParameters(file.tensors());
        } catch (IllegalArgumentException e) {
            problem(messages.text("model.cannotOpen"), path.toString(), "state_dict", e.getMessage());
            return false;
        }
        remember(path);
        notify.accept(messages.format("model.openedParameters", path.getFileName(), title(current.models())));
        return true;
    }

    private boolean openIn(ModelDocument<?> document, LoadedNets model, Path path) {
        try {
            document.open(model);
        } catch (IllegalArgumentException e) {
            problem(messages.text("model.cannotOpen"), path.toString(), messages.text("model.place.lesson"),
                    e.getMessage());
            return false;
        }
        remember(path);
        notify.accept(messages.format("model.opened", path.getFileName(), title(document)));
        return true;
    }

    /** The title of the lesson a document belongs to, as the sidebar shows it. */
    private String title(ModelDocument<?> document) {
        for (LessonEntry e : host.entries()) {
            if (host.lesson(e.id()).documents().contains(document)) {
                return e.title(messages);
            }
        }
        return document.lessonId();
    }

    // ---------------------------------------------------------------- save and export

    /**
     * Saves the model of the lesson on screen; the future completes on the JavaFX thread once the file is
     * written (or a dialog said why not). Null when the lesson has no model to save (a notification says so).
     */
    public CompletableFuture<Boolean> save(Path path) {
        ModelDocument<?> d = document();
        if (d == null) {
            return null;
        }
        return onFxThread(d.save(path), ok -> {
            remember(path);
            notify.accept(messages.format("model.saved", path));
        }, path);
    }

    /** Writes a PyTorch script and the model beside it, as {@link #save} does. */
    public CompletableFuture<Boolean> export(Path script) {
        ModelDocument<?> d = document();
        if (d == null) {
            return null;
        }
        return onFxThread(d.exportScript(script), weights -> notify.accept(messages.format("model.exported", script,
                weights.getFileName())), script);
    }

    private <T> CompletableFuture<Boolean> onFxThread(CompletableFuture<T> work, Consumer<T> done, Path path) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        work.whenComplete((value, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                done.accept(value);
                result.complete(true);
            } else {
                problem(messages.text("model.cannotSave"), path.toString(), messages.text("model.place.file"),
                        describe(failure));
                result.complete(false);
            }
        }));
        return result;
    }

    private ModelDocument<?> document() {
        Lesson l = host.current();
        if (l != null && l.models() == null && !l.documents().isEmpty()) { // a tab without a net (the paths)
            notify.accept(messages.text("model.tabWithoutNet"));
            return null;
        }
        if (l == null || l.models() == null) {
            List<String> names = new ArrayList<>();
            for (LessonEntry e : host.entries()) {
                if (!host.lesson(e.id()).documents().isEmpty()) {
                    names.add(e.title(messages));
                }
            }
            notify.accept(messages.format("model.noModel", String.join(", ", names)));
            return null;
        }
        return l.models();
    }

    // ---------------------------------------------------------------- dialogs and recent files

    private void chooseAndSave() {
        ModelDocument<?> d = document();
        if (d == null) {
            return;
        }
        File f = chooser(d.lessonId() + EXTENSION, messages.text("model.fileType"), "*" + EXTENSION)
                .showSaveDialog(host.window());
        if (f != null) {
            save(withExtension(f.toPath(), EXTENSION));
        }
    }

    private void chooseAndOpen() {
        File f = chooser(null, messages.text("model.fileType"), "*" + EXTENSION).showOpenDialog(host.window());
        if (f != null) {
            open(f.toPath());
        }
    }

    private void chooseAndExport() {
        ModelDocument<?> d = document();
        if (d == null) {
            return;
        }
        File f = chooser(d.lessonId() + ".py", messages.text("model.scriptType"), "*.py").showSaveDialog(host.window());
        if (f != null) {
            export(withExtension(f.toPath(), ".py"));
        }
    }

    private FileChooser chooser(String name, String type, String pattern) {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(type, pattern));
        List<Path> recentFiles = prefs.recentModels();
        if (!recentFiles.isEmpty() && recentFiles.get(0).getParent() != null
                && Files.isDirectory(recentFiles.get(0).getParent())) {
            c.setInitialDirectory(recentFiles.get(0).getParent().toFile());
        }
        if (name != null) {
            c.setInitialFileName(name);
        }
        return c;
    }

    private static Path withExtension(Path p, String extension) {
        String n = p.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? p : p.resolveSibling(n + extension);
    }

    private void remember(Path path) {
        List<Path> list = new ArrayList<>(prefs.recentModels());
        Path p = path.toAbsolutePath().normalize();
        list.remove(p);
        list.add(0, p);
        prefs.setRecentModels(list.subList(0, Math.min(RECENT, list.size())));
        fillRecent();
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : prefs.recentModels()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(p));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** The last problem a dialog showed (tests). */
    public Problem lastProblem() {
        return lastProblem;
    }

    /** The dialog on screen, or the last one shown (tests). */
    public Alert dialog() {
        return dialog;
    }

    private void problem(String title, String file, String place, String reason) {
        lastProblem = new Problem(title, file, place, reason);
        if (dialog != null) {
            dialog.close();
        }
        dialog = new Alert(Alert.AlertType.ERROR, messages.format("model.problem", file, place, reason));
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("model-problem");
        dialog.getDialogPane().setMinWidth(520);
        if (host.window() != null && host.window().isShowing()) {
            dialog.initOwner(host.window());
        }
        dialog.show();
    }

    private String describe(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof UncheckedIOException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof java.nio.file.NoSuchFileException) {
            return messages.text("model.noSuchFile");
        }
        if (c instanceof java.nio.file.AccessDeniedException) {
            return messages.text("model.accessDenied");
        }
        String m = c.getMessage();
        return m == null ? c.getClass().getSimpleName() : m;
    }
}
