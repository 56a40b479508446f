package org.trainlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trainlab.io.AtomicFile;
import org.trainlab.io.LoadedModel;
import org.trainlab.spec.PyTorchExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trainlab export-pytorch FILE -o model.py}: a PyTorch script that rebuilds a whole model. */
@Command(name = "export-pytorch", mixinStandardHelpOptions = true,
        description = {"Write a self-contained PyTorch script for a whole-model file: build_model() rebuilds the "
            + "network as torch.nn code and loads the saved weights; run as a script, it carries on training with "
            + "the saved settings on a CSV file named on its command line."})
final class ExportPytorchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "a whole-model file (safetensors)")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "SCRIPT.py", description = "the script to write")
    Path output;

    @Override
    public Integer call() throws IOException {
        InputFiles.checkWritable(output, "-o");
        LoadedModel model = InputFiles.model(file);
        Path scriptFolder = output.toAbsolutePath().normalize().getParent();
        Path weights = file.toAbsolutePath().normalize();
        String relative = scriptFolder.getRoot().equals(weights.getRoot())
                ? scriptFolder.relativize(weights).toString() : weights.toString();
        String script = model.spec() != null ? PyTorchExport.script(model.spec(), model.settings(), relative,
                file.getFileName().toString(), output.getFileName().toString())
                : PyTorchExport.script(model.networkFile(), model.settings(), relative, file.getFileName().toString(),
                        output.getFileName().toString());
        AtomicFile.write(output, out -> out.write(script.getBytes(StandardCharsets.UTF_8)));
        System.out.println("wrote " + output + ": PyTorch code for " + model.architecture() + " with the weights in " + file
                + (model.settings() == null ? " (no training settings saved)" : ""));
        return 0;
    }
}
