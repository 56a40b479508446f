package org.trainlab.nn;

/** How a loss reduces its per-element values, PyTorch's {@code reduction} argument. */
public enum Reduction {
    /** The average over all elements (PyTorch's default). */
    MEAN("mean"),
    SUM("sum"),
    /** No reduction: one loss per element. */
    NONE("none");

    private final String torchName;

    Reduction(String torchName) {
        this.torchName = torchName;
    }

    /** Parses PyTorch's spelling: {@code "mean"}, {@code "sum"} or {@code "none"}. */
    public static Reduction of(String name) {
        for (Reduction r : values()) {
            if (r.torchName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException(name + " is not a valid value for reduction");
    }

    /** PyTorch's spelling. */
    @Override
    public String toString() {
        return torchName;
    }
}
