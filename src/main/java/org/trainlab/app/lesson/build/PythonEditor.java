package org.trainlab.app.lesson.build;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reactfx.Subscription;

/**
 * A Python code editor (RichTextFX's CodeArea) with line numbers and Python highlighting: keywords, strings,
 * comments, numbers, {@code self}. A problem is marked where it is (a wavy underline from its column to the end
 * of the word) and said under the editor with its line and column.
 */
final class PythonEditor {
    private static final String[] KEYWORDS = {"and", "as", "class", "def", "elif", "else", "False", "for", "from",
        "if", "import", "in", "is", "lambda", "None", "not", "or", "pass", "return", "super", "True", "while", "with"};
    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>#[^\n]*)"
            + "|(?<STRING>\"\"\"(?:.|\\R)*?\"\"\"|'''(?:.|\\R)*?'''|\"(?:[^\"\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\n]|\\\\.)*')"
            + "|(?<KEYWORD>\\b(?:" + String.join("|", KEYWORDS) + ")\\b)"
            + "|(?<SELF>\\bself\\b)"
            + "|(?<NUMBER>\\b\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?\\b)"
            + "|(?<DEF>(?<=\\bdef |\\bclass )[A-Za-z_][A-Za-z0-9_]*)");

    private final CodeArea area = new CodeArea();
    private final Label message = new Label();
    private final VBox root;
    private final Subscription highlighting;
    /** The marked problem: offset and length in the text, or -1. */
    private int markFrom = -1;
    private int markLength;

    PythonEditor(String text) {
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("python-editor");
        area.setId("class-editor");
        // keys typed here are code: the window's one-key shortcuts (Space, S, R) leave them alone
        area.setAccessibleRole(javafx.scene.AccessibleRole.TEXT_AREA);
        area.setAccessibleText("class Net");
        // Tab indents by Python's four spaces; Escape hands the focus back to the page (Tab cannot leave a code area)
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isControlDown() && !e.isAltDown()) {
                area.replaceSelection("    ");
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                leave();
                e.consume();
            }
        });
        area.setWrapText(false);
        highlighting = area.multiPlainChanges().successionEnds(Duration.ofMillis(150))
                .subscribe(ignore -> restyle());
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        message.setId("editor-message");
        message.setWrapText(true);
        message.getStyleClass().add("editor-message");
        message.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        root = new VBox(4, scroll, message);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        restyle();
    }

    Node node() {
        return root;
    }

    private void leave() {
        root.requestFocus();
    }

    CodeArea area() {
        return area;
    }

    String text() {
        return area.getText();
    }

    /** Replaces the whole text (Convert to class, Open, the tutorial's net1). */
    void setText(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Marks a problem at a 1-based line and column (0: not at one place) and says it; null clears it. */
    void mark(int line, int column, String text, boolean error) {
        markFrom = -1;
        if (text == null) {
            message.setText("");
            message.getStyleClass().removeAll("editor-error", "editor-ok");
        } else {
            message.setText(text);
            message.getStyleClass().removeAll("editor-error", "editor-ok");
            message.getStyleClass().add(error ? "editor-error" : "editor-ok");
            if (error && line >= 1 && line <= area.getParagraphs().size()) {
                String para = area.getParagraph(line - 1).getText();
                int col = Math.max(0, Math.min(column - 1, para.length()));
                int end = col;
                while (end < para.length() && (Character.isLetterOrDigit(para.charAt(end)) || para.charAt(end) == '_'
                        || para.charAt(end) == '.')) {
                    end++;
                }
                if (end == col) {
                    end = Math.min(para.length(), col + 1);
                }
                markFrom = area.getAbsolutePosition(line - 1, col);
                markLength = Math.max(1, end - col);
                if (para.isEmpty()) {
                    markLength = 0;
                }
            }
        }
        restyle();
    }

    /** The marked span's start offset, or -1 (tests). */
    int markFrom() {
        return markFrom;
    }

    private void restyle() {
        String text = area.getText();
        area.setStyleSpans(0, highlight(text));
        if (markFrom >= 0 && markLength > 0 && markFrom + markLength <= text.length()) {
            for (int i = markFrom; i < markFrom + markLength; i++) {
                Collection<String> now = area.getStyleOfChar(i);
                java.util.List<String> with = new java.util.ArrayList<>(now);
                with.add("error-mark");
                area.setStyle(i, i + 1, with);
            }
        }
    }

    static StyleSpans<Collection<String>> highlight(String text) {
        Matcher m = TOKENS.matcher(text);
        int last = 0;
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        while (m.find()) {
            String style = m.group("COMMENT") != null ? "py-comment"
                    : m.group("STRING") != null ? "py-string"
                    : m.group("KEYWORD") != null ? "py-keyword"
                    : m.group("SELF") != null ? "py-self"
                    : m.group("NUMBER") != null ? "py-number" : "py-def";
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }

    void dispose() {
        highlighting.unsubscribe();
    }
}
