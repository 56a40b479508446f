package org.trainlab.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every script of the console's corpus (src/test/resources/console/*.py) prints, byte for byte, what Python
 * 3 with PyTorch 1.13 and numpy 1.24 printed (the .out files, written by tools/make_console_fixtures.py; an
 * error's last traceback line follows the output). Scripts named known_difference_* document where the
 * engine's float32 results differ in the last bit from PyTorch's: they must still differ, so a fix is noticed.
 */
class ConsoleCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/console");

    @TestFactory
    Stream<DynamicTest> everyScriptPrintsWhatPyTorchPrints() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(CORPUS)) {
            scripts = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(scripts.size() >= 30, "the corpus has only " + scripts.size() + " scripts");
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            String source = Files.readString(script, StandardCharsets.UTF_8);
            Path out = Path.of(script.toString().replaceAll("\\.py$", ".out"));
            String expected = Files.readString(out, StandardCharsets.UTF_8);
            String actual = Console.run(source).transcript();
            if (script.getFileName().toString().startsWith("known_difference_")) {
                assertNotEquals(expected, actual, script + " now prints what PyTorch prints: rename it");
            } else {
                assertEquals(expected, actual, script.toString());
            }
        }));
    }
}
