package org.trainlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trainlab.console.Console;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trainlab eval FILE.py} or {@code trainlab eval -c CODE}: runs PyTorch code in the console's interpreter. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run Python code that uses torch and numpy, printing exactly what Python with PyTorch would "
            + "print. On an error: the output so far, then the last line of Python's traceback on stderr, exit "
            + "status 1. Code outside the console's subset is refused with what and where. Never touches files "
            + "(other than reading FILE), the network or the machine."})
final class EvalCommand implements Callable<Integer> {
    /** Far larger than any script a learner types. */
    static final long MAX_FILE_BYTES = 1_000_000;

    static final class Source {
        @Parameters(index = "0", paramLabel = "FILE", description = "a Python file")
        Path file;

        @Option(names = "-c", paramLabel = "CODE", description = "the code itself, as python3 -c takes it")
        String code;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "stop the code after this many seconds "
            + "(default: no limit)")
    double timeout;

    @Override
    public Integer call() throws IOException, InterruptedException {
        String code = source.code != null ? source.code : read(source.file);
        Console.Result[] result = new Console.Result[1];
        Thread worker = new Thread(() -> result[0] = Console.run(code), "eval");
        worker.setDaemon(true);
        worker.start();
        if (timeout > 0) {
            worker.join((long) Math.ceil(timeout * 1000));
            if (worker.isAlive()) {
                worker.interrupt();
            }
        }
        worker.join();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(result[0].output());
        out.flush();
        if (result[0].error() != null) {
            String line = result[0].interrupted() ? "KeyboardInterrupt: stopped after the time limit of " + timeout
                    + " s" : result[0].error();
            System.err.println(line);
            return 1;
        }
        return 0;
    }

    private static String read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new CommandError(file + ": is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new CommandError(file + ": no such file");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new CommandError(file + ": " + Files.size(file) + " bytes is far larger than a script for the "
                    + "console (at most " + MAX_FILE_BYTES + ")");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
