package org.trainlab.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings are made only from one acceptable value per param. */
class SettingsTest {
    private static final List<Param> PARAMS = List.of(
            Param.learningRate("lr", ""),
            Param.integer("hidden", 1, 1024, 1),
            Param.choice("activation", List.of("relu", "tanh")),
            Param.flag("bias"));

    private static Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("lr", 0.2);
        v.put("hidden", 10);
        v.put("activation", "relu");
        v.put("bias", true);
        return v;
    }

    @Test
    void goodValuesMakeSettingsInTheParamsOrder() {
        Settings s = Settings.of(PARAMS, values());
        assertEquals(0.2, s.decimal("lr"));
        assertEquals(10, s.integer("hidden"));
        assertEquals("relu", s.choice("activation"));
        assertTrue(s.flag("bias"));
        assertEquals(List.of("lr", "hidden", "activation", "bias"), List.copyOf(s.values().keySet()));
    }

    @Test
    void anUnknownValueIsRejected() {
        Map<String, Object> v = values();
        v.put("dropout", 0.5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Settings.of(PARAMS, v));
        assertTrue(e.getMessage().contains("dropout"), e.getMessage());
    }

    @Test
    void aMissingValueIsRejected() {
        Map<String, Object> v = values();
        v.remove("hidden");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Settings.of(PARAMS, v));
        assertTrue(e.getMessage().contains("hidden"), e.getMessage());
    }

    @Test
    void anOutOfRangeOrMistypedValueIsRejected() {
        for (Object[] bad : new Object[][] {{"hidden", 0}, {"hidden", 1025}, {"hidden", 10.0}, {"lr", 0.0},
                {"lr", 1000.0}, {"lr", Double.NaN}, {"activation", "gelu"}, {"bias", "true"}}) {
            Map<String, Object> v = values();
            v.put((String) bad[0], bad[1]);
            assertThrows(IllegalArgumentException.class, () -> Settings.of(PARAMS, v), bad[0] + "=" + bad[1]);
        }
    }

    @Test
    void withChangesOneValueAndChecksIt() {
        Settings s = Settings.of(PARAMS, values());
        Settings t = s.with("hidden", 20);
        assertEquals(10, s.integer("hidden"), "settings are immutable");
        assertEquals(20, t.integer("hidden"));
        assertThrows(IllegalArgumentException.class, () -> s.with("hidden", 2000));
        assertThrows(IllegalArgumentException.class, () -> s.with("nope", 1));
        assertTrue(t.differsOnReset(s));
        assertFalse(s.with("lr", 0.5).differsOnReset(s), "a learning rate applies live");
    }
}
