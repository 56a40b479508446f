package org.trainlab.app.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trainlab.app.DataSets;
import org.trainlab.app.lesson.regression.RegressionModel;

/** A lesson's last settings survive a restart, and "the tutorial's settings" forgets them. */
class RememberedSettingsTest {
    private final Preferences node = Preferences.userRoot()
            .node(System.getProperty("trainlab.prefs.node", "/org/trainlab/app-test") + "/" + UUID.randomUUID());
    private final DataSets data = new DataSets();

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private PageModel open() {
        PageModel page = new PageModel(new RegressionModel(data), data);
        RememberedSettings.attach(page, node);
        return page;
    }

    @Test
    void theLastSettingsComeBackAsTheSettingsTheRunStartsWith() {
        PageModel first = open();
        first.set("hidden", 23);
        first.set("lr", 0.125);
        first.set("hidden", 10 + 14);

        PageModel second = open();
        assertEquals(24, second.editing().integer("hidden"));
        assertEquals(0.125, second.editing().decimal("lr"));
        assertFalse(second.pending(), "restored settings are the first run's, not a change waiting for Reset");
        assertEquals(24, second.applied().integer("hidden"));
    }

    @Test
    void theTutorialsSettingsLeaveNothingToRemember() throws BackingStoreException {
        PageModel first = open();
        first.set("hidden", 23);
        first.restoreDefaults();
        assertEquals(0, node.keys().length);
        assertEquals(10, open().editing().integer("hidden"));
    }

    @Test
    void aStoredValueThisVersionRefusesIsLeftOut() {
        node.put("hidden", "-3");
        node.put("lr", "not a number");
        node.put("no-such-setting", "1");
        PageModel page = open();
        assertEquals(10, page.editing().integer("hidden"));
        assertEquals(new RegressionModel(data).defaults().decimal("lr"), page.editing().decimal("lr"));
        assertNull(page.editing().params().stream().filter(p -> p.id().equals("no-such-setting")).findAny().orElse(null));
    }
}
