package org.trainlab.app;

import javafx.scene.Node;

/**
 * One page of the lab: a view over its own model (and, for training lessons, one live run). The frame
 * builds a lesson once, shows its view, and activates it while it is on screen; a lesson starts its
 * runs and timers in {@link #activate()} and closes them all in {@link #deactivate()}, so nothing keeps
 * training once the user looks elsewhere.
 */
public interface Lesson {
    Node view();

    /** The lesson comes on screen. */
    default void activate() {
    }

    /** The lesson leaves the screen or the window closes: close every run it started. */
    default void deactivate() {
    }

    /** A keyboard shortcut while this lesson is on screen; returns whether it was used. */
    default boolean handle(Shortcut shortcut) {
        return false;
    }
}
