package org.trainlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trainlab run <experiment>}: one of the tutorial's experiments, headless. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one of the tutorial's experiments headless and print a summary (or JSON).",
        subcommands = {RunRegression.class, RunClassification.class, RunBatches.class, RunOptimizers.class,
            RunGan.class, RunCgan.class, RunDynamic.class, RunPaths.class})
final class RunCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing experiment: choose regression, classification, batches, optimizers, gan, cgan, dynamic or paths");
    }
}
