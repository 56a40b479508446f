package org.trainlab.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * Base class of every layer and network, like {@code torch.nn.Module}. A module registers its
 * parameters, buffers and children by name, in order; the dotted names are PyTorch's state_dict keys
 * and {@link #toString()} prints what PyTorch prints.
 *
 * <pre>{@code
 * class Net extends Module {
 *     final Linear hidden = register("hidden", new Linear(1, 10));
 *     final Linear predict = register("predict", new Linear(10, 1));
 *     @Override public Tensor forward(Tensor x) { return predict.forward(F.relu(hidden.forward(x))); }
 * }
 * }</pre>
 */
public abstract class Module {
    // Values may be null: an absent bias keeps its name (as PyTorch keeps the attribute) but no key.
    private final LinkedHashMap<String, Tensor> parameters = new LinkedHashMap<>();
    private final LinkedHashMap<String, Tensor> buffers = new LinkedHashMap<>();
    private final LinkedHashMap<String, Module> children = new LinkedHashMap<>();
    private boolean training = true;

    public abstract Tensor forward(Tensor x);

    // ---------------------------------------------------------------- registration

    /** Registers a child module under {@code name} and returns it, so a field can be initialised in one line. */
    protected final <M extends Module> M register(String name, M child) {
        Objects.requireNonNull(child, "module " + name);
        checkNewName("module", name);
        children.put(name, child);
        return child;
    }

    /** Registers a parameter (it will require grad); null registers an absent one, like {@code bias=False}. */
    protected final Tensor registerParameter(String name, Tensor t) {
        checkNewName("parameter", name);
        if (t != null) {
            if (!t.isLeaf()) {
                throw new IllegalArgumentException("Cannot assign non-leaf Tensor to parameter '" + name + "'. Model "
                        + "parameters must be created explicitly; use detach() to get a leaf.");
            }
            t.requiresGrad_(true);
        }
        parameters.put(name, t);
        return t;
    }

    /** Registers state that is saved in the state_dict but not trained (running statistics); may be null. */
    protected final Tensor registerBuffer(String name, Tensor t) {
        checkNewName("buffer", name);
        buffers.put(name, t);
        return t;
    }

    private void checkNewName(String kind, String name) {
        Objects.requireNonNull(name, kind + " name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException(kind + " name can't be empty string \"\"");
        }
        if (name.contains(".")) {
            throw new IllegalArgumentException(kind + " name can't contain \".\", got: " + name);
        }
        if (parameters.containsKey(name) || buffers.containsKey(name) || children.containsKey(name)) {
            throw new IllegalArgumentException("attribute '" + name + "' already exists in " + className());
        }
    }

    // ---------------------------------------------------------------- traversal

    /** Every parameter of this module and its descendants, each once, in PyTorch's order. */
    public List<Tensor> parameters() {
        return new ArrayList<>(namedParameters().values());
    }

    /** Parameters by dotted name ({@code hidden.weight}, {@code 0.bias}); a shared tensor appears once. */
    public LinkedHashMap<String, Tensor> namedParameters() {
        LinkedHashMap<String, Tensor> out = new LinkedHashMap<>();
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, Module> m : namedModules().entrySet()) {
            String prefix = m.getKey().isEmpty() ? "" : m.getKey() + ".";
            m.getValue().parameters.forEach((name, p) -> {
                if (p != null && seen.add(p)) {
                    out.put(prefix + name, p);
                }
            });
        }
        return out;
    }

    public List<Tensor> buffers() {
        return new ArrayList<>(namedBuffers().values());
    }

    public LinkedHashMap<String, Tensor> namedBuffers() {
        LinkedHashMap<String, Tensor> out = new LinkedHashMap<>();
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, Module> m : namedModules().entrySet()) {
            String prefix = m.getKey().isEmpty() ? "" : m.getKey() + ".";
            m.getValue().buffers.forEach((name, b) -> {
                if (b != null && seen.add(b)) {
                    out.put(prefix + name, b);
                }
            });
        }
        return out;
    }

    /** The direct children, in registration order. */
    public List<Module> children() {
        return new ArrayList<>(children.values());
    }

    public LinkedHashMap<String, Module> namedChildren() {
        return new LinkedHashMap<>(children);
    }

    /** This module and all its descendants, depth first, each once. */
    public List<Module> modules() {
        return new ArrayList<>(namedModules().values());
    }

    /** Like {@link #modules()}, keyed by dotted path; this module is {@code ""}. */
    public LinkedHashMap<String, Module> namedModules() {
        LinkedHashMap<String, Module> out = new LinkedHashMap<>();
        collectModules("", this, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out;
    }

    private static void collectModules(String path, Module m, Map<String, Module> out, Set<Module> seen) {
        if (!seen.add(m)) {
            return;
        }
        out.put(path, m);
        m.children.forEach((name, child) -> collectModules(path.isEmpty() ? name : path + "." + name, child, out, seen));
    }

    // ---------------------------------------------------------------- modes and gradients

    /** Sets training mode on this module and every descendant; returns this module. */
    public Module train(boolean mode) {
        training = mode;
        for (Module child : children.values()) {
            child.train(mode);
        }
        return this;
    }

    public Module train() {
        return train(true);
    }

    /** Evaluation mode: Dropout is the identity and BatchNorm uses its running statistics. */
    public Module eval() {
        return train(false);
    }

    public boolean isTraining() {
        return training;
    }

    /** Drops every parameter's gradient, like {@code zero_grad(set_to_none=True)}. */
    public void zeroGrad() {
        for (Tensor p : parameters()) {
            p.setGrad(null);
        }
    }

    // ---------------------------------------------------------------- state_dict

    /**
     * Parameters then buffers of each module, children after their parent, keyed by dotted name:
     * PyTorch's {@code state_dict()}. Values are detached and share storage with the module.
     */
    public LinkedHashMap<String, Tensor> stateDict() {
        LinkedHashMap<String, Tensor> out = new LinkedHashMap<>();
        saveToStateDict(out, "");
        return out;
    }

    private void saveToStateDict(Map<String, Tensor> out, String prefix) {
        parameters.forEach((name, p) -> {
            if (p != null) {
                out.put(prefix + name, p.detach());
            }
        });
        buffers.forEach((name, b) -> {
            if (b != null) {
                out.put(prefix + name, b.detach());
            }
        });
        children.forEach((name, child) -> child.saveToStateDict(out, prefix + name + "."));
    }

    /**
     * Copies values from {@code state} into this module's parameters and buffers, in place (so an
     * optimizer holding the parameters keeps working), like {@code load_state_dict}. A shape mismatch
     * always fails; with {@code strict}, missing or unexpected keys fail too. The error message is
     * PyTorch's.
     */
    public IncompatibleKeys loadStateDict(Map<String, Tensor> state, boolean strict) {
        Map<String, Tensor> copy = new LinkedHashMap<>(state);
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        loadRecursively(copy, "", missing, unexpected, errors);
        if (strict) {
            if (!unexpected.isEmpty()) {
                errors.add(0, "Unexpected key(s) in state_dict: " + quoted(unexpected) + ". ");
            }
            if (!missing.isEmpty()) {
                errors.add(0, "Missing key(s) in state_dict: " + quoted(missing) + ". ");
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Error(s) in loading state_dict for " + name() + ":\n\t"
                    + String.join("\n\t", errors));
        }
        return new IncompatibleKeys(List.copyOf(missing), List.copyOf(unexpected));
    }

    public IncompatibleKeys loadStateDict(Map<String, Tensor> state) {
        return loadStateDict(state, true);
    }

    private void loadRecursively(Map<String, Tensor> state, String prefix, List<String> missing,
            List<String> unexpected, List<String> errors) {
        loadFromStateDict(state, prefix, missing, unexpected, errors);
        children.forEach((name, child) -> child.loadRecursively(state, prefix + name + ".", missing, unexpected,
                errors));
    }

    /**
     * Loads this module's own entries (keys starting with {@code prefix}), PyTorch's
     * {@code _load_from_state_dict}. A subclass may override it to fill in keys older checkpoints lack.
     */
    protected void loadFromStateDict(Map<String, Tensor> state, String prefix, List<String> missing,
            List<String> unexpected, List<String> errors) {
        LinkedHashMap<String, Tensor> local = new LinkedHashMap<>();
        parameters.forEach((name, p) -> {
            if (p != null) {
                local.put(name, p);
            }
        });
        buffers.forEach((name, b) -> {
            if (b != null) {
                local.put(name, b);
            }
        });
        for (Map.Entry<String, Tensor> e : local.entrySet()) {
            String key = prefix + e.getKey();
            Tensor input = state.get(key);
            if (input == null) {
                missing.add(key);
                continue;
            }
            Tensor target = e.getValue();
            if (!Arrays.equals(input.shape(), target.shape())) {
                errors.add("size mismatch for " + key + ": copying a param with shape " + torchSize(input.shape())
                        + " from checkpoint, the shape in current model is " + torchSize(target.shape()) + ".");
                continue;
            }
            try (var ignored = NoGrad.enter()) {
                target.copy_(input);
            }
        }
        for (String key : state.keySet()) {
            if (key.startsWith(prefix)) {
                String first = key.substring(prefix.length()).split("\\.", 2)[0];
                if (!children.containsKey(first) && !local.containsKey(first)) {
                    unexpected.add(key);
                }
            }
        }
    }

    private static String quoted(List<String> keys) {
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            sb.append(sb.isEmpty() ? "" : ", ").append('"').append(k).append('"');
        }
        return sb.toString();
    }

    static String torchSize(int[] shape) {
        return "torch.Size(" + Arrays.toString(shape) + ")";
    }

    // ---------------------------------------------------------------- printing

    /** The class name PyTorch prints; anonymous subclasses should override it. */
    public String name() {
        return className();
    }

    private String className() {
        Class<?> c = getClass();
        while (c.getSimpleName().isEmpty()) {
            c = c.getSuperclass();
        }
        return c.getSimpleName();
    }

    /** The layer's settings as PyTorch prints them inside the parentheses, e.g. {@code in_features=1, ...}. */
    public String extraRepr() {
        return "";
    }

    /** PyTorch's {@code repr(module)}: the name, the extra repr and the children indented by two. */
    @Override
    public String toString() {
        List<String> extraLines = new ArrayList<>();
        String extra = extraRepr();
        if (!extra.isEmpty()) {
            extraLines.addAll(Arrays.asList(extra.split("\n", -1)));
        }
        List<String> childLines = new ArrayList<>();
        children.forEach((key, child) -> childLines.add("(" + key + "): " + addIndent(child.toString(), 2)));
        StringBuilder sb = new StringBuilder(name()).append('(');
        if (extraLines.size() == 1 && childLines.isEmpty()) {
            sb.append(extraLines.get(0));
        } else if (!extraLines.isEmpty() || !childLines.isEmpty()) {
            List<String> lines = new ArrayList<>(extraLines);
            lines.addAll(childLines);
            sb.append("\n  ").append(String.join("\n  ", lines)).append('\n');
        }
        return sb.append(')').toString();
    }

    /** Indents every line but the first, PyTorch's {@code _addindent}. */
    private static String addIndent(String s, int spaces) {
        String[] lines = s.split("\n", -1);
        if (lines.length == 1) {
            return s;
        }
        String pad = " ".repeat(spaces);
        StringBuilder sb = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            sb.append('\n').append(pad).append(lines[i]);
        }
        return sb.toString();
    }
}
