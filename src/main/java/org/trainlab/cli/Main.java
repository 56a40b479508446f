package org.trainlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The jar's entry point. With no arguments it starts the desktop app; with a command it runs headless
 * and loads no JavaFX class.
 */
@Command(name = "trainlab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "TrainLab: watch small neural networks learn. With no command, opens the desktop lab.",
        subcommands = {RunCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    /** Exit status for a usage error (unknown command, option or bad value). */
    public static final int USAGE_ERROR = 2;

    public static void main(String[] args) {
        if (args.length == 0) {
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
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("error: " + e.getMessage().replace('\n', ' ').trim());
            err.flush();
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage().replace('\n', ' ')));
            if (Boolean.getBoolean("trainlab.debug")) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof IllegalArgumentException ? USAGE_ERROR : 1;
        });
        return cli;
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
