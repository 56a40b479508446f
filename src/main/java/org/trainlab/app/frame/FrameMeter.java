package org.trainlab.app.frame;

/** Frames per second of an animation, measured over one-second windows (JavaFX thread only). */
final class FrameMeter {
    private long windowStart = -1;
    private int frames;
    private double rate;

    /** Counts a frame at {@code now} nanoseconds; returns true when a new rate was measured. */
    boolean tick(long now) {
        if (windowStart < 0) {
            windowStart = now;
        }
        frames++;
        long elapsed = now - windowStart;
        if (elapsed >= 1_000_000_000L) {
            rate = frames * 1e9 / elapsed;
            frames = 0;
            windowStart = now;
            return true;
        }
        return false;
    }

    double rate() {
        return rate;
    }
}
