package org.trainlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trainlab eval}: a file or -c code, PyTorch's output on stdout, Python's last error line on stderr. */
class EvalCommandTest {
    @Test
    void theTutorials201PrintsWhatPyTorchPrintsAndExitsOneOnItsDotError() throws IOException {
        Path script = Path.of("src/test/resources/console/tutorial_201.py");
        String expected = Files.readString(Path.of("src/test/resources/console/tutorial_201.out"),
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("eval", script.toString());
        assertEquals(1, r.exit());
        assertEquals(expected, r.out() + r.err());
        assertEquals("RuntimeError: 1D tensors expected, but got 2D and 2D tensors\n", r.err());
    }

    @Test
    void codeOnTheCommandLineExitsZero() {
        Cli.Result r = Cli.run("eval", "-c", "import torch\nprint(torch.ones(2, 3).sum(0))");
        assertEquals(0, r.exit(), r.err());
        assertEquals("tensor([2., 2., 2.])\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void aTimeoutStopsAnEndlessLoop() {
        Cli.Result r = Cli.run("eval", "--timeout", "0.3", "-c", "while True:\n    pass");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("KeyboardInterrupt: stopped after the time limit"), r.err());
    }

    @Test
    void aMissingFileIsOneErrorLine(@TempDir Path dir) {
        Cli.Result r = Cli.run("eval", dir.resolve("nope.py").toString());
        assertEquals(1, r.exit());
        assertEquals("error: " + dir.resolve("nope.py") + ": no such file", r.error());
        assertEquals(2, Cli.run("eval").exit());
    }
}
