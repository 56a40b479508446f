package org.trainlab.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.NetworkSpecException;
import org.trainlab.io.CsvFormatException;
import org.trainlab.io.LoadedModel;
import org.trainlab.io.ModelFile;
import org.trainlab.io.ModelFormatException;
import org.trainlab.io.SafeTensors;
import org.trainlab.io.SafeTensorsFile;
import org.trainlab.io.TrainingData;

/** The commands' file reading and writing checks, so every failure names its file. */
final class InputFiles {
    private InputFiles() {
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read() throws IOException;
    }

    static SafeTensorsFile safeTensors(Path path) throws IOException {
        return reading(path, () -> SafeTensors.read(path));
    }

    static LoadedModel model(Path path) throws IOException {
        return reading(path, () -> ModelFile.load(path));
    }

    /** Reads a network file (class Net(nn.Module) in Python); its errors name the file, line and column. */
    static NetworkFile networkFile(Path path) throws IOException {
        String source = reading(path, () -> {
            if (Files.size(path) > NetworkSpec.MAX_LENGTH * 4L) {
                throw new CommandError(path + ": " + Files.size(path) + " bytes is far larger than any network file");
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        });
        try {
            return NetworkFile.parse(source);
        } catch (NetworkSpecException e) {
            throw new CommandError(path + (e.line() > 0 ? " line " + e.line() + ", column " + e.column() : "") + ": "
                    + e.reason(), e);
        }
    }

    static TrainingData trainingData(Path path, int inputs, boolean classTargets) throws IOException {
        return reading(path, () -> TrainingData.read(path, inputs, classTargets));
    }

    /** Runs a read; a bare I/O error ("Is a directory") gets the file's name in front. */
    private static <T> T reading(Path path, Reading<T> read) throws IOException {
        if (Files.isDirectory(path)) {
            throw new CommandError(path + ": is a directory, not a file");
        }
        try {
            return read.read();
        } catch (ModelFormatException | CsvFormatException | FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(path + ": " + e.getMessage(), e);
        }
    }

    /** Fails before any work is done when {@code path} cannot be written (no such folder, a folder). */
    static void checkWritable(Path path, String option) {
        Path absolute = path.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new CommandError(option + " " + path + ": is a directory, not a file");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandError(option + " " + path + ": the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new CommandError(option + " " + path + ": the folder " + folder + " is not writable");
        }
    }
}
