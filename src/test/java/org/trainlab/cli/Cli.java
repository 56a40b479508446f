package org.trainlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process (Main.execute) and captures what it prints. */
final class Cli {
    record Result(int exit, String out, String err) {
        /** The one {@code error:} line of a failed command, checked to be alone and without a stack trace. */
        String error() {
            assertFalse(err.isEmpty(), "nothing on stderr; stdout: " + out);
            String[] lines = err.split("\n", -1);
            assertEquals(2, lines.length, "exactly one line on stderr:\n" + err);
            assertTrue(lines[0].startsWith("error: "), err);
            assertFalse(err.contains("\tat "), "no stack trace");
            return lines[0];
        }
    }

    private Cli() {
    }

    static synchronized Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            exit = Main.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Result(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }
}
