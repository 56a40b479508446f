package org.trainlab.app;

/** The single-key shortcuts a lesson may answer (Space, S, R). */
public enum Shortcut {
    PLAY_PAUSE, STEP, RESET
}
