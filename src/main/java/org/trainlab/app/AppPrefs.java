package org.trainlab.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs (window size, theme, last lesson), in java.util.prefs. The
 * node comes from the system property {@value #NODE_PROPERTY} so tests use their own node and never
 * touch the user's preferences.
 */
public final class AppPrefs {
    public static final String NODE_PROPERTY = "trainlab.prefs.node";
    public static final String DEFAULT_NODE = "/org/trainlab/app";

    private final Preferences node;

    public AppPrefs(Preferences node) {
        this.node = node;
    }

    /** Preferences in a fresh node of their own that nothing else reads (tests, tools). */
    public static AppPrefs scratch() {
        return new AppPrefs(Preferences.userRoot().node("/org/trainlab/app-standalone"));
    }

    /** The user's preferences, or the node named by {@value #NODE_PROPERTY}. */
    public static AppPrefs forUser() {
        return new AppPrefs(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    public double width(double fallback) {
        return node.getDouble("window.width", fallback);
    }

    public double height(double fallback) {
        return node.getDouble("window.height", fallback);
    }

    public void setSize(double width, double height) {
        put(() -> {
            node.putDouble("window.width", width);
            node.putDouble("window.height", height);
        });
    }

    public Theme theme() {
        return Theme.parse(node.get("theme", Theme.LIGHT.name()));
    }

    public void setTheme(Theme theme) {
        put(() -> node.put("theme", theme.name()));
    }

    /** The chosen language, or the system's if none was chosen. */
    public java.util.Locale language() {
        String tag = node.get("language", "");
        return tag.isEmpty() ? Messages.systemLanguage() : Messages.supported(java.util.Locale.forLanguageTag(tag));
    }

    public void setLanguage(java.util.Locale locale) {
        put(() -> node.put("language", locale.toLanguageTag()));
    }

    /** Whether a lesson's notes pane is open (open unless the user closed it). */
    public boolean notesOpen() {
        return node.getBoolean("notes.open", true);
    }

    public void setNotesOpen(boolean open) {
        put(() -> node.putBoolean("notes.open", open));
    }

    public String lastLesson(String fallback) {
        return node.get("lesson", fallback);
    }

    public void setLastLesson(String id) {
        put(() -> node.put("lesson", id));
    }

    /** Where a lesson keeps its last settings between runs (frame.RememberedSettings), by lesson id. */
    public java.util.prefs.Preferences lessonSettings(String lessonId) {
        return node.node("settings").node(lessonId);
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Preferences are a convenience: losing them must not stop the app from closing.
        }
    }

    /** Writes, ignoring a node that was removed meanwhile (losing a preference is harmless). */
    private static void put(Runnable write) {
        try {
            write.run();
        } catch (IllegalStateException e) {
            // the node is gone
        }
    }

    /** Forgets everything (tests). */
    public void clear() {
        try {
            node.clear();
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot clear preferences node " + node.absolutePath(), e);
        }
    }

    /** Model files opened or saved lately, newest first (issue 14). */
    public java.util.List<java.nio.file.Path> recentModels() {
        java.util.List<java.nio.file.Path> out = new java.util.ArrayList<>();
        for (String line : node.get("models.recent", "").split("\n")) {
            if (!line.isBlank()) {
                try {
                    out.add(java.nio.file.Path.of(line));
                } catch (java.nio.file.InvalidPathException e) {
                    // a path from another system: forget it
                }
            }
        }
        return out;
    }

    public void setRecentModels(java.util.List<java.nio.file.Path> paths) {
        StringBuilder sb = new StringBuilder();
        for (java.nio.file.Path p : paths) {
            sb.append(sb.isEmpty() ? "" : "\n").append(p);
        }
        String text = sb.length() > java.util.prefs.Preferences.MAX_VALUE_LENGTH ? "" : sb.toString();
        put(() -> node.put("models.recent", text));
    }
}
