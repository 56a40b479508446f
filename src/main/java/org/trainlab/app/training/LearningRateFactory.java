package org.trainlab.app.training;

import java.math.BigDecimal;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Learning rates step through 1, 2, 5 × powers of ten (0.01, 0.02, 0.05, 0.1, ...), the way people
 * try them; any positive number can also be typed.
 */
final class LearningRateFactory extends SpinnerValueFactory<Double> {
    static final double MIN = 1e-6;
    static final double MAX = 1000;

    LearningRateFactory(double initial) {
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : format(v);
            }

            @Override
            public Double fromString(String s) {
                try {
                    double v = Double.parseDouble(s.trim());
                    return v > 0 && Double.isFinite(v) ? clamp(v) : getValue();
                } catch (NumberFormatException e) {
                    return getValue();
                }
            }
        });
        setValue(initial);
    }

    @Override
    public void decrement(int steps) {
        for (int i = 0; i < steps; i++) {
            setValue(clamp(below(getValue())));
        }
    }

    @Override
    public void increment(int steps) {
        for (int i = 0; i < steps; i++) {
            setValue(clamp(above(getValue())));
        }
    }

    static String format(double v) {
        if (v >= 1e-4) {
            return BigDecimal.valueOf(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
        }
        return String.format("%.0e", v);
    }

    /** The next value of the 1-2-5 ladder strictly above v. */
    static double above(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10, 20}) {
            double c = m * p;
            if (c > v * (1 + 1e-9)) {
                return round(c);
            }
        }
        return round(10 * p);
    }

    /** The next value of the 1-2-5 ladder strictly below v. */
    static double below(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {5, 2, 1, 0.5, 0.2}) {
            double c = m * p;
            if (c < v * (1 - 1e-9)) {
                return round(c);
            }
        }
        return round(0.1 * p);
    }

    private static double round(double v) {
        return new BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
    }

    private static double clamp(double v) {
        return Math.max(MIN, Math.min(MAX, v));
    }
}
