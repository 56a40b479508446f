package org.trainlab.app.training;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Editable number spinners that forgive typing: text that is not a number puts the current value
 * back instead of throwing, and typed values commit on Enter and when the field loses focus.
 */
public final class Spinners {
    private Spinners() {
    }

    public static Spinner<Integer> integer(int min, int max, int initial, int step) {
        SpinnerValueFactory.IntegerSpinnerValueFactory f =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial, step);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String s) {
                try {
                    return Integer.valueOf(s.trim());
                } catch (NumberFormatException e) {
                    return f.getValue();
                }
            }
        });
        return editable(new Spinner<>(f));
    }

    public static Spinner<Double> decimal(double min, double max, double initial, double step) {
        SpinnerValueFactory.DoubleSpinnerValueFactory f =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, initial, step);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : v == 0 ? "0" : LearningRateFactory.format(v);
            }

            @Override
            public Double fromString(String s) {
                try {
                    double v = Double.parseDouble(s.trim());
                    return Double.isFinite(v) ? v : f.getValue();
                } catch (NumberFormatException e) {
                    return f.getValue();
                }
            }
        });
        return editable(new Spinner<>(f));
    }

    /** Makes a spinner editable, committing typed text on Enter and on focus loss. */
    public static <T> Spinner<T> editable(Spinner<T> s) {
        s.setEditable(true);
        s.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit(s);
            }
        });
        return s;
    }

    private static <T> void commit(Spinner<T> s) {
        SpinnerValueFactory<T> f = s.getValueFactory();
        T typed = f.getConverter().fromString(s.getEditor().getText());
        f.setValue(typed);
        s.getEditor().setText(f.getConverter().toString(f.getValue()));
    }
}
