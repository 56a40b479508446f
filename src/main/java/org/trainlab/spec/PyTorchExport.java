package org.trainlab.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A self-contained PyTorch script for a whole model: {@code make_network()} rebuilds the network as
 * {@code torch.nn} code generated from its spec, {@code build_model()} loads the saved weights into it (with
 * the safetensors package when installed, else with a small numpy reader in the script), and run as a script
 * it carries on training with the saved settings on a CSV file named on its command line.
 */
public final class PyTorchExport {
    private static final String TEMPLATE = "pytorch_export.py";

    private PyTorchExport() {
    }

    /**
     * The script's text.
     *
     * @param spec the network, as a whole-model file carries it
     * @param settings the training settings the file carries, or null when it has none
     * @param weights where the script finds the model file: relative to the script's folder, or absolute
     * @param source the model file's name, for the script's documentation and messages
     * @param scriptName the script's file name ({@code model.py}), for its usage text
     */
    public static String script(NetworkSpec spec, TrainingSettings settings, String weights, String source, String scriptName) {
        return script(spec.text(), "", spec.pytorchCode("torch.nn.", "    "), settings, weights, source, scriptName);
    }

    /**
     * The script for a model saved from a network file: the file's source (its classes) comes first in the
     * script, as written but for the lines that build or print networks (commented out), and
     * {@code make_network()} builds the class as the file did.
     */
    public static String script(NetworkFile network, TrainingSettings settings, String weights, String source,
            String scriptName) {
        if (network.spec() != null) {
            return script(network.spec(), settings, weights, source, scriptName);
        }
        String classes = "\n\n# ---- the network file of " + docText(source) + ", as written (lines that build or print a "
                + "network commented out)\n"
                + network.definitions().stripTrailing() + "\n# ---- end of the network file\n";
        return script(network.description(), classes, network.description(), settings, weights, source, scriptName);
    }

