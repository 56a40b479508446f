package org.trainlab.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The jar's entry point. With no arguments it starts the desktop app; with a command it runs headless
 * and loads no JavaFX class.
 *
 * <p>Errors are one line on stderr starting with {@code error:}: exit status 2 for a usage error (unknown
 * command, option or bad value), 1 for anything else (a malformed file, a failed run). {@code --debug} adds
 * the stack trace.
 */
@Command(name = "trainlab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "TrainLab: watch small neural networks learn. With no command, opens the desktop lab.",
        subcommands = {RunCommand.class, BenchCommand.class, InspectCommand.class, TrainCommand.class,
            ExportPytorchCommand.class, EvalCommand.class})
public final class Main implements Runnable {
    /** Exit status for a usage error (unknown command, option or bad value). */
    public static final int USAGE_ERROR = 2;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "print the stack trace of an error")
    boolean debug;

    public static void main(String[] args) {
        VectorRelaunch.ifNeeded(args);
        if (args.length == 0 || args[0].equals("--smoke")) {
            launchApp(args);
            return;
        }
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit status (tests call this). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("error: " + oneLine(e.getMessage()));
            err.flush();
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + oneLine(describe(e)));
            if (main.debug || Boolean.getBoolean("trainlab.debug")) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof IllegalArgumentException ? USAGE_ERROR : 1;
        });
        return cli;
    }

    /** What went wrong, naming the file where the exception knows it. */
    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : e.getClass().getSimpleName());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** One line: line breaks become spaces and other control characters are escaped. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder();
        String text = s == null ? "" : s.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Starts the JavaFX app by name, so command-line runs never load JavaFX. */
    private static void launchApp(String[] args) {
        try {
            Class.forName("org.trainlab.app.TrainLabApp").getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (ReflectiveOperationException e) {
            System.err.println("error: the desktop app could not start: " + e);
            System.exit(1);
        }
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
