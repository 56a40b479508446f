package org.trainlab.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
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
 * A file is a whole model when it has {@code trainlab.architecture}. Writes are atomic; reading checks the
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
        SafeTensors.write(path, state, metadata);
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
        String architecture = metadata.get(ARCHITECTURE_KEY);
        if (architecture == null) {
            throw new ModelFormatException(name, METADATA, "no '" + ARCHITECTURE_KEY + "' entry: this is a "
                    + "parameters-only file (a state_dict), not a whole TrainLab model; build the network and load "
                    + "the parameters into it (train --net SPEC --init FILE)");
        }
        String version = metadata.get(FORMAT_KEY);
        if (!FORMAT_VERSION.equals(version)) {
            throw new ModelFormatException(name, METADATA + " '" + FORMAT_KEY + "'", version == null ? "missing (a "
                    + "whole model says which version of TrainLab's keys it uses)" : "version "
                    + SafeTensorsReader.quote(version) + " is not one this TrainLab reads (" + FORMAT_VERSION + ")");
        }
        String source = metadata.get(SOURCE_KEY);
        NetworkSpec spec = null;
        NetworkFile network = null;
        try {
            if (source != null) {
                network = NetworkFile.parse(source);
            } else {
                spec = NetworkSpec.parse(architecture);
            }
        } catch (NetworkSpecException e) {
            String key = source != null ? SOURCE_KEY : ARCHITECTURE_KEY;
            throw new ModelFormatException(name, METADATA + " '" + key + "'", source != null
                    ? "line " + e.line() + ", column " + e.column() + ": " + e.reason() : e.getMessage());
        }
        TrainingSettings settings = null;
        String training = metadata.get(TRAINING_KEY);
        if (training != null) {
            try {
                settings = TrainingSettings.fromJson(training);
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException(name, METADATA + " '" + TRAINING_KEY + "'", e.getMessage());
            }
        }
        long held = 0;
        for (Tensor t : file.tensors().values()) {
            held += t.numel();
        }
        long needed = spec != null ? spec.stateSize() : network.stateSize();
        String text = spec != null ? spec.text() : network.description();
        if (needed > held + STATE_SLACK) {
            throw new ModelFormatException(name, "state_dict", "the architecture " + clip(text) + " has "
                    + needed + " parameter and buffer values but the file's tensors hold only " + held);
        }
        Module module = spec != null ? spec.build(new Generator(0)) : network.build(new Generator(0));
        loadStateDict(file, name, module);
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
        return file.metadata().containsKey(ARCHITECTURE_KEY);
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