    /**
     * The script for a file holding several nets (a lesson's G and D, a race's nets): {@code make_nets()}
     * rebuilds each as torch.nn code, {@code build_nets()} loads each one's saved weights (its keys start with
     * its name and a dot), {@code make_optimizers(nets)} gives each the optimizer the file records for it. Run,
     * it loads them and prints each net with its optimizer; the lesson's program follows as comments.
     *
     * @param specs the nets by name, in the file's order
     * @param settings each net's training settings (a value may be null)
     * @param lesson the lesson that saved them
     * @param program the lesson's PyTorch program (it trains from the start), shown as comments
     */
    public static String script(java.util.LinkedHashMap<String, NetworkSpec> specs,
            java.util.Map<String, TrainingSettings> settings, String lesson, String program, String weights,
            String scriptName) {
        StringBuilder nets = new StringBuilder();
        StringBuilder optimizers = new StringBuilder();
        specs.forEach((name, spec) -> {
            nets.append("    nets[").append(pythonString(name)).append("] = ")
                    .append(spec.pytorchCode("torch.nn.", "    ")).append('\n');
            TrainingSettings t = settings.get(name);
            if (t != null) {
                optimizers.append("    optimizers[").append(pythonString(name)).append("] = ")
                        .append(t.optimizerCode("nets[" + pythonString(name) + "].parameters()")).append('\n');
            }
        });
        StringBuilder commented = new StringBuilder();
        for (String line : program.split("\n", -1)) {
            commented.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        return "#!/usr/bin/env python3\n"
                + "\"\"\"The nets of " + docText(weights) + ", saved by TrainLab's " + docText(lesson) + " lesson: "
                + docText(String.join(", ", specs.keySet())) + ".\n\n"
                + "build_nets() rebuilds every net as torch.nn code and loads its saved weights (each net's keys start\n"
                + "with its name and a dot); make_optimizers(nets) gives each the optimizer it was trained with. Run as\n"
                + "a script (" + docText(scriptName) + "), it loads them and prints each net and its optimizer. To go on\n"
                + "training, use the nets in the lesson's program (at the end, as comments) in place of the ones it builds.\n"
                + "\"\"\"\n"
                + "import json\nimport os\nimport struct\n\nimport torch\n\n"
                + "WEIGHTS = " + pythonString(weights) + "\n\n\n"
                + "def make_nets():\n    nets = {}\n" + nets + "    return nets\n\n\n"
                + "def read_safetensors(path):\n"
                + "    \"\"\"The tensors of a safetensors file (with the safetensors package when installed).\"\"\"\n"
                + "    try:\n"
                + "        from safetensors.torch import load_file\n"
                + "    except ImportError:\n"
                + "        load_file = None\n"
                + "    if load_file is not None:\n"
                + "        return load_file(path)\n"
                + "    with open(path, 'rb') as f:\n"
                + "        data = f.read()\n"
                + "    (n,) = struct.unpack('<Q', data[:8])\n"
                + "    header = json.loads(data[8:8 + n].decode('utf-8'))\n"
                + "    header.pop('__metadata__', None)\n"
                + "    dtypes = {'F32': torch.float32, 'I64': torch.int64}\n"
                + "    tensors = {}\n"
                + "    for name, info in header.items():\n"
                + "        begin, end = info['data_offsets']\n"
                + "        raw = bytearray(data[8 + n + begin:8 + n + end])\n"
                + "        tensors[name] = torch.frombuffer(raw, dtype=dtypes[info['dtype']]).reshape(info['shape'])\n"
                + "    return tensors\n\n\n"
                + "def build_nets(path=None):\n"
                + "    path = path or os.path.join(os.path.dirname(os.path.abspath(__file__)), WEIGHTS)\n"
                + "    state = read_safetensors(path)\n"
                + "    nets = make_nets()\n"
                + "    for name, net in nets.items():\n"
                + "        prefix = name + '.'\n"
                + "        net.load_state_dict({k[len(prefix):]: v for k, v in state.items() if k.startswith(prefix)})\n"
                + "    return nets\n\n\n"
                + "def make_optimizers(nets):\n    optimizers = {}\n" + optimizers + "    return optimizers\n\n\n"
                + "if __name__ == '__main__':\n"
                + "    nets = build_nets()\n"
                + "    optimizers = make_optimizers(nets)\n"
                + "    for name, net in nets.items():\n"
                + "        print(name, '=', net)\n"
                + "        print(optimizers.get(name))\n"
                + "\n\n# ---- the " + docText(lesson).replace("\n", " ") + " lesson's program, as its code pane shows it\n"
                + commented;
    }

    private static String script(String specText, String classes, String networkCode, TrainingSettings settings,
            String weights, String source, String scriptName) {
        TrainingSettings s = settings;
        String training = s == null
                ? "    raise SystemExit(" + pythonString("error: " + source + " was saved without training settings")
                        + ")"
                : "    loss_fn = torch.nn." + s.loss().torchName() + "()\n"
                        + "    optimizer = " + s.optimizerCode("model.parameters()") + "\n"
                        + "    return loss_fn, optimizer";
        String summary = s == null ? "none were saved" : s.loss().torchName() + ", " + s.optimizer().torchName() + "("
                + s.optionsText() + "), " + s.steps() + " steps of " + (s.batchSize() == null ? "the whole data set"
                : "batches of " + s.batchSize() + (s.shuffle() ? ", shuffled" : "")) + ", seed " + s.seed();
        String module = scriptName.endsWith(".py") ? scriptName.substring(0, scriptName.length() - 3) : scriptName;
        return template()
                .replace("{{SOURCE}}", docText(source))
                .replace("{{MODULE}}", docText(module))
                .replace("{{SCRIPT}}", docText(scriptName))
                .replace("{{SUMMARY}}", docText(summary))
                .replace("{{INPUTS}}", s == null ? "columns are the inputs and"
                        : s.inputs() == 1 ? "column is the input and" : s.inputs() + " columns are the inputs and")
                .replace("{{CLASSES}}", classes)
                .replace("{{SPEC}}", docText(specText))
                .replace("{{WEIGHTS}}", pythonString(weights))
                .replace("{{SETTINGS}}", s == null ? "None" : "json.loads(" + pythonString(s.toJson()) + ")")
                .replace("{{NETWORK}}", networkCode)
                .replace("{{TRAINING}}", training);
    }

    private static String template() {
        try (InputStream in = PyTorchExport.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the PyTorch script template " + TEMPLATE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Python string literal for any text: quotes, backslashes and control characters escaped. */
    static String pythonString(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                default -> {
                    boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))
                            || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                    if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !paired || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('\'').toString();
    }

    /** Text safe inside the script's docstring and its argparse strings. */
    private static String docText(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029\"\\\\%{}]", "?");
    }
}
