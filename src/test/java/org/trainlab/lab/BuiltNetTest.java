package org.trainlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.PythonPrograms;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;

/** The Build lesson's nets in the other lessons: built, checked against the data, written into their programs. */
class BuiltNetTest {
    @TempDir
    Path dir;

    @Test
    void aNetSaysWhyItDoesNotFit() throws Exception {
        BuiltNet net2 = BuiltNet.of(NetworkSpec.parse("Sequential(Linear(1, 10), ReLU(), Linear(10, 1))"));
        assertNull(net2.problem(1, 1));
        String problem = net2.problem(2, 2);
        assertTrue(problem.startsWith("with 2 input features: "), problem);
        assertTrue(net2.problem(1, 3).contains("the loss needs [2, 3]"), net2.problem(1, 3));
    }

    @Test
    void theRegressionProgramBuildsTheClassInPlaceOfItsSequential() throws Exception {
        BuiltNet net1 = BuiltNet.of(NetworkFile.parse(BuildExperimentTest.NET1.formatted(1, 7, 1)));
        String code = RegressionExperiment.pytorchCode(RegressionExperiment.defaults(), BuildExperimentTest.ORIGIN,
                BuildExperimentTest.DATA, net1);
        assertTrue(code.contains("class Net(torch.nn.Module):"), code);
        assertTrue(code.contains("net = Net(n_feature=1, n_hidden=7, n_output=1)\nprint(net)"), code);
        RegressionExperiment e = new RegressionExperiment(RegressionExperiment.defaults(), BuildExperimentTest.ORIGIN,
                BuildExperimentTest.DATA, net1);
        assertTrue(e.net().toString().startsWith("Net(\n  (hidden): Linear(in_features=1, out_features=7"));
    }

    @Test
    void theOptimizerRaceWithABuiltNetEndsAsPyTorchsDoes() throws Exception {
        PythonPrograms.assumeImports("torch, matplotlib");
        BuiltNet net2 = BuiltNet.of(NetworkSpec.parse("Sequential(Linear(1, 16), Tanh(), Linear(16, 1))"));
        OptimizersExperiment.Settings s = OptimizersExperiment.Settings.defaults().withPoints(200).withEpochs(2);
        String printed = PythonPrograms.run(dir, "race.py", OptimizersExperiment.pytorchCode(s, net2));
        OptimizersExperiment e = new OptimizersExperiment(s, net2);
        while (e.steps() < e.totalSteps()) {
            e.step();
        }
        OptimizersView v = e.describe();
        for (int i = 0; i < v.names().size(); i++) {
            String label = OptimizersCode.label(s.entry(v.names().get(i)));
            Matcher m = Pattern.compile(Pattern.quote(label) + " final loss: ([0-9.e-]+)").matcher(printed);
            assertTrue(m.find(), label + " in " + printed);
            assertEquals(Double.parseDouble(m.group(1)), v.losses().get(i).last(), 1e-5, label);
        }
    }
}
