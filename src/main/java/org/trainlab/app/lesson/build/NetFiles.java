package org.trainlab.app.lesson.build;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.trainlab.app.Messages;
import org.trainlab.io.AtomicFile;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.NetworkSpecException;

/**
 * The Build lesson's network files: Save writes the editor's text as a {@code .py} file (atomically); Open reads a
 * {@code .py} file, checks it as a network file and only then puts it in the editor. A file that cannot be read or
 * is no network file is a dialog with the file, the line and column, and the reason; the editor keeps its text.
 */
final class NetFiles {
    /** Largest file read: network files are a few hundred lines. */
    static final long MAX_BYTES = NetworkSpec.MAX_LENGTH;

    private final Messages messages;
    private final Supplier<Window> window;
    private final Supplier<String> text;
    private final Consumer<String> opened;
    private final Consumer<String> notify;
    private Alert dialog;

    NetFiles(Messages messages, Supplier<Window> window, Supplier<String> text, Consumer<String> opened,
            Consumer<String> notify) {
        this.messages = messages;
        this.window = window;
        this.text = text;
        this.opened = opened;
        this.notify = notify;
    }

    void chooseAndSave() {
        File f = chooser().showSaveDialog(window.get());
        if (f != null) {
            Path p = f.toPath();
            String n = p.getFileName().toString();
            save(n.endsWith(".py") ? p : p.resolveSibling(n + ".py"));
        }
    }

    void chooseAndOpen() {
        File f = chooser().showOpenDialog(window.get());
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Writes the editor's text; returns whether it did (else a dialog says why). */
    boolean save(Path path) {
        byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFile.write(path, out -> out.write(bytes));
        } catch (IOException | RuntimeException e) {
            problem(path, messages.text("build.file.nowhere"), String.valueOf(e.getMessage()));
            return false;
        }
        notify.accept(messages.format("build.file.saved", path.getFileName()));
        return true;
    }

    /** Reads a network file into the editor; returns whether it did (else a dialog says why, nothing changes). */
    boolean open(Path path) {
        String source;
        try {
            if (Files.size(path) > MAX_BYTES) {
                problem(path, messages.text("build.file.nowhere"), messages.format("build.file.tooLarge", MAX_BYTES));
                return false;
            }
            source = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            problem(path, messages.text("build.file.nowhere"), messages.text("build.file.notText"));
            return false;
        } catch (IOException | RuntimeException e) {
            problem(path, messages.text("build.file.nowhere"), String.valueOf(e.getMessage()));
            return false;
        }
        try {
            NetworkFile.parse(source);
        } catch (NetworkSpecException e) {
            String place = e.line() > 0 ? messages.format("build.file.place", e.line(), e.column())
                    : messages.text("build.file.nowhere");
            problem(path, place, e.reason());
            return false;
        }
        opened.accept(source);
        notify.accept(messages.format("build.file.opened", path.getFileName()));
        return true;
    }

    /** The dialog on screen about the last file that failed, or null (tests). */
    Alert dialog() {
        return dialog;
    }

    private void problem(Path path, String place, String reason) {
        if (dialog != null) {
            dialog.close();
        }
        String title = messages.text("build.file.problem");
        dialog = new Alert(Alert.AlertType.ERROR, messages.format("build.file.problem.text", path, place, reason));
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("net-file-problem");
        dialog.getDialogPane().setMinWidth(520);
        Window w = window.get();
        if (w != null && w.isShowing()) {
            dialog.initOwner(w);
        }
        dialog.show();
    }

    private FileChooser chooser() {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("build.file.type"), "*.py"));
        c.setInitialFileName("net.py");
        return c;
    }
}
