package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.trainlab.PythonPrograms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.app.lesson.activations.ActivationsModel;
import org.trainlab.app.lesson.activations.Logits;
import org.trainlab.app.settings.Settings;
import org.trainlab.tensor.Tensor;

/**
 * The Activations lesson's program runs under PyTorch (matplotlib's Agg backend) and prints the same
 * probabilities, in PyTorch's own format, that the lesson's bars show. Skipped where /usr/bin/python3
 * cannot import torch and matplotlib.
 */
class ActivationsProgramTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsPyTorch() {
        PythonPrograms.assumeImports("torch, matplotlib");
    }

    private String run(String program) throws IOException, InterruptedException {
        return PythonPrograms.run(dir, "activations.py", program);
    }

    @Test
    void theProgramRunsAndPrintsTheBarsProbabilities() throws Exception {
        ActivationsModel model = new ActivationsModel();
        Settings tutorial = model.defaults();
        assertEquals(Tensor.of(model.probabilities(tutorial)) + "\n", run(model.pytorchCode(tutorial)));

        model.setLogits(Logits.parse("[-1, 0.25, 2, 2, 7]").logits());
        Settings changed = tutorial.with("derivative", true).with("negativeSlope", 0.3).with("alpha", 2.5)
                .with("beta", 4.0).with("approximate", "tanh").with("temperature", 0.3);
        assertEquals(Tensor.of(model.probabilities(changed)) + "\n", run(model.pytorchCode(changed)));
    }
}
