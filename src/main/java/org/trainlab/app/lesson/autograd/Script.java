package org.trainlab.app.lesson.autograd;

import java.util.ArrayList;
import java.util.List;

/**
 * A few lines of PyTorch and what they print, written while the engine runs the same steps: the lesson
 * shows the lines with their output, and the program is the lines, so Python prints the outputs in order.
 */
final class Script {
    /**
     * One statement, what it prints (null: nothing), and, where TrainLab's engine words an error differently
     * from PyTorch, the engine's own message.
     */
    record Line(String code, String output, String engine) {
    }

    /** The last line Python prints for a RuntimeError, caught as the program catches it. */
    interface Step {
        void run();
    }

    private final List<Line> lines = new ArrayList<>();

    Script code(String code) {
        lines.add(new Line(code, null, null));
        return this;
    }

    Script print(String expression, Object value) {
        return print(expression, value, "");
    }

    /** {@code print(expression)} with a comment after it. */
    Script print(String expression, Object value, String comment) {
        lines.add(new Line("print(" + expression + ")" + comment, value == null ? "None" : value.toString(), null));
        return this;
    }

    /**
     * A statement that may fail, as the engine runs it: if it fails, the program catches PyTorch's
     * RuntimeError and prints it, and the line keeps the engine's own words when they differ. Returns
     * whether it ran.
     */
    boolean attempt(String code, Step step) {
        try {
            step.run();
            lines.add(new Line(code, null, null));
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            String pytorch = "RuntimeError: " + AutogradModel.pytorchMessage(e.getMessage());
            String engine = "RuntimeError: " + e.getMessage();
            lines.add(new Line("try:\n    " + code + "\nexcept RuntimeError as e:\n    print('RuntimeError:', e)",
                    pytorch, engine.equals(pytorch) ? null : engine));
            return false;
        }
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The statements, one per line. */
    static String program(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        for (Line l : lines) {
            b.append(l.code()).append('\n');
        }
        return b.toString();
    }

    /** What Python prints for the statements. */
    static String output(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        for (Line l : lines) {
            if (l.output() != null) {
                b.append(l.output()).append('\n');
            }
        }
        return b.toString();
    }
}
