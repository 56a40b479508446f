package org.trainlab.cli;

/**
 * A command could not do its work because of its input (a file, a spec, the data) or its run failed: Main
 * prints the message as one {@code error:} line and exits with status 1 (usage errors exit with 2).
 */
final class CommandError extends RuntimeException {
    CommandError(String message) {
        super(message);
    }

    CommandError(String message, Throwable cause) {
        super(message, cause);
    }
}
