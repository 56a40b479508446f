package org.trainlab.app;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word the app shows, from the resource bundles {@code org/trainlab/app/messages*.properties}
 * (English and 简体中文). Arguments are written {@code {0}}, {@code {1}}, ... and replaced as they are, so
 * apostrophes need no quoting. No JavaFX here: view-models use it too.
 */
public final class Messages {
    /** The languages the app speaks, by locale tag. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    static final String BUNDLE = "org.trainlab.app.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
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
        return bundle.containsKey(key);
    }

    /** The text for a key; a missing key shows as the key in brackets, which the bundle test forbids. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** The text for a key, or {@code fallback} where the bundle has none. */
    public String textOr(String key, String fallback) {
        return has(key) ? bundle.getString(key) : fallback;
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
