package org.trainlab.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trainlab.nn.IncompatibleKeys;
import org.trainlab.nn.Module;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.NetworkSpecException;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * Model files a PyTorch user can open and that never run code when opened: safetensors.
 *
 * <p><b>Parameters only</b> ({@link #saveStateDict}): the module's state_dict with PyTorch's keys and shapes,
 * F32 (I64 for {@code num_batches_tracked}), so {@code model.load_state_dict(safetensors.torch.load_file(path))}
 * works on the same PyTorch network.
 *
 * <p><b>Whole model</b> ({@link #save}): the same file, plus the architecture and optionally the training
 * settings in the safetensors {@code __metadata__} (a map of strings), so restoring it needs no code:
 * <ul>
 * <li>{@code format}: {@code pt} (the safetensors convention for PyTorch tensors; also in parameters-only files)
 * <li>{@code trainlab.format}: {@code 1}, the version of these keys
 * <li>{@code trainlab.architecture}: the network in PyTorch's syntax ({@link NetworkSpec}), e.g.
 *     {@code Sequential(Linear(1, 10), ReLU(), Linear(10, 1))}
 * <li>{@code trainlab.repr}: PyTorch's printed form of the network, for people reading the file
 * <li>{@code trainlab.training}: optional, the {@link TrainingSettings} as JSON
 * </ul>
 * A file may hold <b>several nets</b> ({@link #save(Path, List, Map)}, a lesson's GAN or optimizer race):
 * {@code trainlab.nets} lists their names, each net's tensors are keyed by its name and a dot ({@code G.0.weight},
 * as a PyTorch module holding them as attributes would key them) and its entries above end in its name
 * ({@code trainlab.architecture.G}). A lesson of the app also records {@code trainlab.lesson} (its id) and
 * {@code trainlab.settings} (its settings as JSON).
 * A file is a whole model when it has {@code trainlab.architecture} or {@code trainlab.nets}. Writes are atomic; reading checks the
 * file (its layout, its metadata, then that the tensors fit the architecture) before building anything, and
 * every problem is a {@link ModelFormatException} naming the file, the place and the reason.
 */
public final class ModelFile {
    public static final String FORMAT_KEY = "trainlab.format";
    public static final String FORMAT_VERSION = "1";
    public static final String ARCHITECTURE_KEY = "trainlab.architecture";
    public static final String REPR_KEY = "trainlab.repr";
    public static final String TRAINING_KEY = "trainlab.training";
    /** The Python source of a network file (class Net(nn.Module)); the architecture is then how Net is built. */
    public static final String SOURCE_KEY = "trainlab.source";
    /** The names of the nets a file holds when it holds several ({@code G,D}); each one's keys end in its name. */
    public static final String NETS_KEY = "trainlab.nets";
    /** The id of the app's lesson that saved the file (optional). */
    public static final String LESSON_KEY = "trainlab.lesson";
    /** That lesson's settings, as JSON (optional). */
    public static final String LESSON_SETTINGS_KEY = "trainlab.settings";
    private static final int MAX_NETS = 64;
    private static final String METADATA = "__metadata__";
    /** How many more values than the file holds an architecture may claim before it is refused unbuilt. */
    private static final long STATE_SLACK = 1 << 20;

    private ModelFile() {
    }

    // ---------------------------------------------------------------- whole models

    /** Saves a module built from the engine's layers, with its spec derived from it; settings may be null. */
    public static void save(Path path, Module module, TrainingSettings settings) throws IOException {
        save(path, module, NetworkSpec.of(module), settings);
    }

    /**
     * Saves the module's state_dict with the architecture {@code spec} and, when not null, the training
     * settings. The spec must describe exactly the module's state_dict keys and shapes.
     */
    public static void save(Path path, Module module, NetworkSpec spec, TrainingSettings settings) throws IOException {
        SafeTensors.write(path, module.stateDict(), wholeModelMetadata(module, spec, settings));
    }

    /** The bytes {@link #save(Path, Module, TrainingSettings)} would write (a file held in memory). */
    public static byte[] toBytes(Module module, TrainingSettings settings) {
        return SafeTensors.toBytes(module.stateDict(), wholeModelMetadata(module, NetworkSpec.of(module), settings));
    }

    /** The bytes {@link #saveStateDict} would write. */
    public static byte[] stateDictBytes(Module module) {
        return SafeTensors.toBytes(module.stateDict(), Map.of("format", "pt"));
    }

    private static Map<String, String> wholeModelMetadata(Module module, NetworkSpec spec, TrainingSettings settings) {
        LinkedHashMap<String, Tensor> state = module.stateDict();
        LinkedHashMap<String, int[]> expected = spec.stateShapes();
        boolean same = expected.size() == state.size();
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            same &= expected.containsKey(e.getKey()) && Arrays.equals(expected.get(e.getKey()), e.getValue().shape());
        }
        if (!same) {
            throw new IllegalArgumentException("ModelFile.save: the spec " + spec + " does not describe the module's "
                    + "state_dict (keys " + state.keySet() + ")");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "pt");
        metadata.put(FORMAT_KEY, FORMAT_VERSION);
        metadata.put(ARCHITECTURE_KEY, spec.text());
        metadata.put(REPR_KEY, module.toString());
        if (settings != null) {
            metadata.put(TRAINING_KEY, settings.toJson());
        }
        return metadata;
    }

    /**
     * Saves the nets a lesson trains in one file, with {@code extra} metadata (the lesson and its settings). One
     * unnamed net is saved as {@link #save(Path, Module, TrainingSettings)} saves it; named nets each keep their
     * tensors under their name ({@code G.0.weight}), and the metadata lists them ({@code trainlab.nets: G,D})
     * with each one's architecture, printed form and training settings under keys ending in its name
     * ({@code trainlab.architecture.G}). PyTorch's {@code safetensors.torch.load_file} reads either.
     */
    public static void save(Path path, List<NamedModule> nets, Map<String, String> extra) throws IOException {
        SafeTensors.write(path, state(nets), metadata(nets, extra));
    }

    /** The bytes {@link #save(Path, List, Map)} would write. */
    public static byte[] toBytes(List<NamedModule> nets, Map<String, String> extra) {
        return SafeTensors.toBytes(state(nets), metadata(nets, extra));
    }

    private static LinkedHashMap<String, Tensor> state(List<NamedModule> nets) {
        if (nets.size() == 1 && nets.get(0).name().isEmpty()) {
            return nets.get(0).module().stateDict();
        }
        LinkedHashMap<String, Tensor> all = new LinkedHashMap<>();
        for (NamedModule n : nets) {
            n.module().stateDict().forEach((k, v) -> all.put(n.name() + "." + k, v));
        }
        return all;
    }

    private static Map<String, String> metadata(List<NamedModule> nets, Map<String, String> extra) {
        if (nets.isEmpty() || nets.size() > MAX_NETS) {
            throw new IllegalArgumentException("ModelFile.save: 1 to " + MAX_NETS + " nets, got " + nets.size());
        }
        Map<String, String> metadata;
        if (nets.size() == 1 && nets.get(0).name().isEmpty()) {
            NamedModule n = nets.get(0);
            metadata = n.source() != null ? classModelMetadata(n.module(), n.source(), n.training())
                    : wholeModelMetadata(n.module(), NetworkSpec.of(n.module()), n.training());
        } else {
            metadata = new LinkedHashMap<>();
            metadata.put("format", "pt");
            metadata.put(FORMAT_KEY, FORMAT_VERSION);
            List<String> names = new ArrayList<>();
            for (NamedModule n : nets) {
                if (n.name().isEmpty() || names.contains(n.name())) {
                    throw new IllegalArgumentException("ModelFile.save: several nets need distinct names, got "
                            + nets.stream().map(NamedModule::name).toList());
                }
                names.add(n.name());
            }
            metadata.put(NETS_KEY, String.join(",", names));
            for (NamedModule n : nets) {
                Map<String, String> one = n.source() != null ? classModelMetadata(n.module(), n.source(), n.training())
                        : wholeModelMetadata(n.module(), NetworkSpec.of(n.module()), n.training());
                for (String key : List.of(ARCHITECTURE_KEY, SOURCE_KEY, REPR_KEY, TRAINING_KEY)) {
                    if (one.containsKey(key)) {
                        metadata.put(key + "." + n.name(), one.get(key));
                    }
                }
            }
        }
        for (Map.Entry<String, String> e : extra.entrySet()) {
            if (metadata.containsKey(e.getKey())) {
                throw new IllegalArgumentException("ModelFile.save: '" + e.getKey() + "' is written by ModelFile itself");
            }
            metadata.put(e.getKey(), e.getValue());
        }
        return metadata;
    }

    /**
     * Saves a module built from a network file: its state_dict, the file's source (so the model loads back
     * without the .py file) and, when not null, the training settings. A file whose net is a Sequential or one
     * layer is saved with its spec, as any spec network.
     */
    public static void save(Path path, Module module, NetworkFile network, TrainingSettings settings)
            throws IOException {
        if (network.spec() != null) {
            save(path, module, network.spec(), settings);
            return;
        }
        SafeTensors.write(path, module.stateDict(), classModelMetadata(module, network, settings));
    }

    /** A class net's metadata: its description, the file's source, its printed form and its training settings. */
    private static Map<String, String> classModelMetadata(Module module, NetworkFile network,
            TrainingSettings settings) {
        LinkedHashMap<String, Tensor> state = module.stateDict();
        LinkedHashMap<String, int[]> expected = network.stateShapes();
        boolean same = expected.size() == state.size();
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            same &= expected.containsKey(e.getKey()) && Arrays.equals(expected.get(e.getKey()), e.getValue().shape());
        }
        if (!same) {
            throw new IllegalArgumentException("ModelFile.save: the network " + network + " does not describe the "
                    + "module's state_dict (keys " + state.keySet() + ")");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "pt");
        metadata.put(FORMAT_KEY, FORMAT_VERSION);
        metadata.put(ARCHITECTURE_KEY, network.description());
        metadata.put(SOURCE_KEY, network.source());
        metadata.put(REPR_KEY, module.toString());
        if (settings != null) {
            metadata.put(TRAINING_KEY, settings.toJson());
        }
        return metadata;
    }

    public static LoadedModel load(Path path) throws IOException {
        return load(SafeTensors.read(path), path.toString());
    }

    /** Reads a whole model held in memory; {@code name} is used in error messages. */
    public static LoadedModel load(byte[] bytes, String name) throws ModelFormatException {
        return load(SafeTensors.read(bytes, name), name);
    }

    /** Rebuilds the whole model in a safetensors file already read; {@code name} is used in error messages. */
    public static LoadedModel load(SafeTensorsFile file, String name) throws ModelFormatException {
        Map<String, String> metadata = file.metadata();
        if (metadata.get(ARCHITECTURE_KEY) == null) {
            String nets = metadata.get(NETS_KEY);
            throw new ModelFormatException(name, METADATA, nets != null
                    ? "this file holds several nets (" + clip(nets) + ") saved together by a lesson of the app; open "
                    + "it in the app, or load one net's tensors (their keys start with its name and a dot)"
                    : "no '" + ARCHITECTURE_KEY + "' entry: this is a "
                    + "parameters-only file (a state_dict), not a whole TrainLab model; build the network and load "
                    + "the parameters into it (train --net SPEC --init FILE)");
        }
        checkVersion(metadata, name);
        return build(name, metadata, "", file.tensors());
    }

    /**
     * Rebuilds every net of a whole-model file: one unnamed net for a file {@link #load} reads, or the named nets
     * of a file {@link #save(Path, List, Map)} wrote with several. Everything is checked before anything is
     * built: the names, that every tensor belongs to one net, each net's architecture and settings, that its
     * tensors fit it.
     */
    public static LoadedNets loadNets(SafeTensorsFile file, String name) throws ModelFormatException {
        Map<String, String> metadata = file.metadata();
        if (metadata.get(ARCHITECTURE_KEY) != null || metadata.get(NETS_KEY) == null) {
            LinkedHashMap<String, LoadedModel> one = new LinkedHashMap<>();
            one.put("", load(file, name));
            return new LoadedNets(one, metadata);
        }
        checkVersion(metadata, name);
        String list = metadata.get(NETS_KEY);
        String[] names = list.split(",", -1);
        if (names.length > MAX_NETS) {
            throw new ModelFormatException(name, METADATA + " '" + NETS_KEY + "'", "names " + names.length
                    + " nets; a file holds at most " + MAX_NETS);
        }
        LinkedHashMap<String, Map<String, Tensor>> parts = new LinkedHashMap<>();
        for (String n : names) {
            if (!NamedModule.isName(n)) {
                throw new ModelFormatException(name, METADATA + " '" + NETS_KEY + "'", SafeTensorsReader.quote(n)
                        + " is not a net's name (a Python identifier of at most 64 characters)");
            }
            if (parts.put(n, new LinkedHashMap<>()) != null) {
                throw new ModelFormatException(name, METADATA + " '" + NETS_KEY + "'", "the net '" + n
                        + "' is named twice");
            }
        }
        for (Map.Entry<String, Tensor> e : file.tensors().entrySet()) {
            int dot = e.getKey().indexOf('.');
            Map<String, Tensor> part = dot < 0 ? null : parts.get(e.getKey().substring(0, dot));
            if (part == null) {
                throw new ModelFormatException(name, "tensor " + SafeTensorsReader.quote(e.getKey()), "belongs to "
                        + "none of the file's nets (" + String.join(", ", parts.keySet()) + "): a key starts with its "
                        + "net's name and a dot");
            }
            part.put(e.getKey().substring(dot + 1), e.getValue());
        }
        LinkedHashMap<String, LoadedModel> nets = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Tensor>> p : parts.entrySet()) {
            nets.put(p.getKey(), build(name, metadata, "." + p.getKey(), p.getValue()));
        }
        return new LoadedNets(nets, metadata);
    }

    private static void checkVersion(Map<String, String> metadata, String name) throws ModelFormatException {
        String version = metadata.get(FORMAT_KEY);
        if (!FORMAT_VERSION.equals(version)) {
            throw new ModelFormatException(name, METADATA + " '" + FORMAT_KEY + "'", version == null ? "missing (a "
                    + "whole model says which version of TrainLab's keys it uses)" : "version "
                    + SafeTensorsReader.quote(version) + " is not one this TrainLab reads (" + FORMAT_VERSION + ")");
        }
    }

    /**
     * One net: its architecture, source and settings under the metadata keys ending in {@code suffix} ("" for a
     * lone net, ".G" for the net G), its tensors {@code state} with the net's own keys.
     */
    private static LoadedModel build(String name, Map<String, String> metadata, String suffix,
            Map<String, Tensor> state) throws ModelFormatException {
        String architectureKey = ARCHITECTURE_KEY + suffix;
        String architecture = metadata.get(architectureKey);
        if (architecture == null) {
            throw new ModelFormatException(name, METADATA, "no '" + architectureKey + "' entry: the file names the net '"
                    + suffix.substring(1) + "' but not how it is built");
        }
        String sourceKey = SOURCE_KEY + suffix;
        String source = metadata.get(sourceKey);
        NetworkSpec spec = null;
        NetworkFile network = null;
        try {
            if (source != null) {
                network = NetworkFile.parse(source);
            } else {
                spec = NetworkSpec.parse(architecture);
            }
        } catch (NetworkSpecException e) {
            String key = source != null ? sourceKey : architectureKey;
            throw new ModelFormatException(name, METADATA + " '" + key + "'", source != null
                    ? "line " + e.line() + ", column " + e.column() + ": " + e.reason() : e.getMessage());
        }
        TrainingSettings settings = null;
        String trainingKey = TRAINING_KEY + suffix;
        String training = metadata.get(trainingKey);
        if (training != null) {
            try {
                settings = TrainingSettings.fromJson(training);
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException(name, METADATA + " '" + trainingKey + "'", e.getMessage());
            }
        }
        long held = 0;
        for (Tensor t : state.values()) {
            held += t.numel();
        }
        long needed = spec != null ? spec.stateSize() : network.stateSize();
        String text = spec != null ? spec.text() : network.description();
        String place = suffix.isEmpty() ? "state_dict" : "state_dict of the net '" + suffix.substring(1) + "'";
        if (needed > held + STATE_SLACK) {
            throw new ModelFormatException(name, place, "the architecture " + clip(text) + " has "
                    + needed + " parameter and buffer values but the file's tensors hold only " + held);
        }
        Module module = spec != null ? spec.build(new Generator(0)) : network.build(new Generator(0));
        try {
            module.loadStateDict(state, true);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(name, place, e.getMessage().replaceAll("\\s*\\n\\t", " ").strip());
        }
        return new LoadedModel(module, spec, settings, metadata, network);
    }

    // ---------------------------------------------------------------- parameters only

    /** Saves the module's state_dict only, PyTorch's keys and shapes. */
    public static void saveStateDict(Path path, Module module) throws IOException {
        SafeTensors.write(path, module.stateDict(), Map.of("format", "pt"));
    }

    /**
     * Loads a state_dict file (parameters only or a whole model) into {@code module}, strictly: missing keys,
     * unexpected keys and shape mismatches are a {@link ModelFormatException} with PyTorch's message.
     */
    public static IncompatibleKeys loadStateDict(Path path, Module module) throws IOException {
        return loadStateDict(SafeTensors.read(path), path.toString(), module);
    }

    public static IncompatibleKeys loadStateDict(SafeTensorsFile file, String name, Module module)
            throws ModelFormatException {
        try {
            return module.loadStateDict(file.tensors(), true);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(name, "state_dict", e.getMessage().replaceAll("\\s*\\n\\t", " ").strip());
        }
    }

    /** Whether a file read as safetensors is a whole TrainLab model (it names its architecture). */
    public static boolean isWholeModel(SafeTensorsFile file) {
        return file.metadata().containsKey(ARCHITECTURE_KEY) || file.metadata().containsKey(NETS_KEY);
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
