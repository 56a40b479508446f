package org.trainlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The English and Chinese bundles say the same things: the frame's and every lesson's have the same keys in
 * both languages, none of them empty, and no key is defined by two bundles (one would hide the other).
 */
class MessagesBundleTest {
    /** The frame's bundle and each registered lesson's, as class-path names without the language suffix. */
    private static List<String> bundles() {
        List<String> all = new ArrayList<>(List.of("/org/trainlab/app/messages"));
        for (LessonEntry e : Lessons.all()) {
            all.add("/" + Messages.lessonBundle(e.id()).replace('.', '/'));
        }
        return all;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is on the class path");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        for (String bundle : bundles()) {
            Properties en = load(bundle + ".properties");
            Properties zh = load(bundle + "_zh.properties");
            Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
            onlyEn.removeAll(zh.stringPropertyNames());
            Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
            onlyZh.removeAll(en.stringPropertyNames());
            assertEquals(Set.of(), onlyEn, "keys missing in " + bundle + "_zh.properties");
            assertEquals(Set.of(), onlyZh, "keys missing in " + bundle + ".properties");
            assertTrue(en.size() > 5, bundle + " has its words");
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : bundles()) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                String before = owner.put(key, bundle);
                if (before != null) {
                    twice.add(key + " in " + before + " and " + bundle);
                }
            }
        }
        assertEquals(List.of(), twice);
    }

    @Test
    void noValueIsEmpty() throws IOException {
        List<String> empty = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String bundle : bundles()) {
            names.add(bundle + ".properties");
            names.add(bundle + "_zh.properties");
        }
        for (String name : names) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                if (p.getProperty(key).isBlank()) {
                    empty.add(name + ": " + key);
                }
            }
        }
        assertEquals(List.of(), empty);
    }

    @Test
    void everyLessonHasATitleAndSubtitleInBothLanguages() {
        for (java.util.Locale l : Messages.LANGUAGES) {
            Messages m = new Messages(l);
            for (LessonEntry e : Lessons.all()) {
                assertTrue(m.has("lesson." + e.id() + ".title") && m.has("lesson." + e.id() + ".subtitle"),
                        l + " " + e.id());
            }
        }
    }
}
