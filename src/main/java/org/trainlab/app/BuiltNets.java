package org.trainlab.app;

import java.util.ArrayList;
import java.util.List;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.NetworkSpecException;

/**
 * The networks built in the Build lesson, shared app-wide as {@link DataSets} shares data: net1, a class file's
 * network, and net2, the builder's Sequential. Each holds its last valid form (an edit with an error changes
 * nothing here). Other lessons read them when they (re)build their run. JavaFX thread only; no JavaFX in it.
 */
public final class BuiltNets {
    /** Which network a lesson trains: its own, or one of the Build lesson's. */
    public enum Choice {
        DEFAULT,
        NET1,
        NET2
    }

    /** Tutorial 303's net1, as a network file: the class, and the variable {@code net} that builds it. */
    public static final String TUTORIAL_NET1 = """
            import torch
            import torch.nn.functional as F


            class Net(torch.nn.Module):
                def __init__(self, n_feature, n_hidden, n_output):
                    super(Net, self).__init__()
                    self.hidden = torch.nn.Linear(n_feature, n_hidden)   # hidden layer
                    self.predict = torch.nn.Linear(n_hidden, n_output)   # output layer

                def forward(self, x):
                    x = F.relu(self.hidden(x))      # activation function for hidden layer
                    x = self.predict(x)             # linear output
                    return x


            net = Net(1, 10, 1)   # the tutorial's net1
            """;
    /** Tutorial 303's net2. */
    public static final String TUTORIAL_NET2 = "Sequential(Linear(1, 10), ReLU(), Linear(10, 1))";

    private final List<Runnable> listeners = new ArrayList<>();
    private NetworkFile net1;
    private NetworkSpec net2;

    public BuiltNets() {
        try {
            net1 = NetworkFile.parse(TUTORIAL_NET1);
            net2 = NetworkSpec.parse(TUTORIAL_NET2);
        } catch (NetworkSpecException e) {
            throw new IllegalStateException("the tutorial's networks must parse: " + e.getMessage(), e);
        }
    }

    /** Calls {@code listener} after every change; returns a handle that removes it. */
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public NetworkFile net1() {
        return net1;
    }

    public NetworkSpec net2() {
        return net2;
    }

    public void setNet1(NetworkFile f) {
        if (!f.source().equals(net1.source())) {
            net1 = f;
            fire();
        }
    }

    public void setNet2(NetworkSpec s) {
        if (!s.equals(net2)) {
            net2 = s;
            fire();
        }
    }

    /** How a chosen net builds, for a lesson's experiment: null for the lesson's own. */
    public org.trainlab.lab.BuiltNet built(Choice c) {
        return switch (c) {
            case DEFAULT -> null;
            case NET1 -> org.trainlab.lab.BuiltNet.of(net1);
            case NET2 -> org.trainlab.lab.BuiltNet.of(net2);
        };
    }

    private void fire() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }
}
