package org.trainlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import org.junit.jupiter.api.Test;

/** Every text the window shows, in every lesson and both languages, comes from the bundles: no raw or missing key. */
class WindowTextsTest extends WindowTest {
    /** How Messages shows a missing key. */
    private static final Pattern MISSING = Pattern.compile("\\[[a-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+\\]");
    /** A key shown as it is. */
    private static final Pattern RAW = Pattern.compile("^[a-z]+(\\.[a-zA-Z_0-9]+)+$");

    @Test
    void noLessonShowsAKeyInEitherLanguage() {
        for (Locale language : Messages.LANGUAGES) {
            app.setLanguage(language);
            int seen = 0;
            for (LessonEntry e : Lessons.all()) {
                app.select(e.id());
                onFx(() -> {
                    for (Node n : stage.getScene().getRoot().lookupAll("#notes")) {
                        ((TitledPane) n).setExpanded(true);
                    }
                });
                List<String> texts = fx(() -> {
                    List<String> out = new ArrayList<>();
                    walk(stage.getScene().getRoot(), out);
                    return out;
                });
                assertTrue(texts.size() > 30, e.id() + " shows " + texts.size() + " texts");
                seen += texts.size();
                List<String> bad = texts.stream().filter(t -> MISSING.matcher(t).find() || RAW.matcher(t.strip()).matches())
                        .toList();
                assertEquals(List.of(), bad, language + " " + e.id());
            }
            assertTrue(seen > 0);
        }
        assertEquals(Messages.LANGUAGES.get(Messages.LANGUAGES.size() - 1), app.prefs().language());
    }

    private static void walk(Node n, List<String> out) {
        if (n instanceof Labeled l && !l.getStyleClass().contains("code-link")) {
            add(l.getText(), out);
        }
        if (n instanceof Control c && c.getTooltip() != null) {
            add(c.getTooltip().getText(), out);
        }
        if (n instanceof TextInputControl t) {
            add(t.getPromptText(), out);
        }
        if (n instanceof TabPane tp) {
            for (Tab t : tp.getTabs()) {
                add(t.getText(), out);
                if (t.getTooltip() != null) {
                    add(t.getTooltip().getText(), out);
                }
                if (t.getContent() != null) {
                    walk(t.getContent(), out);
                }
            }
        }
        if (n instanceof MenuBar bar) {
            for (Menu m : bar.getMenus()) {
                menu(m, out);
            }
        }
        if (n instanceof TitledPane tp && tp.getContent() != null && !tp.isExpanded()) {
            walk(tp.getContent(), out);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, out);
            }
        }
    }

    private static void menu(MenuItem item, List<String> out) {
        add(item.getText(), out);
        if (item instanceof Menu m) {
            for (MenuItem child : m.getItems()) {
                menu(child, out);
            }
        }
    }

    private static void add(String text, List<String> out) {
        if (text != null && !text.isEmpty()) {
            out.add(text);
        }
    }
}
