package org.trainlab.cli;

import java.io.PrintStream;

/** A one-line progress bar on stderr, redrawn in place; used only when a terminal is attached. */
final class Progress {
    private static final int WIDTH = 30;
    private final String name;
    private final long total;
    private final PrintStream err = System.err;
    private final long start = System.nanoTime();

    Progress(String name, long total) {
        this.name = name;
        this.total = Math.max(1, total);
    }

    /** Whether stdout and stderr go to a terminal, so a bar makes sense. */
    static boolean wanted(boolean json) {
        return !json && System.console() != null;
    }

    synchronized void show(long step) {
        int filled = (int) (WIDTH * Math.min(step, total) / total);
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf("\r%-14s [%s%s] %d/%d  %,.0f steps/s ", name, "#".repeat(filled), ".".repeat(WIDTH - filled),
                step, total, seconds > 0 ? step / seconds : 0);
        err.flush();
    }

    synchronized void finish() {
        err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        err.flush();
    }
}
