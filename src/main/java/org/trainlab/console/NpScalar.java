package org.trainlab.console;

import org.trainlab.tensor.PythonRepr;

/** A numpy scalar ({@code np.mean} of an array): printed as Python prints the number, at its own precision. */
record NpScalar(double value, NpType type) {
    @Override
    public String toString() {
        return switch (type) {
            case INT64 -> Long.toString((long) value);
            case FLOAT64 -> PythonRepr.number(value);
            case FLOAT32 -> PythonRepr.number(Double.parseDouble(Float.toString((float) value)));
        };
    }
}
