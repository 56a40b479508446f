package org.trainlab.spec;

import java.util.List;
import org.trainlab.tensor.PythonRepr;

/**
 * One argument of a layer's constructor as PyTorch names it: {@code in_features}, {@code bias=True}, ...
 * It knows which Python values it accepts and how the canonical spec prints it.
 */
record LayerArg(String name, Kind kind, Object defaultValue, boolean required, boolean keywordInSpec,
        List<String> choices) {

    enum Kind {
        /** A positive int: a layer size or count. */
        SIZE,
        /** Any int (a dimension, which may be negative). */
        INT,
        /** A finite float; an int is accepted, as in Python. */
        FLOAT,
        /** Like FLOAT, printed without ".0" when whole (where PyTorch's default is an int, e.g. Softplus's beta). */
        NUMBER,
        FLOAT_OR_NONE,
        BOOL,
        /** One of {@link #choices()}. */
        STRING,
        /** Only False: a PyTorch option TrainLab does not implement (inplace, bidirectional). */
        FALSE_ONLY
    }

    static LayerArg required(String name, Kind kind) {
        return new LayerArg(name, kind, null, true, false, List.of());
    }

    /** Required, but written {@code name=value} in the canonical spec, as PyTorch users do ({@code dim=1}). */
    static LayerArg requiredKeyword(String name, Kind kind) {
        return new LayerArg(name, kind, null, true, true, List.of());
    }

    static LayerArg optional(String name, Kind kind, Object defaultValue) {
        return new LayerArg(name, kind, defaultValue, false, true, List.of());
    }

    static LayerArg choice(String name, String defaultValue, String... choices) {
        return new LayerArg(name, Kind.STRING, defaultValue, false, true, List.of(choices));
    }

    /** How the argument reads in a signature: {@code in_features} or {@code bias=True}. */
    String signature() {
        return required ? name : name + "=" + literal(defaultValue);
    }

    /** A value of this argument as a Python literal. */
    String literal(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return PythonRepr.bool(b);
        }
        if (value instanceof String s) {
            return PythonRepr.string(s);
        }
        if (value instanceof Double d) {
            return kind == Kind.NUMBER ? PythonRepr.intOrFloat(d) : PythonRepr.number(d);
        }
        return value.toString();
    }
}
