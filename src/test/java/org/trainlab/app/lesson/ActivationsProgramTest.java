package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
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
    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path dir;

    @BeforeAll
    static void needsPyTorch() throws Exception {
        boolean ok;
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import torch, matplotlib").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            ok = p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            ok = false;
        }
        assumeTrue(ok, "skipped: " + PYTHON + " cannot import torch and matplotlib");
    }

    private String run(String program) throws IOException, InterruptedException {
        Path file = dir.resolve("activations.py");
        Files.writeString(file, program);
        ProcessBuilder pb = new ProcessBuilder(PYTHON, file.toString()).directory(dir.toFile());
        pb.environment().put("MPLBACKEND", "Agg");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(300, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), program + "\n" + err);
        return out;
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
