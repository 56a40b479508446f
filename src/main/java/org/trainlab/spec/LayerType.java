package org.trainlab.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.nn.Module;
import org.trainlab.tensor.Generator;

/**
 * Everything a network spec knows about one of the engine's layers: PyTorch's class name and constructor
 * arguments, how to build the module, how to read its arguments back from a module, and the state_dict
 * entries it will have (so a file can be checked against a spec before anything is allocated).
 */
record LayerType(String name, Class<? extends Module> moduleClass, List<LayerArg> args, Check check,
        Factory factory, Reader reader, Shapes shapes) {

    /** The bound arguments of one layer, by PyTorch's names, every argument present (defaults filled in). */
    record Args(Map<String, Object> values) {
        int size(String name) {
            return ((Long) values.get(name)).intValue();
        }

        double real(String name) {
            return (Double) values.get(name);
        }

        Double realOrNull(String name) {
            return (Double) values.get(name);
        }

        boolean bool(String name) {
            return (Boolean) values.get(name);
        }

        String string(String name) {
            return (String) values.get(name);
        }
    }

    /** A problem with otherwise well-typed arguments (PyTorch's own wording where it has one), or null. */
    @FunctionalInterface
    interface Check {
        String problem(Args a);
    }

    @FunctionalInterface
    interface Factory {
        Module build(Args a, Generator g);
    }

    /** The argument values of a built module, in {@link #args()} order. */
    @FunctionalInterface
    interface Reader {
        List<Object> read(Module m);
    }

    /** The module's own state_dict keys and shapes, in PyTorch's order. */
    @FunctionalInterface
    interface Shapes {
        void add(Args a, LinkedHashMap<String, int[]> out);
    }

    static final Check NO_CHECK = a -> null;
    static final Shapes NO_STATE = (a, out) -> {
    };

    /** PyTorch's signature without self: {@code Linear(in_features, out_features, bias=True)}. */
    String signature() {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < args.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(args.get(i).signature());
        }
        return sb.append(')').toString();
    }

    /** The module with every argument at its default; only for a layer with no required argument. */
    Module buildWithDefaults(Generator g) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (LayerArg a : args) {
            if (a.required()) {
                throw new IllegalStateException(name + " has no default for " + a.name());
            }
            values.put(a.name(), a.defaultValue());
        }
        return factory.build(new Args(values), g);
    }

    LayerArg arg(String argName) {
        for (LayerArg a : args) {
            if (a.name().equals(argName)) {
                return a;
            }
        }
        return null;
    }
}
