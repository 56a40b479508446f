package org.trainlab.console;

import java.util.Map;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpecException;

/**
 * A {@code class Net(torch.nn.Module)} the script defined: calling it builds the network as the
 * network-building lesson reads a network file (the script's imports and classes so far, then
 * {@code net = Net(args)}), drawing its weights from the console's generator as PyTorch would.
 */
record NetworkClass(String name, String definitions, Torch torch) implements Callable {
    @Override
    public Object call(Args args) {
        StringBuilder call = new StringBuilder(NetworkFile.NETWORK_VARIABLE + " = " + name + "(");
        int n = 0;
        for (Object a : args.positional()) {
            call.append(n++ > 0 ? ", " : "").append(literal(a));
        }
        for (Map.Entry<String, Object> k : args.keywords().entrySet()) {
            call.append(n++ > 0 ? ", " : "").append(k.getKey()).append('=').append(literal(k.getValue()));
        }
        String source = definitions + "\n" + call + ")\n";
        try {
            return NetworkFile.parse(source).build(torch.generator());
        } catch (NetworkSpecException e) {
            throw PyError.unsupported("the class " + name + " as written (" + e.reason() + ")", null);
        }
    }

    private String literal(Object v) {
        if (v == null || v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof String
                || v instanceof PyTuple) {
            return Values.repr(v);
        }
        throw PyError.unsupported("building " + name + " with a " + Values.typeName(v) + " argument", null);
    }
}
