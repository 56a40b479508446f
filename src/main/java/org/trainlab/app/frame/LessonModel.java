package org.trainlab.app.frame;

import java.util.List;
import org.trainlab.app.DataSets;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;

/**
 * What a lesson declares to the frame: its settings and their defaults, the PyTorch program for any of
 * its settings, and which of the app's data sets it reads (none, for lessons about tensors or activation
 * functions). No JavaFX: the frame draws the form, the code pane and the rest from it.
 */
public interface LessonModel {
    /** The lesson's id: names its run, its preferences and its resource keys ({@code <id>.<param>}). */
    String id();

    /** The settings, in the order the form shows them. */
    List<Param> params();

    /** The tutorial's settings. */
    Settings defaults();

    /** The PyTorch program that reproduces what these settings show, with the data sets of the moment. */
    String pytorchCode(Settings settings);

    /** The data sets the lesson reads; a change of one of them makes the next Reset train on new data. */
    default List<DataSets.Kind> uses() {
        return List.of();
    }

    /** Three to five "Try this" prompts, each changing settings in one click. */
    default List<Prompt> prompts() {
        return List.of();
    }
}
