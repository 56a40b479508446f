package org.trainlab.app.frame;

import javafx.event.Event;
import javafx.event.EventType;

/**
 * A lesson's request to save its model or open one, raised by its toolbar and handled by the window (which
 * owns the file dialogs, the recent files and the choice of lesson for a file).
 */
public final class ModelFileEvent extends Event {
    public static final EventType<ModelFileEvent> ANY = new EventType<>(Event.ANY, "MODEL_FILE");
    public static final EventType<ModelFileEvent> SAVE = new EventType<>(ANY, "MODEL_FILE_SAVE");
    public static final EventType<ModelFileEvent> OPEN = new EventType<>(ANY, "MODEL_FILE_OPEN");

    public ModelFileEvent(EventType<ModelFileEvent> type) {
        super(type);
    }
}
