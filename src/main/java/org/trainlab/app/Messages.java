package org.trainlab.app;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word the app shows, from resource bundles in English and 简体中文: the frame's own
 * ({@code org/trainlab/app/messages*.properties}) and each lesson's, kept with the lesson
 * ({@code org/trainlab/app/lesson/<id>/messages*.properties}). Arguments are written {@code {0}},
 * {@code {1}}, ... and replaced as they are, so apostrophes need no quoting. No JavaFX here: view-models
 * use it too.
 */
public final class Messages {
    /** The languages the app speaks, by locale tag. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    static final String BUNDLE = "org.trainlab.app.messages";

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    /** The frame's words and those of every registered lesson. */
    public Messages(Locale locale) {
        this(locale, Lessons.ids());
    }

    /** The frame's words and those of the lessons with these ids. */
    public Messages(Locale locale, List<String> lessons) {
        this.locale = supported(locale);
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        java.util.ArrayList<ResourceBundle> all = new java.util.ArrayList<>();
        all.add(ResourceBundle.getBundle(BUNDLE, this.locale, control));
        for (String id : lessons) {
            all.add(ResourceBundle.getBundle(lessonBundle(id), this.locale, control));
        }
        this.bundles = List.copyOf(all);
    }

    /** Where a lesson's words are: beside its code, {@code org.trainlab.app.lesson.<id>.messages}. */
    public static String lessonBundle(String lessonId) {
        return "org.trainlab.app.lesson." + lessonId + ".messages";
    }

    /** The system's language if the app speaks it, else English. */
    public static Locale systemLanguage() {
        return supported(Locale.getDefault());
    }

    /** Chinese for any zh locale, English for everything else. */
    public static Locale supported(Locale l) {
        return l != null && l.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** English (tests, tools). */
    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return locale.getLanguage().equals("zh");
    }

    public boolean has(String key) {
        return find(key) != null;
    }

    /** The text for a key; a missing key shows as the key in brackets, which the bundle tests forbid. */
    public String text(String key) {
        String t = find(key);
        return t == null ? "[" + key + "]" : t;
    }

    /** The text for a key, or {@code fallback} where no bundle has it. */
    public String textOr(String key, String fallback) {
        String t = find(key);
        return t == null ? fallback : t;
    }

    private String find(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                try {
                    return b.getString(key);
                } catch (MissingResourceException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The text with {@code {0}}, {@code {1}}, ... replaced by the arguments. */
    public String format(String key, Object... args) {
        return fill(text(key), args);
    }

    static String fill(String pattern, Object... args) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1) {
                String index = pattern.substring(i + 1, close);
                if (index.chars().allMatch(Character::isDigit)) {
                    int n = Integer.parseInt(index);
                    out.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
                    i = close;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
