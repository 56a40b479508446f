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

/** The English and Chinese bundles say the same things: the same keys, none of them empty. */
class MessagesBundleTest {
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
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), onlyEn, "keys missing in messages_zh.properties");
        assertEquals(Set.of(), onlyZh, "keys missing in messages.properties");
    }

    @Test
    void noValueIsEmpty() throws IOException {
        List<String> empty = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_zh.properties")) {
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
