package org.trainlab.lab;

/** Where a run is in its life. */
public enum RunState {
    /** Built, not started. */
    READY,
    RUNNING,
    PAUSED,
    /** Reached its total steps. */
    FINISHED,
    /** Stopped by the user. */
    STOPPED,
    /** Stopped itself: a NaN or infinite loss, or an error; the snapshot's reason says which. */
    FAILED;

    public boolean isActive() {
        return this == RUNNING || this == PAUSED || this == READY;
    }
}
