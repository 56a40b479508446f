package org.trainlab.nn;

import org.trainlab.tensor.Tensor;

/** Modules applied one after another, like {@code nn.Sequential}; children are named "0", "1", ... */
public class Sequential extends Module {
    private int size;

    @SuppressWarnings("this-escape") // registering in the constructor is the design, as in PyTorch's __init__
    public Sequential(Module... modules) {
        for (Module m : modules) {
            add(m);
        }
    }

    /** Appends a module, named by its position; returns this. */
    public final Sequential add(Module module) {
        register(Integer.toString(size), module);
        size++;
        return this;
    }

    /** The module at {@code index}; negative indices count from the end, as in Python. */
    public Module get(int index) {
        int i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is out of range");
        }
        return namedChildren().get(Integer.toString(i));
    }

    public int size() {
        return size;
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor out = x;
        for (Module m : children()) {
            out = m.forward(out);
        }
        return out;
    }
}
