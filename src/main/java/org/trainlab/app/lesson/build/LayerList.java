package org.trainlab.app.lesson.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.spec.LayerForms;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.NetworkSpecException;

/**
 * The Sequential builder's model (no JavaFX): an ordered list of layers with their arguments, edited by add,
 * remove, move and set; its {@code nn.Sequential(...)} text; and the shape check, layer by layer, of each
 * Linear's (and BatchNorm1d's) input against what the layer before gives.
 */
public final class LayerList {
    /** A layer size offered by the builder: large enough for any lesson, small enough to print at once. */
    public static final int MAX_SIZE = 4096;

    /** A shape problem of one layer (its index) in the user's language parts: the argument, its value, the expected. */
    public record Mismatch(int index, String arg, long value, long expected, boolean fromData) {
    }

    private final List<LayerForms.Layer> layers = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();

    /** The layers of a flat Sequential of the builder's layers. */
    public LayerList(NetworkSpec spec) {
        List<LayerForms.Layer> read = LayerForms.layers(spec);
        if (read == null) {
            throw new IllegalArgumentException("the builder takes a flat Sequential of its layers, not " + spec.text());
        }
        layers.addAll(read);
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    public List<LayerForms.Layer> layers() {
        return List.copyOf(layers);
    }

    public int size() {
        return layers.size();
    }

    /** Replaces every layer (a spec read from a file, the tutorial's net2). */
    public void setAll(NetworkSpec spec) {
        List<LayerForms.Layer> read = LayerForms.layers(spec);
        if (read == null) {
            throw new IllegalArgumentException("the builder takes a flat Sequential of its layers, not " + spec.text());
        }
        layers.clear();
        layers.addAll(read);
        fire();
    }

    /**
     * Inserts a new layer of this kind at {@code index}; a Linear or BatchNorm1d takes the features the layer
     * before gives (a Linear keeps that many out), so a net built by adding layers fits together.
     */
    public void add(int index, String type) {
        long features = featuresBefore(index);
        layers.add(index, LayerForms.fresh(type, features));
        fire();
    }

    public void remove(int index) {
        layers.remove(index);
        fire();
    }

    /** Moves the layer at {@code index} by {@code delta} places (−1 up, +1 down); returns its new index. */
    public int move(int index, int delta) {
        int to = Math.max(0, Math.min(layers.size() - 1, index + delta));
        if (to != index) {
            layers.add(to, layers.remove(index));
            fire();
        }
        return to;
    }

    /** Sets one argument of one layer. */
    public void set(int index, String arg, Object value) {
        LayerForms.Layer l = layers.get(index);
        Map<String, Object> args = new LinkedHashMap<>(l.args());
        args.put(arg, value);
        layers.set(index, new LayerForms.Layer(l.name(), args));
        fire();
    }

    /** {@code Sequential(Linear(1, 10, bias=True), ReLU(), ...)}: every argument written. */
    public String text() {
        return LayerForms.sequential(layers);
    }

    /** The checked spec (canonical text, state_dict shapes, the module it builds). */
    public NetworkSpec spec() throws NetworkSpecException {
        return NetworkSpec.parse(text());
    }

    /**
     * Each layer whose input size does not match what comes before it: the first Linear against the data's
     * {@code inputs} features, every later one against the previous Linear's out_features.
     */
    public List<Mismatch> mismatches(int inputs) {
        List<Mismatch> out = new ArrayList<>();
        long features = inputs;
        boolean fromData = true;
        for (int i = 0; i < layers.size(); i++) {
            LayerForms.Layer l = layers.get(i);
            switch (l.name()) {
                case "Linear" -> {
                    long in = (Long) l.args().get("in_features");
                    if (in != features) {
                        out.add(new Mismatch(i, "in_features", in, features, fromData));
                    }
                    features = (Long) l.args().get("out_features");
                    fromData = false;
                }
                case "BatchNorm1d" -> {
                    long n = (Long) l.args().get("num_features");
                    if (n != features) {
                        out.add(new Mismatch(i, "num_features", n, features, fromData));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** The features the layers before {@code index} give (1 before any Linear). */
    private long featuresBefore(int index) {
        for (int i = index - 1; i >= 0; i--) {
            LayerForms.Layer l = layers.get(i);
            if (l.name().equals("Linear")) {
                return (Long) l.args().get("out_features");
            }
            if (l.name().equals("BatchNorm1d")) {
                return (Long) l.args().get("num_features");
            }
        }
        return 1;
    }

    private void fire() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }
}
