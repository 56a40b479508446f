package org.trainlab.app;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.trainlab.app.chart.Palette;

/**
 * What every lesson shares: the current data sets, the theme, and a way to tell the user something
 * briefly (a notification over the lesson).
 */
public final class AppContext {
    private final DataSets data;
    private final ObjectProperty<Theme> theme;
    private final Consumer<String> notifier;

    public AppContext(DataSets data, ObjectProperty<Theme> theme, Consumer<String> notifier) {
        this.data = data;
        this.theme = theme;
        this.notifier = notifier;
    }

    /** A context for tests and tools: tutorial data, light theme, notifications dropped. */
    public static AppContext standalone() {
        return new AppContext(new DataSets(), new SimpleObjectProperty<>(Theme.LIGHT), message -> { });
    }

    public DataSets data() {
        return data;
    }

    public ObjectProperty<Theme> theme() {
        return theme;
    }

    /** The chart colours of the current theme. */
    public ObservableValue<Palette> palette() {
        return theme.map(Theme::palette);
    }

    public void notify(String message) {
        notifier.accept(message);
    }
}
