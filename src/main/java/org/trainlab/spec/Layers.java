package org.trainlab.spec;

import static org.trainlab.spec.LayerArg.Kind.BOOL;
import static org.trainlab.spec.LayerArg.Kind.FALSE_ONLY;
import static org.trainlab.spec.LayerArg.Kind.FLOAT;
import static org.trainlab.spec.LayerArg.Kind.FLOAT_OR_NONE;
import static org.trainlab.spec.LayerArg.Kind.INT;
import static org.trainlab.spec.LayerArg.Kind.NUMBER;
import static org.trainlab.spec.LayerArg.Kind.SIZE;
import static org.trainlab.spec.LayerArg.choice;
import static org.trainlab.spec.LayerArg.optional;
import static org.trainlab.spec.LayerArg.required;
import static org.trainlab.spec.LayerArg.requiredKeyword;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.nn.BatchNorm1d;
import org.trainlab.nn.Dropout;
import org.trainlab.nn.ELU;
import org.trainlab.nn.GELU;
import org.trainlab.nn.LeakyReLU;
import org.trainlab.nn.Linear;
import org.trainlab.nn.RNN;
import org.trainlab.nn.ReLU;
import org.trainlab.nn.Sigmoid;
import org.trainlab.nn.Softmax;
import org.trainlab.nn.Softplus;
import org.trainlab.nn.Tanh;
import org.trainlab.tensor.PythonRepr;

/**
 * The engine's layers as a network spec sees them, with PyTorch 1.13's constructor signatures. Options
 * PyTorch has and the engine does not (inplace, RNN's dropout and bidirectional) are accepted at their
 * defaults only. {@code Sequential} is not listed: it takes layers, not values (see {@link NetworkSpec}).
 */
