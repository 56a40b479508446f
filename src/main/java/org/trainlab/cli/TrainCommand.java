package org.trainlab.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trainlab.io.AtomicFile;
import org.trainlab.io.LoadedModel;
import org.trainlab.io.ModelFile;
import org.trainlab.io.TrainingData;
import org.trainlab.lab.RunState;
import org.trainlab.lab.TableExperiment;
import org.trainlab.nn.Module;
import org.trainlab.spec.ClassModule;
import org.trainlab.spec.LossKind;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.NetworkSpecException;
import org.trainlab.spec.OptimizerKind;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trainlab train}: trains a network given as a spec or a whole-model file on a CSV file and saves the
 * whole model with its training settings. The run is a lab {@link TableExperiment}.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a network on a CSV file (a header row; the first N columns are inputs, the rest "
            + "targets, or one column of class indices for cross-entropy) and save the whole model.",
            "A step is one batch and one optimizer step; options default to PyTorch's for the optimizer. With "
            + "--model, settings not given are the file's (the optimizer's state starts afresh)."})
final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--net", paramLabel = "SPEC", description = "the network in PyTorch's syntax, e.g. "
            + "\"Sequential(Linear(1, 10), ReLU(), Linear(10, 1))\", or a network file FILE.py with "
            + "class Net(nn.Module) (its net = Net(...), else its last class built without arguments)")
    String net;

    @Option(names = "--model", paramLabel = "FILE", description = "continue from a whole-model file")
    Path model;

    @Option(names = "--init", paramLabel = "STATE", description = "start from the weights in this state_dict file "
            + "(safetensors, the network's own keys such as hidden.weight; a whole-model file works too)")
    Path init;

    @Option(names = "--data", required = true, paramLabel = "DATA.csv", description = "the training data")
    Path data;

    @Option(names = "--inputs", paramLabel = "N", description = "how many leading columns are inputs")
    Integer inputs;

    @Option(names = "--loss", paramLabel = "NAME", description = "mse, l1, cross-entropy, bce or bce-logits")
    String loss;

    @Option(names = "--optimizer", paramLabel = "NAME", description = "sgd, adagrad, rmsprop, adam or adamw")
    String optimizer;

    @Option(names = "--lr", paramLabel = "X", description = "learning rate (required for sgd)")
    Double lr;

    @Option(names = "--momentum", paramLabel = "X", description = "sgd, rmsprop")
    Double momentum;

    @Option(names = "--dampening", paramLabel = "X", description = "sgd")
    Double dampening;

    @Option(names = "--nesterov", negatable = true, description = "sgd")
    Boolean nesterov;

    @Option(names = "--alpha", paramLabel = "X", description = "rmsprop")
    Double alpha;

    @Option(names = "--betas", paramLabel = "B1,B2", split = ",", description = "adam, adamw")
    List<Double> betas;

    @Option(names = "--eps", paramLabel = "X", description = "adagrad, rmsprop, adam, adamw")
    Double eps;

    @Option(names = "--weight-decay", paramLabel = "X", description = "every optimizer")
    Double weightDecay;

    @Option(names = "--centered", negatable = true, description = "rmsprop")
    Boolean centered;

    @Option(names = "--amsgrad", negatable = true, description = "adam, adamw")
    Boolean amsgrad;

    @Option(names = "--lr-decay", paramLabel = "X", description = "adagrad")
    Double lrDecay;

    @Option(names = "--initial-accumulator-value", paramLabel = "X", description = "adagrad")
    Double initialAccumulatorValue;

    @Option(names = "--steps", paramLabel = "N", description = "optimizer steps (one batch each)")
    Integer steps;

    @Option(names = "--batch-size", paramLabel = "B", description = "rows per batch (default: the whole data set)")
    Integer batchSize;

    @Option(names = "--shuffle", negatable = true, description = "reshuffle the rows every epoch")
    Boolean shuffle;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the initial weights, dropout and shuffling "
            + "(default: 0)")
    Long seed;

    @Option(names = "--log", paramLabel = "LOSS.jsonl", description = "write {\"step\": n, \"loss\": x} per step")
    Path log;

    @Option(names = "--out", required = true, paramLabel = "OUT.safetensors", description = "where to save the "
            + "trained whole model")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if ((net == null) == (model == null)) {
            throw usage("give the network with exactly one of --net SPEC and --model FILE");
        }
        InputFiles.checkWritable(out, "--out");
        if (log != null) {
            InputFiles.checkWritable(log, "--log");
        }
        LoadedModel loaded = model == null ? null : InputFiles.model(model);
        NetworkFile networkFile = loaded != null ? loaded.networkFile() : isFile(net) ? InputFiles.networkFile(
                Path.of(net)) : null;
        NetworkSpec networkSpec = loaded != null ? loaded.spec() : networkFile != null ? null : parseNet(net);
        String networkSpecText = networkSpec != null ? networkSpec.text() : networkFile.description();
        TrainingSettings settings = settings(loaded == null ? null : loaded.settings());
        TrainingData table = InputFiles.trainingData(data, settings.inputs(), settings.loss().classTargets());

        Generator generator = new Generator(settings.seed());
        Module network = networkSpec != null ? networkSpec.build(generator) : networkFile.build(generator);
        if (init != null) {
            ModelFile.loadStateDict(InputFiles.safeTensors(init), init.toString(), network);
        } else if (loaded != null) {
            network.loadStateDict(loaded.module().stateDict());
        }
        checkFits(network, settings, table);

        TableExperiment[] experiment = new TableExperiment[1];
        try {
            experiment[0] = new TableExperiment(network, settings, table, generator);
        } catch (IllegalArgumentException e) { // e.g. a network without parameters
            throw new CommandError(data + ": cannot train " + networkSpecText + ": " + e.getMessage(), e);
        }
        var outcome = Headless.run("train", () -> experiment[0], Progress.wanted(false));
        float[] losses = experiment[0].losses();
        if (log != null) {
            writeLog(log, losses);
        }
        if (outcome.last().state() != RunState.FINISHED) {
            throw new CommandError(data + ": training " + networkSpecText + " stopped: " + outcome.last().reason()
                    + "; " + out + " was not written");
        }
        network.eval();
        if (networkSpec != null) {
            ModelFile.save(out, network, networkSpec, settings);
        } else {
            ModelFile.save(out, network, networkFile, settings);
        }
        System.out.printf(Locale.ROOT, "trained %s on %s (%d rows) with %s, %s(%s): %d steps in %.2f s, loss %s -> %s%n",
                networkSpecText, data, table.rows(), settings.loss().torchName(), settings.optimizer().torchName(),
                settings.optionsText(), losses.length, outcome.seconds(), losses[0], losses[losses.length - 1]);
        System.out.println("wrote " + out + (log == null ? "" : " and " + log));
        return 0;
    }

    /** A --net that names a Python file rather than spelling a spec. */
    private static boolean isFile(String text) {
        return text.strip().toLowerCase(Locale.ROOT).endsWith(".py");
    }

    private NetworkSpec parseNet(String text) {
        try {
            return NetworkSpec.parse(text);
        } catch (NetworkSpecException e) {
            throw new CommandError("--net " + e.getMessage(), e);
        }
    }

    /** The options given on the command line, over the file's settings (with --model), over PyTorch's defaults. */
    private TrainingSettings settings(TrainingSettings saved) {
        String why = model == null ? "" : " (" + model + " has no training settings)";
        LossKind lossKind;
        if (loss != null) {
            lossKind = LossKind.named(loss);
            if (lossKind == null) {
                throw usage("unknown --loss '" + loss + "' (choose " + LossKind.cliNames() + ")");
            }
        } else if (saved != null) {
            lossKind = saved.loss();
        } else {
            throw usage("--loss is required" + why);
        }
        OptimizerKind kind;
        if (optimizer != null) {
            kind = OptimizerKind.named(optimizer);
            if (kind == null) {
                throw usage("unknown --optimizer '" + optimizer + "' (choose " + OptimizerKind.cliNames() + ")");
            }
        } else if (saved != null) {
            kind = saved.optimizer();
        } else {
            throw usage("--optimizer is required" + why);
        }
        Map<String, Object> options = new LinkedHashMap<>(saved != null && saved.optimizer() == kind
                ? saved.options() : kind.defaults());
        for (Map.Entry<String, Object> given : givenOptions().entrySet()) {
            String key = given.getKey();
            if (!kind.defaults().containsKey(key)) {
                throw usage(flag(key) + " does not apply to " + kind.cliName() + " (it takes " + String.join(", ",
                        kind.defaults().keySet().stream().map(TrainCommand::flag).toList()) + ")");
            }
            options.put(key, given.getValue());
        }
        if (options.get("lr") == null) {
            throw usage("--lr is required for " + kind.cliName() + " (PyTorch's " + kind.torchName()
                    + " has no default learning rate)");
        }
        Integer stepCount = steps != null ? steps : saved != null ? Integer.valueOf(saved.steps()) : null;
        Integer inputCount = inputs != null ? inputs : saved != null ? Integer.valueOf(saved.inputs()) : null;
        if (stepCount == null) {
            throw usage("--steps is required" + why);
        }
        if (inputCount == null) {
            throw usage("--inputs is required" + why);
        }
        Integer batch = batchSize != null ? batchSize : saved != null ? saved.batchSize() : null;
        boolean shuffled = shuffle != null ? shuffle : saved != null && saved.shuffle();
        long seedValue = seed != null ? seed : saved != null ? saved.seed() : 0;
        try {
            return new TrainingSettings(lossKind, kind, options, stepCount, batch, shuffled, seedValue, inputCount);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage().replace("steps must", "--steps must").replace("batch_size must",
                    "--batch-size must").replace("inputs must", "--inputs must"));
        }
    }

    /** The optimizer options given on the command line, by PyTorch's keys. */
    private Map<String, Object> givenOptions() {
        Map<String, Object> given = new LinkedHashMap<>();
        put(given, "lr", lr);
        put(given, "momentum", momentum);
        put(given, "dampening", dampening);
        put(given, "nesterov", nesterov);
        put(given, "alpha", alpha);
        if (betas != null) {
            if (betas.size() != 2) {
                throw usage("--betas takes two numbers, B1,B2 (got " + betas.size() + ")");
            }
            given.put("betas", List.copyOf(betas));
        }
        put(given, "eps", eps);
        put(given, "weight_decay", weightDecay);
        put(given, "centered", centered);
        put(given, "amsgrad", amsgrad);
        put(given, "lr_decay", lrDecay);
        put(given, "initial_accumulator_value", initialAccumulatorValue);
        return given;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String flag(String key) {
        return "--" + key.replace('_', '-');
    }

    /** Runs the network once (eval mode, no graph) to check it takes the inputs and matches the targets. */
    @SuppressWarnings("try")
    private void checkFits(Module network, TrainingSettings settings, TrainingData table) {
        int rows = Math.min(table.rows(), 16);
        Tensor x = table.x().slice(0, 0, rows, 1);
        String columns = table.inputColumns().size() + " input column" + (table.inputColumns().size() == 1 ? "" : "s");
        Tensor output;
        network.eval();
        try (NoGrad ignored = NoGrad.enter()) {
            output = network.forward(x);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandError(data + ": the network " + net(network) + " cannot take " + columns + ": "
                    + e.getMessage(), e);
        } finally {
            network.train();
        }
        int[] shape = output.shape();
        if (settings.loss().classTargets()) {
            float[] labels = table.y().data();
            float largest = 0;
            int at = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] > largest) {
                    largest = labels[i];
                    at = i;
                }
            }
            if (shape.length != 2 || shape[0] != rows) {
                throw new CommandError(data + ": cross-entropy needs class scores [rows, classes] but the network's "
                        + "output for " + rows + " rows has shape " + Arrays.toString(shape));
            }
            if (largest >= shape[1]) {
                throw new CommandError(data + " line " + (at + 2) + ", column " + (table.inputColumns().size() + 1)
                        + ": class " + (long) largest + " is out of range for the network's " + shape[1]
                        + " class scores (classes are 0 to " + (shape[1] - 1) + ")");
            }
        } else {
            int targets = table.targetColumns().size();
            if (!Arrays.equals(shape, new int[] {rows, targets})) {
                throw new CommandError(data + ": the network's output for " + rows + " rows has shape "
                        + Arrays.toString(shape) + " but the data has " + targets + " target column"
                        + (targets == 1 ? "" : "s") + " (" + String.join(", ", table.targetColumns())
                        + "), so it should be [" + rows + ", " + targets + "]");
            }
        }
    }

    private static String net(Module network) {
        if (network instanceof ClassModule c) {
            return c.call();
        }
        try {
            return NetworkSpec.of(network).text();
        } catch (IllegalArgumentException e) {
            return network.name();
        }
    }

    private static void writeLog(Path path, float[] losses) throws IOException {
        ObjectMapper json = new ObjectMapper();
        AtomicFile.write(path, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            try (JsonGenerator g = json.getFactory().createGenerator(writer)) {
                g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                g.setPrettyPrinter(new JsonLines());
                for (int i = 0; i < losses.length; i++) {
                    g.writeStartObject();
                    g.writeNumberField("step", i + 1);
                    g.writeNumberField("loss", losses[i]);
                    g.writeEndObject();
                }
                g.writeRaw('\n');
            }
            writer.flush();
        });
    }

    /** One object per line, spaced as Python's json.dumps writes it: {"step": 1, "loss": 0.5}. */
    private static final class JsonLines extends MinimalPrettyPrinter {
        JsonLines() {
            super("\n");
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
