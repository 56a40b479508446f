package org.trainlab.console;

import java.util.List;
import org.trainlab.spec.python.FileParser;
import org.trainlab.spec.python.PythonSyntaxException;
import org.trainlab.spec.python.Statement;

/**
 * A PyTorch console: runs Python code of the console's subset and returns what Python with PyTorch and numpy
 * would print, and on an error the last line of Python's traceback. A session keeps its names from one run to
 * the next, like Python's interactive prompt. Runs on the calling thread; interrupting the thread stops the
 * script between two steps. Not thread-safe: one run at a time.
 */
public final class Console {
    /** Output beyond this many characters stops the script (an endless print loop must not fill the memory). */
    public static final int MAX_OUTPUT = 1_000_000;

    /** What a run printed, and the error's last line or null. */
    public record Result(String output, String error, boolean interrupted) {
        /** The output followed by the error line, as a terminal shows it. */
        public String transcript() {
            return error == null ? output : output + error + "\n";
        }
    }

    private final StringBuilder out = new StringBuilder();
    private final Interpreter interpreter = new Interpreter(this::print);

    private void print(String text) {
        if (out.length() + text.length() > MAX_OUTPUT) {
            out.append(text, 0, Math.max(0, MAX_OUTPUT - out.length()));
            throw new PyError(PyError.UNSUPPORTED, "output longer than " + MAX_OUTPUT + " characters; stopped");
        }
        out.append(text);
    }

    /** Each top-level statement's source: its lines up to the next statement's. */
    private static java.util.Map<Statement, String> texts(String source, List<Statement> program) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        java.util.Map<Statement, String> texts = new java.util.IdentityHashMap<>();
        for (int i = 0; i < program.size(); i++) {
            int from = program.get(i).position().line() - 1;
            int to = i + 1 < program.size() ? program.get(i + 1).position().line() - 1 : lines.length;
            texts.put(program.get(i), String.join("\n", java.util.Arrays.copyOfRange(lines, from,
                    Math.max(from + 1, Math.min(to, lines.length)))));
        }
        return texts;
    }

    /** Runs {@code source} as {@code python3 file.py} would. */
    public static Result run(String source) {
        return new Console().execute(source, false);
    }

    /**
     * Runs {@code source} in this session. With {@code echo}, a last line that is an expression prints its repr
     * (unless None), as Python's interactive prompt does.
     */
    public Result execute(String source, boolean echo) {
        out.setLength(0);
        List<Statement> program;
        try {
            program = FileParser.parseScript(source);
        } catch (PythonSyntaxException e) {
            return new Result("", "SyntaxError: " + e.reason() + " (line " + e.position().line() + ", column "
                    + e.position().column() + ")", false);
        }
        interpreter.setTexts(texts(source, program));
        try {
            if (echo && !program.isEmpty() && program.get(program.size() - 1) instanceof Statement.ExprStatement last) {
                interpreter.run(program.subList(0, program.size() - 1));
                Object value = interpreter.eval(last.value(), null);
                if (value != null) {
                    print(Values.repr(value) + "\n");
                }
            } else {
                interpreter.run(program);
            }
            return new Result(out.toString(), null, false);
        } catch (PyError e) {
            return new Result(out.toString(), e.lastLine(), false);
        } catch (Interpreter.Interrupted e) {
            return new Result(out.toString(), "KeyboardInterrupt", true);
        } catch (StackOverflowError e) {
            return new Result(out.toString(), "RecursionError: maximum recursion depth exceeded", false);
        } catch (OutOfMemoryError e) {
            return new Result(out.toString(), "MemoryError", false);
        } catch (RuntimeException e) {
            // an engine failure the console did not map: say so rather than pretend Python would print it
            return new Result(out.toString(), PyError.UNSUPPORTED + ": " + e, false);
        }
    }
}
