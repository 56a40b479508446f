package org.trainlab.app.frame;

import org.trainlab.app.Messages;
import org.trainlab.app.settings.Settings;
import org.trainlab.io.LoadedModel;

/**
 * A {@link TrainingModel} whose experiments are {@link org.trainlab.lab.SavableExperiment}s: the frame can then
 * save the lesson's nets with its settings, open a file it saved, export it as a PyTorch script, and open a file
 * dropped on the window in it. Nothing else is needed for files this lesson saved; a lesson that trains one
 * net may also open a one-net file saved elsewhere (by the command line) with {@link #settingsFor}.
 */
public interface ModelLesson {
    /**
     * The lesson's settings for a one-net model this lesson did not save: its architecture and, when the file
     * has them, its training settings; what the file does not say stays as in {@code current}. By default a
     * lesson opens only the files it saved.
     *
     * @throws IllegalArgumentException with a message in the user's language when the model is not one this
     *     lesson trains (another architecture, another loss)
     */
    default Settings settingsFor(LoadedModel model, Settings current, Messages messages) {
        String a = model.architecture();
        throw new IllegalArgumentException(messages.format("model.notFromLesson", a.length() <= 120 ? a
                : a.substring(0, 117) + "..."));
    }
}
