package org.trainlab.app.training;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.trainlab.lab.NetSettings;

/**
 * The settings a training lesson's controls edit, as JavaFX properties (JavaFX thread only), and the
 * choices offered for activation and optimizer. {@link #values()} is their current immutable value, the lab's {@link NetSettings}.
 */
public final class Hyperparameters {
    private final IntegerProperty hidden = new SimpleIntegerProperty(this, "hidden");
    private final StringProperty activation = new SimpleStringProperty(this, "activation");
    private final StringProperty optimizer = new SimpleStringProperty(this, "optimizer");
    private final DoubleProperty lr = new SimpleDoubleProperty(this, "lr");
    private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps");
    private final LongProperty seed = new SimpleLongProperty(this, "seed");
    private final List<String> activations;
    private final List<String> optimizers;
    private final ObjectBinding<NetSettings> values;

    public Hyperparameters(NetSettings defaults, List<String> activations, List<String> optimizers) {
        this.activations = List.copyOf(activations);
        this.optimizers = List.copyOf(optimizers);
        set(defaults);
        values = Bindings.createObjectBinding(
                () -> new NetSettings(hidden.get(), activation.get(), optimizer.get(), lr.get(), steps.get(), seed.get()),
                hidden, activation, optimizer, lr, steps, seed);
    }

    public void set(NetSettings v) {
        hidden.set(v.hidden());
        activation.set(v.activation());
        optimizer.set(v.optimizer());
        lr.set(v.lr());
        steps.set(v.steps());
        seed.set(v.seed());
    }

    public ObjectBinding<NetSettings> values() {
        return values;
    }

    public NetSettings get() {
        return values.get();
    }

    public IntegerProperty hiddenProperty() {
        return hidden;
    }

    public StringProperty activationProperty() {
        return activation;
    }

    public StringProperty optimizerProperty() {
        return optimizer;
    }

    public DoubleProperty lrProperty() {
        return lr;
    }

    public IntegerProperty stepsProperty() {
        return steps;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public List<String> activations() {
        return activations;
    }

    public List<String> optimizers() {
        return optimizers;
    }
}
