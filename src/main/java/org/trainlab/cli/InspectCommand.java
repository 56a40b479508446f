package org.trainlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.trainlab.io.LoadedModel;
import org.trainlab.io.ModelFile;
import org.trainlab.io.SafeTensorsFile;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Tensor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code trainlab inspect FILE}: what a model file holds. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Show what a safetensors model file holds: for a whole model its architecture (spec and "
            + "PyTorch's printed form) and training settings; for every file its tensors (name, dtype, shape, count, "
            + "mean, std), the totals and the metadata."})
final class InspectCommand implements Callable<Integer> {
    private static final int MAX_VALUE_CHARS = 2000;

    @Parameters(index = "0", paramLabel = "FILE", description = "a safetensors file")
    Path file;

    @Override
    public Integer call() throws IOException {
        SafeTensorsFile contents = InputFiles.safeTensors(file);
        PrintStream out = System.out;
        Set<String> parameters = Set.of();
        if (ModelFile.isWholeModel(contents)) {
            LoadedModel model = ModelFile.load(contents, file.toString());
            parameters = model.module().namedParameters().keySet();
            out.println(file + ": a whole TrainLab model (" + ModelFile.FORMAT_KEY + " "
                    + model.metadata().get(ModelFile.FORMAT_KEY) + ")");
            out.println();
            out.println("architecture: " + model.architecture());
            out.println(model.module());
            out.println();
            TrainingSettings s = model.settings();
            out.println("training: " + (s == null ? "no settings saved" : describe(s)));
        } else {
            out.println(file + ": parameters only (a state_dict of " + contents.tensors().size() + " tensor"
                    + (contents.tensors().size() == 1 ? "" : "s") + ", no architecture)");
        }
        out.println();
        table(contents, parameters, out);
        out.println();
        if (contents.metadata().isEmpty()) {
            out.println("metadata: none");
        } else {
            out.println("metadata:");
            for (Map.Entry<String, String> m : contents.metadata().entrySet()) {
                out.println("  " + printable(m.getKey()) + ": " + printable(clip(m.getValue())).replace("\n", "\n    "));
            }
        }
        return 0;
    }

    private static String describe(TrainingSettings s) {
        return s.loss().torchName() + ", " + s.optimizer().torchName() + "(" + s.optionsText() + "), " + s.steps()
                + " steps, batch size " + (s.batchSize() == null ? "all rows" : s.batchSize()) + ", shuffle "
                + (s.shuffle() ? "True" : "False") + ", seed " + s.seed() + ", " + s.inputs() + " input column"
                + (s.inputs() == 1 ? "" : "s");
    }

    /** One row per tensor, then the totals (parameters apart from buffers when the architecture says which). */
    private static void table(SafeTensorsFile contents, Set<String> parameters, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"tensor", "dtype", "shape", "count", "mean", "std"});
        long total = 0;
        long parameterCount = 0;
        for (Map.Entry<String, Tensor> e : contents.tensors().entrySet()) {
            Tensor t = e.getValue();
            double[] stats = meanStd(t.data());
            rows.add(new String[] {printable(e.getKey()), t.dtype() == DType.INT64 ? "int64" : "float32",
                Arrays.toString(t.shape()), Integer.toString(t.numel()), number(stats[0]), number(stats[1])});
            total += t.numel();
            parameterCount += parameters.contains(e.getKey()) ? t.numel() : 0;
        }
        int[] widths = new int[6];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                String cell = c >= 3 ? " ".repeat(widths[c] - row[c].length()) + row[c]
                        : row[c] + " ".repeat(widths[c] - row[c].length());
                line.append(cell).append(c == row.length - 1 ? "" : "  ");
            }
            out.println(line.toString().stripTrailing());
        }
        int tensors = contents.tensors().size();
        if (parameters.isEmpty()) {
            out.printf(Locale.ROOT, "total: %,d values in %d tensor%s%n", total, tensors, tensors == 1 ? "" : "s");
        } else {
            out.printf(Locale.ROOT, "total: %,d parameters%s in %d tensors%n", parameterCount,
                    total == parameterCount ? "" : String.format(Locale.ROOT, " and %,d buffer values",
                            total - parameterCount), tensors);
        }
    }

    /** The mean and the unbiased standard deviation, as torch.mean and torch.std give them (NaN when undefined). */
    private static double[] meanStd(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (float v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new double[] {mean, values.length < 2 ? Double.NaN : Math.sqrt(squares / (values.length - 1))};
    }

    /** Four significant digits without trailing zeros, as Python's {@code format(v, '.4g')}. */
    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + (e < 0 ? "" : s.substring(e));
    }

    private static String clip(String s) {
        return s.length() <= MAX_VALUE_CHARS ? s
                : s.substring(0, MAX_VALUE_CHARS) + "... (" + (s.length() - MAX_VALUE_CHARS) + " more characters)";
    }

    /** Text from a file, safe for a terminal: control characters other than line breaks escaped. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' || c == 0x7F || c >= 0x80 && c < 0xA0 || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
