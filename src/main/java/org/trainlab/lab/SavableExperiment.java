package org.trainlab.lab;

import org.trainlab.nn.Module;
import org.trainlab.spec.TrainingSettings;

/**
 * An experiment that trains one network a whole-model file can hold: the network (built from the engine's
 * layers, so {@link org.trainlab.spec.NetworkSpec#of} describes it) and how it is trained. Saving reads
 * both on the training thread; opening a file loads its weights into {@link #net()} of a fresh experiment.
 */
public interface SavableExperiment {
    Module net();

    /** The loss, optimizer, learning rate, steps and seed this experiment trains with, as a file records them. */
    TrainingSettings training();
}
