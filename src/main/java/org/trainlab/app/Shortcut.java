package org.trainlab.app;

/** The single-key shortcuts a lesson may answer (Space, S, R). */
public enum Shortcut {
    PLAY_PAUSE, STEP, RESET,
    /** Ctrl+Z outside a text field: undo the lesson's last edit (a drawn point). */
    UNDO
}
