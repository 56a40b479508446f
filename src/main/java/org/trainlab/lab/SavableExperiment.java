package org.trainlab.lab;

import java.util.List;
import org.trainlab.io.NamedModule;
import org.trainlab.nn.Module;
import org.trainlab.spec.TrainingSettings;

/**
 * An experiment whose nets a whole-model file can hold (each built from the engine's layers, so
 * {@link org.trainlab.spec.NetworkSpec#of} describes it, or from a network file's class, which is kept). Saving reads them on the training thread; opening a
 * file loads its weights into the nets of a fresh experiment, by name.
 */
public interface SavableExperiment {
    /** The nets, by name in training order (a GAN's G and D, a race's racers); a lone net is unnamed. */
    List<NamedModule> nets();

    /** An experiment that trains one net, saved unnamed: its keys are the net's own state_dict keys. */
    interface OneNet extends SavableExperiment {
        Module net();

        /** The loss, optimizer, learning rate, steps and seed this experiment trains with, as a file records them. */
        TrainingSettings training();

        /** The network file of a net built from a class (the Build lesson's net1), or null. */
        default org.trainlab.spec.NetworkFile source() {
            return null;
        }

        @Override
        default List<NamedModule> nets() {
            return List.of(new NamedModule("", net(), training(), source()));
        }
    }
}
