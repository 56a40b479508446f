package org.trainlab.app.settings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One setting a lesson offers, declared once: its id (which also names its label and tooltip in the
 * resource bundles: {@code <lesson>.<id>} and {@code <lesson>.<id>.tip}), the kind of control, the
 * allowed range or choices, and when a change takes effect. One form draws every lesson's list of these.
 *
 * <p>A value outside the range is never clamped: {@link #parse} refuses it with the allowed range, so the
 * form can mark the field and keep the value in force.
 */
public final class Param {
    /** The kinds of control. */
    public enum Kind {
        /** A whole number in [min, max]. */
        INTEGER,
        /** A decimal number in [min, max]. */
        DECIMAL,
        /** A learning rate: positive, stepped along 1-2-5 decades. */
        LEARNING_RATE,
        /** One of a fixed list of choices. */
        CHOICE,
        /** On or off. */
        FLAG
    }

    /** When a change takes effect. */
    public enum Apply {
        /** At once, even while a run trains (learning rates; settings of lessons that do not train). */
        LIVE,
        /** When the user presses Reset. */
        ON_RESET
    }

    private final String id;
    private final Kind kind;
    private final double min;
    private final double max;
    private final double step;
    private final List<String> choices;
    private final Apply apply;
    private final String group;
    private final String liveTarget;
    private final Predicate<Settings> enabledWhen;
    private final String label;
    /** The value the form shows, worked out from the settings; null to show the setting's own value. */
    private final Function<Settings, Object> shown;

    private Param(String id, Kind kind, double min, double max, double step, List<String> choices, Apply apply,
            String group, String liveTarget, Predicate<Settings> enabledWhen) {
        this(id, kind, min, max, step, choices, apply, group, liveTarget, enabledWhen, id, null);
    }

    private Param(String id, Kind kind, double min, double max, double step, List<String> choices, Apply apply,
            String group, String liveTarget, Predicate<Settings> enabledWhen, String label,
            Function<Settings, Object> shown) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a setting needs an id");
        }
        if (min > max) {
            throw new IllegalArgumentException(id + ": minimum " + min + " is above maximum " + max);
        }
        this.id = id;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.step = step;
        this.choices = List.copyOf(choices);
        this.apply = apply;
        this.group = group;
        this.liveTarget = liveTarget;
        this.enabledWhen = Objects.requireNonNull(enabledWhen);
        this.label = label;
        this.shown = shown;
    }

    public static Param integer(String id, int min, int max, int step) {
        return new Param(id, Kind.INTEGER, min, max, step, List.of(), Apply.ON_RESET, "", null, s -> true);
    }

    public static Param decimal(String id, double min, double max, double step) {
        return new Param(id, Kind.DECIMAL, min, max, step, List.of(), Apply.ON_RESET, "", null, s -> true);
    }

    /**
     * A learning rate, applied live to the run's optimizer of this name ("" for all of them), as
     * {@code Run.setLearningRate} takes it.
     */
    public static Param learningRate(String id, String optimizer) {
        return new Param(id, Kind.LEARNING_RATE, 1e-6, 100, 0, List.of(), Apply.LIVE, "", optimizer, s -> true);
    }

    public static Param choice(String id, List<String> choices) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException(id + ": a choice needs at least one option");
        }
        return new Param(id, Kind.CHOICE, 0, 0, 0, choices, Apply.ON_RESET, "", null, s -> true);
    }

    public static Param flag(String id) {
        return new Param(id, Kind.FLAG, 0, 0, 0, List.of(), Apply.ON_RESET, "", null, s -> true);
    }

    /** The same setting, applied at once (for lessons that do not train, or a live option). */
    public Param live() {
        return new Param(id, kind, min, max, step, choices, Apply.LIVE, group, liveTarget, enabledWhen, label, shown);
    }

    /**
     * The same setting, labelled and explained by the resource keys of another ({@code <lesson>.<label>}):
     * five optimizers' learning rates share one label and tooltip.
     */
    public Param labelledAs(String labelId) {
        return new Param(id, kind, min, max, step, choices, apply, group, liveTarget, enabledWhen, labelId, shown);
    }

    /** The id whose resource keys label and explain this setting (its own id unless {@link #labelledAs}). */
    public String label() {
        return label;
    }

    /** The same setting under a section heading (its bundle key is {@code <lesson>.group.<group>}). */
    public Param inGroup(String name) {
        return new Param(id, kind, min, max, step, choices, apply, name, liveTarget, enabledWhen, label, shown);
    }

    /** The same setting, editable only while {@code condition} holds for the settings being edited. */
    public Param enabledWhen(Predicate<Settings> condition) {
        return new Param(id, kind, min, max, step, choices, apply, group, liveTarget, condition, label, shown);
    }

    /**
     * The same setting, shown in the form as {@code value} works it out from all the settings, for a
     * setting that others fix while it is disabled (XOR's two classes, whatever Classes held before).
     * The setting keeps its own value, which comes back when it is enabled again.
     */
    public Param shownAs(Function<Settings, Object> value) {
        return new Param(id, kind, min, max, step, choices, apply, group, liveTarget, enabledWhen, label,
                Objects.requireNonNull(value));
    }

    /** The value the form shows for these settings: its own, unless {@link #shownAs} works out another. */
    public Object shown(Settings editing) {
        return shown == null ? editing.get(id) : shown.apply(editing);
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double step() {
        return step;
    }

    public List<String> choices() {
        return choices;
    }

    public Apply apply() {
        return apply;
    }

    public boolean isLive() {
        return apply == Apply.LIVE;
    }

    /** The section this setting is shown under, or "". */
    public String group() {
        return group;
    }

    /** For a live learning rate: the optimizer it changes ("" for all); otherwise null. */
    public String liveTarget() {
        return liveTarget;
    }

    public boolean enabled(Settings editing) {
        return enabledWhen.test(editing);
    }

    /** Whether {@code value} is of this setting's type and inside its range or choices. */
    public boolean accepts(Object value) {
        return switch (kind) {
            case INTEGER -> value instanceof Integer i && i >= min && i <= max;
            case DECIMAL, LEARNING_RATE -> value instanceof Double d && Double.isFinite(d) && d >= min && d <= max;
            case CHOICE -> value instanceof String s && choices.contains(s);
            case FLAG -> value instanceof Boolean;
        };
    }

    /**
     * Reads what the user typed. A number outside the range, or text that is not a number, is refused
     * with the reason and the allowed range; nothing is clamped.
     */
    public Parsed parse(String text) {
        String t = text == null ? "" : text.strip();
        switch (kind) {
            case INTEGER -> {
                long v;
                try {
                    v = Long.parseLong(t);
                } catch (NumberFormatException e) {
                    return Parsed.error(Problem.NOT_A_WHOLE_NUMBER, this);
                }
                return v < min || v > max ? Parsed.error(Problem.OUT_OF_RANGE, this) : Parsed.ok((int) v);
            }
            case DECIMAL, LEARNING_RATE -> {
                double v;
                try {
                    v = Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    return Parsed.error(Problem.NOT_A_NUMBER, this);
                }
                if (!Double.isFinite(v)) {
                    return Parsed.error(Problem.NOT_A_NUMBER, this);
                }
                return v < min || v > max ? Parsed.error(Problem.OUT_OF_RANGE, this) : Parsed.ok(v);
            }
            case CHOICE -> {
                return choices.contains(t) ? Parsed.ok(t) : Parsed.error(Problem.NOT_A_CHOICE, this);
            }
            case FLAG -> {
                String lower = t.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false")) {
                    return Parsed.ok(Boolean.parseBoolean(lower));
                }
                return Parsed.error(Problem.NOT_A_CHOICE, this);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    /** How a value is written in a field: whole numbers plainly, decimals without trailing zeros. */
    public String format(Object value) {
        if (value instanceof Double d) {
            return formatDecimal(d);
        }
        return String.valueOf(value);
    }

    /** 0.01 not 0.010000, 1.0e-5 for tiny values, 2 for 2.0. */
    public static String formatDecimal(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) >= 1e-4 && Math.abs(v) < 1e7) {
            String s = new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
            return s;
        }
        return Double.toString(v).replace("E", "e");
    }

    /** The value one step above or below {@code current}, inside the range (learning rates step 1-2-5). */
    public Object stepped(Object current, int direction) {
        return switch (kind) {
            case INTEGER -> (int) Math.max(min, Math.min(max, (Integer) current + direction * (long) step));
            case DECIMAL -> Math.max(min, Math.min(max, round((Double) current + direction * step)));
            case LEARNING_RATE -> Math.max(min, Math.min(max, LearningRates.next((Double) current, direction)));
            default -> current;
        };
    }

    private static double round(double v) {
        return Math.round(v * 1e9) / 1e9;
    }

    /** Why a typed value was refused. */
    public enum Problem {
        NOT_A_WHOLE_NUMBER,
        NOT_A_NUMBER,
        OUT_OF_RANGE,
        NOT_A_CHOICE
    }

    /** A typed value: the value, or the problem with it. */
    public record Parsed(Object value, Problem problem, Param param) {
        static Parsed ok(Object value) {
            return new Parsed(value, null, null);
        }

        static Parsed error(Problem problem, Param param) {
            return new Parsed(null, problem, param);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    @Override
    public String toString() {
        return "Param[" + id + ", " + kind + "]";
    }
}
