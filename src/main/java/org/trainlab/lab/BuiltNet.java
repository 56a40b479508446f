package org.trainlab.lab;

import java.util.function.Function;
import org.trainlab.nn.Module;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.tensor.Generator;

/**
 * A network built elsewhere (the Build lesson's net1 or net2) that a lesson trains instead of its own: how it is
 * described, how it builds from a generator, and its PyTorch source (the definitions a program needs before it,
 * and the expression that builds it, and for a class the file it was read from). Immutable.
 */
public record BuiltNet(String description, Function<Generator, Module> factory, String definitions,
        String pytorchCall, NetworkFile file) {
    public static BuiltNet of(NetworkFile f) {
        return new BuiltNet(f.description(), f::build, f.definitions().strip(), BuildCode.net1Call(f), f);
    }

    public static BuiltNet of(NetworkSpec s) {
        return new BuiltNet(s.text(), s::build, "", s.pytorchCode("torch.nn.", ""), null);
    }

    /** The network file a class net was read from, kept in a saved model's metadata; null for a Sequential. */
    public NetworkFile source() {
        return file != null && file.spec() == null ? file : null;
    }

    /**
     * A lesson's program with its own {@code net = torch.nn.Sequential(...)} replaced by this net (its definitions,
     * then {@code net = ...}); the program unchanged for null.
     */
    public static String inProgram(String program, BuiltNet built) {
        if (built == null) {
            return program;
        }
        int from = program.indexOf("net = torch.nn.Sequential(\n");
        int to = from < 0 ? -1 : program.indexOf("\n)\n", from);
        if (to < 0) {
            throw new IllegalStateException("the lesson's program builds no net = torch.nn.Sequential(...)");
        }
        String net = (built.definitions().isEmpty() ? "" : "# the Build lesson's network\n" + built.definitions()
                + "\n\n") + "net = " + built.pytorchCall();
        return program.substring(0, from) + net + program.substring(to + 2);
    }

    public Module build(Generator g) {
        return factory.apply(g);
    }

    /** Why it does not take {@code inputs} features to {@code outputs} values per row, or null (see {@link NetFit}). */
    public String problem(int inputs, int outputs) {
        return NetFit.problem(build(new Generator(0)), inputs, outputs);
    }
}
