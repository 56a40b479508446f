package org.trainlab.app;

import javafx.scene.Node;

/**
 * One page of the lab: a view over its own model (and, for training lessons, live runs). The frame builds
 * a lesson once, shows its view, and activates it while it is on screen. A lesson left for another pauses
 * its runs and stops drawing in {@link #deactivate()}, keeping them as they were for when the user comes
 * back; {@link #close()} ends them when the window closes.
 */
public interface Lesson {
    Node view();

    /** The lesson comes on screen. */
    default void activate() {
    }

    /** The lesson leaves the screen: pause every run it trains and stop drawing (keep them as they are). */
    default void deactivate() {
    }

    /** The window closes: end every run and thread the lesson started. */
    default void close() {
    }

    /** Saving and opening the model this lesson trains now, or null when it has none a file can hold. */
    default org.trainlab.app.frame.ModelDocument<?> models() {
        return null;
    }

    /** Every model document of this lesson (each tab's, for a lesson on tabs), to find the one a file fits. */
    default java.util.List<org.trainlab.app.frame.ModelDocument<?>> documents() {
        return models() == null ? java.util.List.of() : java.util.List.of(models());
    }

    /** Brings the part of this lesson that the document belongs to on screen (its tab). */
    default void show(org.trainlab.app.frame.ModelDocument<?> document) {
    }

    /** A keyboard shortcut while this lesson is on screen; returns whether it was used. */
    default boolean handle(Shortcut shortcut) {
        return false;
    }
}
