package org.trainlab.app.frame;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.prefs.Preferences;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;

/**
 * A training lesson's last settings, kept between runs of the app (java.util.prefs, one node per lesson id): the
 * values that differ from the tutorial's are written whenever they change and read back when the page is
 * made. "Reset to the tutorial's settings" empties the node again. A stored value this version no longer
 * accepts (a setting renamed, a range narrowed) is left out, so the tutorial's value stands.
 */
final class RememberedSettings {
    private RememberedSettings() {
    }

    /** Restores the page's remembered settings (as the settings the first run is built with) and keeps them up to date. */
    static void attach(PageModel page, Preferences node) {
        Map<String, Object> saved = read(page.editing(), node);
        if (!saved.isEmpty()) {
            page.setAll(saved);
            page.apply();
        }
        page.addListener(() -> write(page.editing(), page.lesson().defaults(), node));
    }

    static Map<String, Object> read(Settings settings, Preferences node) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Param p : settings.params()) {
            String text = node.get(p.id(), null);
            if (text != null) {
                Param.Parsed parsed = p.parse(text);
                if (parsed.ok()) {
                    values.put(p.id(), parsed.value());
                }
            }
        }
        return values;
    }

    static void write(Settings editing, Settings defaults, Preferences node) {
        try {
            for (Param p : editing.params()) {
                Object value = editing.get(p.id());
                if (value.equals(defaults.get(p.id()))) {
                    node.remove(p.id());
                } else {
                    node.put(p.id(), String.valueOf(value));
                }
            }
        } catch (IllegalStateException e) {
            // the node was removed (preferences cleared meanwhile): nothing to remember into
        }
    }
}
