package org.trainlab.io;

import java.io.IOException;

/**
 * A model file that is not a valid safetensors file, or one TrainLab cannot load. The message is one line:
 * the file, the place (a tensor key or a byte offset) and the reason, e.g.
 * {@code model.safetensors, tensor 'fc.weight': unsupported dtype F8_E4M3}.
 *
 * <p>It is an {@link IOException} so that callers handle a bad file and an unreadable one in one place.
 */
public final class ModelFormatException extends IOException {
    private final String file;
    private final String place;
    private final String reason;

    public ModelFormatException(String file, String place, String reason) {
        super(file + ", " + place + ": " + reason);
        this.file = file;
        this.place = place;
        this.reason = reason;
    }

    /** The file (or stream name) that was being read. */
    public String file() {
        return file;
    }

    /** Where in the file: {@code tensor 'name'}, {@code byte 8}, {@code __metadata__}. */
    public String place() {
        return place;
    }

    public String reason() {
        return reason;
    }
}