final class Layers {
    static final List<LayerType> ALL = List.of(
        new LayerType("Linear", Linear.class,
            List.of(required("in_features", SIZE), required("out_features", SIZE), optional("bias", BOOL, true)),
            LayerType.NO_CHECK,
            (a, g) -> new Linear(a.size("in_features"), a.size("out_features"), a.bool("bias"), g),
            m -> {
                Linear l = (Linear) m;
                return List.of((long) l.inFeatures(), (long) l.outFeatures(), l.bias() != null);
            },
            (a, out) -> {
                out.put("weight", new int[] {a.size("out_features"), a.size("in_features")});
                if (a.bool("bias")) {
                    out.put("bias", new int[] {a.size("out_features")});
                }
            }),
        new LayerType("ReLU", ReLU.class, List.of(optional("inplace", FALSE_ONLY, false)), LayerType.NO_CHECK,
            (a, g) -> new ReLU(), m -> List.of(false), LayerType.NO_STATE),
        new LayerType("Sigmoid", Sigmoid.class, List.of(), LayerType.NO_CHECK, (a, g) -> new Sigmoid(),
            m -> List.of(), LayerType.NO_STATE),
        new LayerType("Tanh", Tanh.class, List.of(), LayerType.NO_CHECK, (a, g) -> new Tanh(),
            m -> List.of(), LayerType.NO_STATE),
        new LayerType("LeakyReLU", LeakyReLU.class,
            List.of(optional("negative_slope", FLOAT, 0.01), optional("inplace", FALSE_ONLY, false)),
            LayerType.NO_CHECK,
            (a, g) -> new LeakyReLU(a.real("negative_slope")),
            m -> List.of(((LeakyReLU) m).negativeSlope(), false),
            LayerType.NO_STATE),
        new LayerType("ELU", ELU.class,
            List.of(optional("alpha", FLOAT, 1.0), optional("inplace", FALSE_ONLY, false)),
            LayerType.NO_CHECK,
            (a, g) -> new ELU(a.real("alpha")),
            m -> List.of(((ELU) m).alpha(), false),
            LayerType.NO_STATE),
        new LayerType("GELU", GELU.class,
            List.of(choice("approximate", "none", "none", "tanh")),
            LayerType.NO_CHECK,
            (a, g) -> new GELU(a.string("approximate")),
            m -> List.of(((GELU) m).approximate()),
            LayerType.NO_STATE),
        new LayerType("Softplus", Softplus.class,
            List.of(optional("beta", NUMBER, 1.0), optional("threshold", NUMBER, 20.0)),
            LayerType.NO_CHECK,
            (a, g) -> new Softplus(a.real("beta"), a.real("threshold")),
            m -> List.of(((Softplus) m).beta(), ((Softplus) m).threshold()),
            LayerType.NO_STATE),
        new LayerType("Softmax", Softmax.class,
            List.of(requiredKeyword("dim", INT)),
            LayerType.NO_CHECK,
            (a, g) -> new Softmax(a.size("dim")),
            m -> List.of((long) ((Softmax) m).dim()),
            LayerType.NO_STATE),
        new LayerType("Dropout", Dropout.class,
            List.of(optional("p", FLOAT, 0.5), optional("inplace", FALSE_ONLY, false)),
            a -> a.real("p") >= 0 && a.real("p") <= 1 ? null
                    : "dropout probability has to be between 0 and 1, but got " + PythonRepr.number(a.real("p")),
            (a, g) -> new Dropout(a.real("p"), g),
            m -> List.of(((Dropout) m).p(), false),
            LayerType.NO_STATE),
        new LayerType("BatchNorm1d", BatchNorm1d.class,
            List.of(required("num_features", SIZE), optional("eps", FLOAT, 1e-5), optional("momentum", FLOAT_OR_NONE, 0.1),
                optional("affine", BOOL, true), optional("track_running_stats", BOOL, true)),
            LayerType.NO_CHECK,
            (a, g) -> new BatchNorm1d(a.size("num_features"), a.real("eps"), a.realOrNull("momentum"), a.bool("affine"),
                a.bool("track_running_stats")),
            m -> {
                BatchNorm1d b = (BatchNorm1d) m;
                List<Object> values = new ArrayList<>();
                values.add((long) b.numFeatures());
                values.add(b.eps());
                values.add(b.momentum());
                values.add(b.weight() != null);
                values.add(b.runningMean() != null);
                return values;
            },
            (a, out) -> {
                int c = a.size("num_features");
                if (a.bool("affine")) {
                    out.put("weight", new int[] {c});
                    out.put("bias", new int[] {c});
                }
                if (a.bool("track_running_stats")) {
                    out.put("running_mean", new int[] {c});
                    out.put("running_var", new int[] {c});
                    out.put("num_batches_tracked", new int[0]);
                }
            }),
        new LayerType("RNN", RNN.class,
            List.of(required("input_size", SIZE), required("hidden_size", SIZE), optional("num_layers", SIZE, 1L),
                choice("nonlinearity", "tanh", "tanh", "relu"), optional("bias", BOOL, true),
                optional("batch_first", BOOL, false), optional("dropout", FLOAT, 0.0),
                optional("bidirectional", FALSE_ONLY, false)),
            a -> {
                if (a.real("dropout") != 0) {
                    return "dropout between RNN layers is not supported by TrainLab (dropout must be 0)";
                }
                // Counted before any shape is listed: a hostile num_layers must not allocate a map of billions.
                double hidden = a.size("hidden_size");
                double values = hidden * (a.size("input_size") + hidden + 2)
                        + (a.size("num_layers") - 1.0) * hidden * (2 * hidden + 2);
                long heapFloats = Runtime.getRuntime().maxMemory() / Float.BYTES;
                return values <= heapFloats ? null : "its " + a.size("num_layers") + " layers would hold "
                        + String.format(java.util.Locale.ROOT, "%.0f", values) + " values, more than this JVM's memory "
                        + "holds (" + heapFloats + " floats; see -Xmx)";
            },
            (a, g) -> new RNN(a.size("input_size"), a.size("hidden_size"), a.size("num_layers"), a.string("nonlinearity"),
                a.bool("bias"), a.bool("batch_first"), g),
            m -> {
                RNN r = (RNN) m;
                return List.of((long) r.inputSize(), (long) r.hiddenSize(), (long) r.numLayers(), r.nonlinearity(),
                    r.biasIh(0) != null, r.batchFirst(), 0.0, false);
            },
            (a, out) -> {
                int hidden = a.size("hidden_size");
                for (int l = 0; l < a.size("num_layers"); l++) {
                    out.put("weight_ih_l" + l, new int[] {hidden, l == 0 ? a.size("input_size") : hidden});
                    out.put("weight_hh_l" + l, new int[] {hidden, hidden});
                    if (a.bool("bias")) {
                        out.put("bias_ih_l" + l, new int[] {hidden});
                        out.put("bias_hh_l" + l, new int[] {hidden});
                    }
                }
            }));

    /**
     * The activations the lessons offer, by {@code torch.nn.functional}'s name for each, in the lessons' order:
     * layers of {@link #ALL} that need no argument, built with PyTorch's defaults.
     */
    static final Map<String, LayerType> ACTIVATIONS = activations("relu", "ReLU", "tanh", "Tanh", "sigmoid", "Sigmoid",
            "leaky_relu", "LeakyReLU", "elu", "ELU", "gelu", "GELU", "softplus", "Softplus");

    private Layers() {
    }

    private static Map<String, LayerType> activations(String... functionalAndLayerNames) {
        Map<String, LayerType> map = new LinkedHashMap<>();
        for (int i = 0; i < functionalAndLayerNames.length; i += 2) {
            LayerType type = named(functionalAndLayerNames[i + 1]);
            if (type.args().stream().anyMatch(LayerArg::required)) {
                throw new IllegalStateException(type.name() + " needs arguments, so it is no activation to offer");
            }
            map.put(functionalAndLayerNames[i], type);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The layer PyTorch calls {@code name}, or null. */
    static LayerType named(String name) {
        for (LayerType t : ALL) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The layer whose module class is exactly {@code type} (subclasses may add behaviour a spec cannot say). */
    static LayerType of(Class<?> type) {
        for (LayerType t : ALL) {
            if (t.moduleClass() == type) {
                return t;
            }
        }
        return null;
    }

    /** Every name a spec accepts, for messages. */
    static List<String> names() {
        List<String> names = new ArrayList<>(List.of("Sequential"));
        for (LayerType t : ALL) {
            names.add(t.name());
        }
        return names;
    }
}
