package org.trainlab.spec;

import java.util.HashMap;
import java.util.Map;
import org.trainlab.nn.Module;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * The module a {@code class Net(nn.Module)} of a {@link NetworkFile} builds: its layers registered under the
 * class's attribute names (so PyTorch's printed form and state_dict keys follow), its forward the class's.
 */
public final class ClassModule extends Module {
    private final NetworkFile.Instance instance;
    private final Generator generator;
    private final Map<String, Module> layers = new HashMap<>();

    ClassModule(NetworkFile.Instance instance, Generator generator) {
        this.instance = instance;
        this.generator = generator;
        for (NetworkFile.Attr a : instance.attrs()) {
            Module m = switch (a) {
                case NetworkFile.LayerAttr l -> l.spec().build(generator);
                case NetworkFile.ChildAttr c -> new ClassModule(c.instance(), generator);
                case NetworkFile.ConstAttr c -> null;
            };
            if (m != null) {
                layers.put(a.name(), register(a.name(), m));
            }
        }
    }

    @Override
    public Tensor forward(Tensor x) {
        return instance.forward().run(this, x);
    }

    /** The Python class's name, which PyTorch prints. */
    @Override
    public String name() {
        return instance.className();
    }

    /** How the module was built: {@code Net(n_feature=1, n_hidden=10, n_output=1)}. */
    public String call() {
        return instance.call();
    }

    Module layer(String attribute) {
        return layers.get(attribute);
    }

    /** Dropout in forward ({@code F.dropout}) draws from the generator the network was built with. */
    Generator generator() {
        return generator;
    }
}
