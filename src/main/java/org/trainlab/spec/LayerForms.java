package org.trainlab.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layers a Sequential builder offers and the arguments each takes, as a form shows them: the registry's own
 * names, kinds, defaults and choices ({@link Layers}), without the options TrainLab only takes at their defaults
 * ({@code inplace}). It also reads a Sequential spec back into its layers and writes one layer's call.
 */
public final class LayerForms {
    /** What a field holds: a positive int (a size), any int, a float, a bool, or one of some strings. */
    public enum Kind {
        SIZE,
        INT,
        FLOAT,
        BOOL,
        CHOICE
    }

    /** One argument as a form field; a required one has no default (null). */
    public record Field(String name, Kind kind, Object defaultValue, boolean required, List<String> choices) {
    }

    /** A layer of a Sequential and its argument values by PyTorch's names (defaults filled in). */
    public record Layer(String name, Map<String, Object> args) {
        public Layer {
            args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
        }
    }

    /** The builder's layers: Linear, every activation of the engine, Softmax, Dropout and BatchNorm1d. */
    public static final List<String> BUILDER = List.of("Linear", "ReLU", "Tanh", "Sigmoid", "LeakyReLU", "ELU", "GELU",
            "Softplus", "Softmax", "Dropout", "BatchNorm1d");

    private LayerForms() {
    }

    /** The fields of a layer, in its signature's order. */
    public static List<Field> fields(String layer) {
        LayerType type = type(layer);
        List<Field> out = new ArrayList<>();
        for (LayerArg a : type.args()) {
            Kind kind = switch (a.kind()) {
                case SIZE -> Kind.SIZE;
                case INT -> Kind.INT;
                case FLOAT, NUMBER, FLOAT_OR_NONE -> Kind.FLOAT;
                case BOOL -> Kind.BOOL;
                case STRING -> Kind.CHOICE;
                case FALSE_ONLY -> null;
            };
            if (kind != null) {
                out.add(new Field(a.name(), kind, a.defaultValue(), a.required(), a.choices()));
            }
        }
        return List.copyOf(out);
    }

    /** A new layer of this kind at PyTorch's defaults, required sizes set to {@code size}. */
    public static Layer fresh(String layer, long size) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (Field f : fields(layer)) {
            args.put(f.name(), f.required() ? (f.kind() == Kind.INT ? (Object) 1L : (Object) size) : f.defaultValue());
        }
        return new Layer(layer, args);
    }

    /** One layer's call with every field written: {@code Linear(1, 10, bias=True)}. */
    public static String call(Layer layer) {
        LayerType type = type(layer.name());
        List<String> parts = new ArrayList<>();
        for (LayerArg a : type.args()) {
            if (a.kind() == LayerArg.Kind.FALSE_ONLY || !layer.args().containsKey(a.name())) {
                continue;
            }
            String literal = a.literal(layer.args().get(a.name()));
            parts.add(a.required() && !a.keywordInSpec() ? literal : a.name() + "=" + literal);
        }
        return layer.name() + "(" + String.join(", ", parts) + ")";
    }

    /** A Sequential's text from its layers: {@code Sequential(Linear(1, 10, bias=True), ReLU())}. */
    public static String sequential(List<Layer> layers) {
        return "Sequential(" + String.join(", ", layers.stream().map(LayerForms::call).toList()) + ")";
    }

    /**
     * The layers of a Sequential spec, or null when it is not a flat Sequential of the builder's layers (a lone
     * layer, a nested Sequential, an RNN).
     */
    public static List<Layer> layers(NetworkSpec spec) {
        if (spec.type() != null) {
            return null;
        }
        List<Layer> out = new ArrayList<>();
        for (NetworkSpec l : spec.layers()) {
            if (l.type() == null || !BUILDER.contains(l.type().name())) {
                return null;
            }
            Map<String, Object> args = new LinkedHashMap<>();
            for (Field f : fields(l.type().name())) {
                args.put(f.name(), l.args().get(f.name()));
            }
            out.add(new Layer(l.type().name(), args));
        }
        return out;
    }

    private static LayerType type(String layer) {
        LayerType type = Layers.named(layer);
        if (type == null || !BUILDER.contains(layer)) {
            throw new IllegalArgumentException("the builder has no layer '" + layer + "' (choose " + String.join(", ",
                    BUILDER) + ")");
        }
        return type;
    }
}
