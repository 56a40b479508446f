package org.trainlab.console;

/** The numpy dtypes the console computes with. */
public enum NpType {
    INT64("int64"),
    FLOAT64("float64"),
    FLOAT32("float32");

    private final String numpyName;

    NpType(String numpyName) {
        this.numpyName = numpyName;
    }

    public String numpyName() {
        return numpyName;
    }
}
