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
     * script, as written, and {@code make_network()} builds the class as the file did.
     */
    public static String script(NetworkFile network, TrainingSettings settings, String weights, String source,
            String scriptName) {
        if (network.spec() != null) {
            return script(network.spec(), settings, weights, source, scriptName);
        }
        String classes = "\n\n# ---- the network file " + docText(source) + " was built from, as written\n"
                + network.source().replace("\r\n", "\n").stripTrailing() + "\n# ---- end of the network file\n";
        return script(network.description(), classes, network.description(), settings, weights, source, scriptName);
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
