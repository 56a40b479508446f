package org.trainlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.PythonPrograms;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;

/**
 * The Build lesson's program under PyTorch ends where the lab's experiment ends: both nets' final losses, to the
 * four decimals it prints. Skipped where /usr/bin/python3 cannot import torch.
 */
class BuildProgramTest {
    @TempDir
    Path dir;

    @Test
    void theProgramsFinalLossesAreTheExperiments() throws Exception {
        PythonPrograms.assumeImports("torch, matplotlib");
        BuildExperiment.Settings s = new BuildExperiment.Settings(
                NetworkFile.parse(BuildExperimentTest.NET1.formatted(1, 10, 1)),
                NetworkSpec.parse("Sequential(Linear(1, 10), ReLU(), Linear(10, 1))"), "adam", 0.02, 100, 3);
        String printed = PythonPrograms.run(dir, "build.py", BuildCode.regression(s, BuildExperimentTest.ORIGIN,
                BuildExperimentTest.DATA));
        Matcher m = Pattern.compile("final loss: net1 ([0-9.]+) \\| net2 ([0-9.]+)").matcher(printed);
        assertTrue(m.find(), printed);
        BuildExperiment e = BuildExperiment.regression(s, BuildExperimentTest.ORIGIN, BuildExperimentTest.DATA);
        for (int i = 0; i < 100; i++) {
            e.step();
        }
        BuildView v = e.describe();
        assertEquals(Double.parseDouble(m.group(1)), v.losses1().last(), 1e-4, printed);
        assertEquals(Double.parseDouble(m.group(2)), v.losses2().last(), 1e-4, printed);
    }
}
