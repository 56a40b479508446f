package org.trainlab.lab;

/** Steps per second, measured over windows of half a second (training thread only). */
final class SpeedMeter {
    private static final long WINDOW_NANOS = 500_000_000L;
    private long windowStart;
    private long stepsInWindow;
    private double rate;

    void restart() {
        windowStart = System.nanoTime();
        stepsInWindow = 0;
        rate = 0;
    }

    void tick() {
        stepsInWindow++;
        long now = System.nanoTime();
        long elapsed = now - windowStart;
        if (elapsed >= WINDOW_NANOS) {
            rate = stepsInWindow * 1e9 / elapsed;
            windowStart = now;
            stepsInWindow = 0;
        }
    }

    /** The last full window's rate, or the current window's while there is none yet. */
    double stepsPerSecond() {
        if (rate > 0) {
            return rate;
        }
        long elapsed = System.nanoTime() - windowStart;
        return elapsed > 0 && stepsInWindow > 0 ? stepsInWindow * 1e9 / elapsed : 0;
    }
}
