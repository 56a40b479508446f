package org.trainlab.app;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.trainlab.app.chart.Palette;

/**
 * What every lesson shares: the current data sets, the theme, the language, the preferences, and a way
 * to tell the user something briefly (a notification over the lesson).
 */
public final class AppContext {
    private final DataSets data;
    private final ObjectProperty<Theme> theme;
    private final Messages messages;
    private final AppPrefs prefs;
    private final Consumer<String> notifier;
    private final BuiltNets nets;

    public AppContext(DataSets data, ObjectProperty<Theme> theme, Messages messages, AppPrefs prefs,
            Consumer<String> notifier) {
        this(data, new BuiltNets(), theme, messages, prefs, notifier);
    }

    public AppContext(DataSets data, BuiltNets nets, ObjectProperty<Theme> theme, Messages messages, AppPrefs prefs,
            Consumer<String> notifier) {
        this.data = data;
        this.nets = nets;
        this.theme = theme;
        this.messages = messages;
        this.prefs = prefs;
        this.notifier = notifier;
    }

    /** A context for tests and tools: tutorial data, light theme, English, preferences in a scratch node, notifications dropped. */
    public static AppContext standalone() {
        return new AppContext(new DataSets(), new SimpleObjectProperty<>(Theme.LIGHT), Messages.english(),
                AppPrefs.scratch(), message -> { });
    }

    public DataSets data() {
        return data;
    }

    /** The networks built in the Build lesson (net1, net2), which other lessons may train. */
    public BuiltNets nets() {
        return nets;
    }

    public ObjectProperty<Theme> theme() {
        return theme;
    }

    public Messages messages() {
        return messages;
    }

    /** The text for a key in the user's language. */
    public String text(String key) {
        return messages.text(key);
    }

    public AppPrefs prefs() {
        return prefs;
    }

    /** The chart colours of the current theme. */
    public ObservableValue<Palette> palette() {
        return theme.map(Theme::palette);
    }

    public void notify(String message) {
        notifier.accept(message);
    }
}
