package org.trainlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs the programs TrainLab writes under Debian's Python with PyTorch, for the tests that check them;
 * those tests are skipped where the modules cannot be imported (the suite itself never needs Python).
 */
public final class PythonPrograms {
    public static final String PYTHON = "/usr/bin/python3";

    private PythonPrograms() {
    }

    /** Skips the calling tests unless {@value #PYTHON} can import these modules ("torch, matplotlib"). */
    public static void assumeImports(String modules) {
        boolean ok;
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import " + modules).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            ok = p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        assumeTrue(ok, "skipped: " + PYTHON + " cannot import " + modules);
    }

    /**
     * Writes the program into {@code dir} as {@code name}, runs it there headless (matplotlib's Agg backend),
     * requires it to end with status 0 within five minutes, and returns what it printed.
     */
    public static String run(Path dir, String name, String program) throws IOException, InterruptedException {
        Path file = dir.resolve(name);
        Path errors = dir.resolve(name + ".stderr");
        Files.writeString(file, program);
        ProcessBuilder pb = new ProcessBuilder(PYTHON, file.toString()).directory(dir.toFile())
                .redirectError(errors.toFile());
        pb.environment().put("MPLBACKEND", "Agg");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "python timed out");
        assertEquals(0, p.exitValue(), program + "\n" + Files.readString(errors));
        return out;
    }
}
