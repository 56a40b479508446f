package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.trainlab.PythonPrograms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.app.DataSets;
import org.trainlab.app.lesson.data.DataModel;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.ClassificationExperiment;
import org.trainlab.lab.DataOrigin;
import org.trainlab.lab.NetSettings;
import org.trainlab.lab.OptimizersExperiment;
import org.trainlab.lab.PathsExperiment;
import org.trainlab.lab.RegressionExperiment;

/**
 * The code pane's programs run: each lesson's program, for data the Data lesson can make (every curve and
 * layout, a file's points written literally, a test split), runs under PyTorch to its end and prints its
 * final numbers; the held-out share is the app's. Skipped where /usr/bin/python3 cannot import torch.
 */
class LessonProgramsTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsPyTorch() {
        PythonPrograms.assumeImports("torch, matplotlib");
    }

    private String run(String program) throws IOException, InterruptedException {
        return PythonPrograms.run(dir, "program.py", program);
    }

    private static double finalLoss(String printed) {
        Matcher m = Pattern.compile("final loss: ([0-9.]+)").matcher(printed);
        assertTrue(m.find(), printed);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void regressionProgramsMakeEachCurveAndLearnIt() throws Exception {
        NetSettings s = RegressionExperiment.defaults().withSteps(300);
        for (RegressionData.Shape shape : RegressionData.Shape.values()) {
            DataOrigin origin = new DataOrigin.RegressionGenerator(shape, 60, 0.1, 3);
            String program = RegressionExperiment.pytorchCode(s, origin, RegressionData.generate(shape, 60, 0.1, 3));
            double loss = finalLoss(run(program));
            assertTrue(loss < 0.2, shape + ": final loss " + loss);
        }
    }

    @Test
    void aFilesPointsAreWrittenIntoTheProgram() throws Exception {
        RegressionData data = RegressionData.generate(RegressionData.Shape.SINE, 40, 0.05, 2);
        String program = RegressionExperiment.pytorchCode(RegressionExperiment.defaults().withSteps(20),
                new DataOrigin.File("points.csv"), data);
        assertTrue(program.contains("torch.tensor([" + data.x().toArray()[0]), program);
        finalLoss(run(program + "\nassert x.shape == (40, 1) and abs(float(y[7]) - " + data.y().toArray()[7]
                + ") < 1e-6\n"));
    }

    @Test
    void classificationProgramsHoldOutTheAppsShareAndReportBothAccuracies() throws Exception {
        NetSettings s = ClassificationExperiment.defaults().withSteps(200).withLr(0.1);
        for (ClassificationData.Shape shape : ClassificationData.Shape.values()) {
            ClassificationData all = ClassificationData.generate(shape, 3, 40, 0.5, 4);
            DataOrigin origin = new DataOrigin.ClassificationGenerator(shape, 3, 40, 0.5, 4);
            ClassificationData.Split split = all.split(0.25, 4);
            String printed = run(ClassificationExperiment.pytorchCode(s, origin, all, 0.25)
                    + "\nprint('sizes', len(x), len(x_test), int(y.max()) + 1)\n");
            assertTrue(printed.contains("test accuracy"), printed);
            assertTrue(printed.contains("sizes " + split.train().size() + " " + split.test().size() + " "
                    + all.classes()), shape + ": " + printed);
        }
    }

    @Test
    void withoutASplitThereIsNoTestSet() throws Exception {
        ClassificationData all = ClassificationData.tutorial(1);
        String printed = run(ClassificationExperiment.pytorchCode(ClassificationExperiment.defaults(),
                new DataOrigin.File("clusters.csv"), all, 0));
        assertTrue(printed.contains("train accuracy") && !printed.contains("test accuracy"), printed);
    }

    @Test
    void theRaceAndThePathsRun() throws Exception {
        OptimizersExperiment.Settings race = OptimizersExperiment.Settings.defaults().withEpochs(1).withPoints(200);
        String printed = run(OptimizersExperiment.pytorchCode(race));
        assertTrue(printed.toLowerCase(java.util.Locale.ROOT).contains("adam"), printed);
        for (String surface : org.trainlab.lab.Surface.ids()) {
            String walked = run(PathsExperiment.pytorchCode(PathsExperiment.Settings.forSurface(surface).withSteps(20)));
            assertTrue(walked.contains("ends at"), walked);
        }
    }

    @Test
    void theDataLessonsProgramMakesBothSets() throws Exception {
        DataSets sets = new DataSets();
        DataModel model = new DataModel(sets);
        var settings = model.defaults().with("curve", "sine").with("layout", "moons");
        model.apply(settings, null);
        String printed = run(model.pytorchCode(settings) + "\nprint('shapes', tuple(x.shape), tuple(x_c.shape))\n");
        assertTrue(printed.contains("shapes (100, 1) (200, 2)"), printed);
    }
}
