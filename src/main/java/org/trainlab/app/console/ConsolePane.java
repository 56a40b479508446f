package org.trainlab.app.console;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.trainlab.app.Messages;
import org.trainlab.console.Console;

/**
 * A PyTorch console: type Python code, Enter runs it (Shift+Enter starts a new line), and the output shows
 * what Python with PyTorch prints, an error as Python's last traceback line. Up and Down on the first or last
 * line bring back earlier inputs. Names stay from one input to the next, and a last line that is an
 * expression prints its value, as at Python's prompt. Code runs on its own thread and is stopped after
 * {@link #TIME_LIMIT_SECONDS} (or by Stop), so an endless loop cannot freeze the window.
 */
public final class ConsolePane extends VBox {
    public static final double TIME_LIMIT_SECONDS = 10;
    private static final int MAX_SHOWN = 200_000;

    private final Messages messages;
    private final TextArea output = new TextArea();
    private final TextArea input = new TextArea();
    private final Button run;
    private final Button stop;
    private final Label status = new Label();
    private final List<String> history = new ArrayList<>();
    private int historyAt;
    private String draft = "";
    private Console session = new Console();
    private Thread worker;
    private PauseTransition limit;
    private boolean timedOut;

    /** A console whose input starts with {@code starter} code (empty for none). */
    public ConsolePane(Messages messages, String starter) {
        this.messages = messages;
        getStyleClass().add("console-pane");
        setId("console");
        output.setId("console-output");
        output.setEditable(false);
        output.setWrapText(false);
        output.setPrefRowCount(10);
        output.getStyleClass().add("console-text");
        output.setText(messages.text("console.welcome") + "\n");
        input.setId("console-input");
        input.setPrefRowCount(3);
        input.setWrapText(false);
        input.getStyleClass().add("console-text");
        input.setPromptText(messages.text("console.prompt"));
        input.setText(starter);
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        run = new Button(messages.text("console.run"), new FontIcon(MaterialDesignP.PLAY));
        run.setId("console-run");
        run.getStyleClass().add(Styles.SMALL);
        run.setTooltip(new Tooltip(messages.text("console.run.tip")));
        run.setOnAction(e -> runInput());
        stop = new Button(messages.text("console.stop"), new FontIcon(MaterialDesignS.STOP));
        stop.setId("console-stop");
        stop.getStyleClass().add(Styles.SMALL);
        stop.setDisable(true);
        stop.setOnAction(e -> interrupt());
        Button clear = new Button(messages.text("console.clear"));
        clear.setId("console-clear");
        clear.getStyleClass().add(Styles.SMALL);
        clear.setTooltip(new Tooltip(messages.text("console.clear.tip")));
        clear.setOnAction(e -> reset());
        status.setId("console-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.setWrapText(true);
        status.setText(messages.format("console.hint", format(TIME_LIMIT_SECONDS)));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, run, stop, clear, gap);
        buttons.setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        getChildren().addAll(output, input, buttons, status);
        VBox.setVgrow(output, Priority.ALWAYS);
        setMinHeight(180);
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    public TextArea input() {
        return input;
    }

    public TextArea output() {
        return output;
    }

    /** True while code runs. */
    public boolean running() {
        return worker != null;
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !e.isControlDown() && !e.isAltDown()) {
            e.consume();
            runInput();
        } else if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
            e.consume();
            input.insertText(input.getCaretPosition(), "\n");
        } else if (e.getCode() == KeyCode.UP && !input.getText(0, input.getCaretPosition()).contains("\n")) {
            if (historyAt > 0) {
                if (historyAt == history.size()) {
                    draft = input.getText();
                }
                historyAt--;
                show(history.get(historyAt));
                e.consume();
            }
        } else if (e.getCode() == KeyCode.DOWN
                && !input.getText(input.getCaretPosition(), input.getLength()).contains("\n")) {
            if (historyAt < history.size()) {
                historyAt++;
                show(historyAt == history.size() ? draft : history.get(historyAt));
                e.consume();
            }
        }
    }

    private void show(String text) {
        input.setText(text);
        input.positionCaret(text.length());
    }

    /** Runs what the input holds (nothing while code runs or for blank input). */
    public void runInput() {
        String code = input.getText();
        if (worker != null || code.isBlank()) {
            return;
        }
        if (history.isEmpty() || !history.get(history.size() - 1).equals(code)) {
            history.add(code);
        }
        historyAt = history.size();
        draft = "";
        input.clear();
        append(echo(code));
        run.setDisable(true);
        stop.setDisable(false);
        status.setText(messages.text("console.running"));
        Console s = session;
        Thread t = new Thread(() -> {
            Console.Result r = new Console.Result("", "RuntimeError: the console failed", false);
            try {
                r = s.execute(code, true);
            } finally {
                Console.Result done = r;
                Platform.runLater(() -> finished(done)); // always, so the pane never stays "running"
            }
        }, "console");
        t.setDaemon(true);
        worker = t;
        timedOut = false;
        limit = new PauseTransition(Duration.seconds(TIME_LIMIT_SECONDS));
        limit.setOnFinished(e -> {
            if (worker == t) {
                t.interrupt();
                timedOut = true;
                status.setText(messages.format("console.timeout", format(TIME_LIMIT_SECONDS)));
            }
        });
        limit.play();
        t.start();
    }

    private void interrupt() {
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void finished(Console.Result r) {
        worker = null;
        limit.stop();
        append(r.output());
        if (r.error() != null) {
            append(r.error() + "\n");
        }
        run.setDisable(false);
        stop.setDisable(true);
        if (!r.interrupted()) {
            status.setText(messages.format("console.hint", format(TIME_LIMIT_SECONDS)));
        } else if (!timedOut) {
            status.setText(messages.text("console.stopped"));
        }
        input.requestFocus();
    }

    /** The code as Python's prompt shows it: {@code >>> } before the first line, {@code ... } before the others. */
    private static String echo(String code) {
        String[] lines = code.strip().split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            b.append(i == 0 ? ">>> " : "... ").append(lines[i]).append('\n');
        }
        return b.toString();
    }

    private void append(String text) {
        if (text.isEmpty()) {
            return;
        }
        output.appendText(text);
        if (output.getLength() > MAX_SHOWN) {
            output.deleteText(0, output.getLength() - MAX_SHOWN);
        }
        output.setScrollTop(Double.MAX_VALUE);
    }

    /** Forgets every name and clears the output (a running script is stopped first). */
    public void reset() {
        interrupt();
        session = new Console();
        output.setText(messages.text("console.welcome") + "\n");
    }

    /** Stops what runs; the pane is being thrown away. */
    public void close() {
        interrupt();
    }
}
