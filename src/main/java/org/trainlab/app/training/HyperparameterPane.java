package org.trainlab.app.training;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The controls of a lesson's {@link Hyperparameters}, each with a tooltip saying what it does. */
public final class HyperparameterPane extends GridPane {
    static final String LR_TIP = "How far each step moves the weights along the gradient: too small learns slowly, "
            + "too large overshoots and the loss explodes. It also changes a running run at once.";
    static final String HIDDEN_TIP = "How many neurons the hidden layer has: more can bend the fit into more shapes, "
            + "but learn slower and overfit more easily.";
    static final String ACTIVATION_TIP = "The nonlinearity applied after the hidden layer; without one the whole "
            + "net could only draw straight lines.";
    static final String OPTIMIZER_TIP = "The rule that turns gradients into weight updates: plain SGD, or variants "
            + "with momentum and per-weight step sizes such as Adam.";
    static final String STEPS_TIP = "How many training steps (one pass over all the points each) the run makes "
            + "before it finishes.";
    static final String SEED_TIP = "The random seed of the initial weights: the same seed and settings give "
            + "exactly the same run.";

    public HyperparameterPane(Hyperparameters h) {
        getStyleClass().add("hyperparameter-grid");
        setHgap(10);
        setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        getColumnConstraints().addAll(labels, controls);

        Spinner<Double> lr = Spinners.editable(new Spinner<>(new LearningRateFactory(h.lrProperty().get())));
        link(lr, h.lrProperty());
        row(0, "Learning rate", lr, "lr", LR_TIP);

        Spinner<Integer> hidden = Spinners.integer(1, 1024, h.hiddenProperty().get(), 1);
        link(hidden, h.hiddenProperty());
        row(1, "Hidden units", hidden, "hidden", HIDDEN_TIP);

        ComboBox<String> activation = new ComboBox<>();
        activation.getItems().setAll(h.activations());
        activation.valueProperty().bindBidirectional(h.activationProperty());
        row(2, "Activation", activation, "activation", ACTIVATION_TIP);

        ComboBox<String> optimizer = new ComboBox<>();
        optimizer.getItems().setAll(h.optimizers());
        optimizer.valueProperty().bindBidirectional(h.optimizerProperty());
        row(3, "Optimizer", optimizer, "optimizer", OPTIMIZER_TIP);

        Spinner<Integer> steps = Spinners.integer(1, 1_000_000, h.stepsProperty().get(), 50);
        link(steps, h.stepsProperty());
        row(4, "Steps", steps, "steps", STEPS_TIP);

        Spinner<Integer> seed = Spinners.integer(0, Integer.MAX_VALUE, (int) h.seedProperty().get(), 1);
        seed.getValueFactory().valueProperty().addListener((obs, old, now) -> h.seedProperty().set(now));
        h.seedProperty().addListener((obs, old, now) -> seed.getValueFactory().setValue(now.intValue()));
        row(5, "Seed", seed, "seed", SEED_TIP);
    }

    /** Keeps a spinner and a numeric property equal, both ways (asObject() bindings are weak and may vanish). */
    private static void link(Spinner<Double> s, DoubleProperty model) {
        s.getValueFactory().valueProperty().addListener((obs, old, now) -> model.set(now));
        model.addListener((obs, old, now) -> s.getValueFactory().setValue(now.doubleValue()));
    }

    private static void link(Spinner<Integer> s, IntegerProperty model) {
        s.getValueFactory().valueProperty().addListener((obs, old, now) -> model.set(now));
        model.addListener((obs, old, now) -> s.getValueFactory().setValue(now.intValue()));
    }


    private void row(int r, String text, Node control, String id, String tip) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        control.setId(id);
        if (control instanceof Spinner<?> s) {
            s.setMaxWidth(Double.MAX_VALUE);
        } else if (control instanceof ComboBox<?> c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(320);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setShowDuration(Duration.seconds(20));
        label.setTooltip(tooltip);
        if (control instanceof javafx.scene.control.Control c) {
            c.setTooltip(tooltip);
        }
        label.setLabelFor(control);
        add(label, 0, r);
        add(control, 1, r);
    }
}
