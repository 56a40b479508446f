package org.trainlab.app.frame;

import org.trainlab.app.Messages;
import org.trainlab.app.settings.Settings;
import org.trainlab.io.LoadedModel;

/**
 * A {@link TrainingModel} whose experiment trains one network a whole-model file holds (its experiments are
 * {@link org.trainlab.lab.SavableExperiment}s): the frame can then save the lesson's model, open a saved one
 * into it, export it as a PyTorch script, and open a file dropped on the window in it.
 */
public interface ModelLesson {
    /**
     * The lesson's settings for a saved model: its architecture and, when the file has them, its training
     * settings; what the file does not say stays as in {@code current}.
     *
     * @throws IllegalArgumentException with a message in the user's language when the model is not one this
     *     lesson trains (another architecture, another loss)
     */
    Settings settingsFor(LoadedModel model, Settings current, Messages messages);
}
