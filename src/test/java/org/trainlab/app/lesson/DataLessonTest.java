package org.trainlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.trainlab.app.AppFixture;
import org.trainlab.app.WindowTest;
import org.trainlab.app.DataSets;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.app.lesson.data.DataLesson;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;

/** The Data lesson makes, imports and exports the sets the training lessons use. */
class DataLessonTest extends WindowTest {
    @TempDir
    Path dir;

    private DataLesson lesson() {
        app.select("data");
        return fx(() -> (DataLesson) app.window().current());
    }

    private DataSets sets() {
        return fx(() -> app.window().context().data());
    }

    private String describe(DataSets.Kind kind) {
        return fx(() -> sets().describe(kind, app.window().messages()));
    }

    @Test
    void choosingAShapeMakesTheNewSetForTheLessons(FxRobot robot) {
        lesson();
        RegressionData before = fx(() -> sets().regression());
        ComboBox<String> curve = AppFixture.node(robot, "curve");
        onFx(() -> curve.setValue("sine"));
        RegressionData after = fx(() -> sets().regression());
        assertNotSame(before, after);
        float[] x = after.x().toArray();
        float[] y = after.y().toArray();
        float[] expected = RegressionData.generate(RegressionData.Shape.SINE, 100, 0.2, 1).y().toArray();
        assertArrayEquals(expected, y);
        assertEquals(100, x.length);
        assertTrue(describe(DataSets.Kind.REGRESSION).startsWith("sin(πx)"), describe(DataSets.Kind.REGRESSION));

        ComboBox<String> layout = AppFixture.node(robot, "layout");
        onFx(() -> layout.setValue("moons"));
        ClassificationData.Split split = fx(() -> sets().classification());
        assertEquals(2, split.train().classes());
        assertEquals(160, split.train().size());
        assertEquals(40, split.test().size());
    }

    @Test
    void aMalformedCsvIsReportedWithItsLineAndThePreviousDataStays(FxRobot robot) throws Exception {
        DataLesson lesson = lesson();
        RegressionData before = fx(() -> sets().regression());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,y\n0.1,0.01\n0.2,oops\n0.3,0.09\n");
        assertFalse(fx(() -> lesson.importFile(DataSets.Kind.REGRESSION, bad)));
        Label error = AppFixture.node(robot, "data-error");
        String message = fx(error::getText);
        assertTrue(message.contains("line 3") && message.contains("'oops' is not a number"), message);
        assertTrue(fx(error::isVisible));
        assertEquals(message, fx(lesson::error));
        assertSame(before, fx(() -> sets().regression()));
        assertEquals("generator", fx(() -> lesson.page().editing().choice("regressionSource")));

        ClassificationData.Split split = fx(() -> sets().classification());
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "x1,x2,label\n0,0,0\n1,1,1.5\n");
        assertFalse(fx(() -> lesson.importFile(DataSets.Kind.CLASSIFICATION, labels)));
        assertTrue(fx(error::getText).contains("line 3"), fx(error::getText));
        assertSame(split, fx(() -> sets().classification()));
    }

    @Test
    void aGoodCsvReplacesTheSetAndExportReadsBack() throws Exception {
        DataLesson lesson = lesson();
        Path good = dir.resolve("line.csv");
        Files.writeString(good, "x,y\n-1,-2\n0,0.5\n1,2\n");
        assertTrue(fx(() -> lesson.importFile(DataSets.Kind.REGRESSION, good)));
        RegressionData imported = fx(() -> sets().regression());
        assertArrayEquals(new float[] {-1, 0, 1}, imported.x().toArray());
        assertArrayEquals(new float[] {-2, 0.5f, 2}, imported.y().toArray());
        assertEquals("line.csv, 3 points", describe(DataSets.Kind.REGRESSION));
        assertEquals("", fx(lesson::error));

        Path out = dir.resolve("classes.csv");
        onFx(() -> {
            try {
                lesson.model().exportClassification(out);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        ClassificationData written = fx(() -> sets().classificationAll());
        assertTrue(fx(() -> lesson.importFile(DataSets.Kind.CLASSIFICATION, out)));
        ClassificationData read = fx(() -> sets().classificationAll());
        assertArrayEquals(written.x().toArray(), read.x().toArray());
        assertArrayEquals(written.labels().toArray(), read.labels().toArray());
        assertEquals(written.classes(), read.classes());
    }

    @Test
    void anImportedFileIsWhatRegressionShowsAndWritesUntilTheGeneratorIsChosenAgain(FxRobot robot)
            throws Exception {
        DataLesson lesson = lesson();
        Path good = dir.resolve("mine.csv");
        Files.writeString(good, "x,y\n-1,3\n0,0.5\n1,2\n2,7\n");
        assertTrue(fx(() -> lesson.importFile(DataSets.Kind.REGRESSION, good)));
        ComboBox<String> source = AppFixture.node(robot, "regressionSource");
        assertEquals("file", fx(source::getValue));
        assertEquals("file", fx(() -> lesson.page().editing().choice("regressionSource")));

        app.select("regression");
        Label description = AppFixture.node(robot, "data-description-regression");
        assertTrue(fx(description::getText).contains("mine.csv"), fx(description::getText));
        TrainingLesson<?> regression = fx(() -> (TrainingLesson<?>) app.window().current());
        String code = fx(regression::code);
        assertTrue(code.contains("torch.tensor(["), code);
        assertFalse(code.contains("x.pow(2)"), code);

        app.select("data");
        ComboBox<String> source2 = AppFixture.node(robot, "regressionSource");
        onFx(() -> source2.setValue("generator"));
        RegressionData back = fx(() -> sets().regression());
        assertArrayEquals(RegressionData.tutorial(1).y().toArray(), back.y().toArray(), "x² again");
        assertTrue(describe(DataSets.Kind.REGRESSION).startsWith("x²"), describe(DataSets.Kind.REGRESSION));
        app.select("regression");
        Label description2 = AppFixture.node(robot, "data-description-regression");
        assertTrue(fx(description2::getText).contains("x²") && !fx(description2::getText).contains("mine.csv"),
                fx(description2::getText));
        String generated = fx(regression::code);
        assertTrue(generated.contains("x.pow(2)") && !generated.contains("torch.tensor(["), generated);
    }

    @Test
    void choosingFileWithNothingImportedIsRefusedAndGoesBackToTheGenerator(FxRobot robot) {
        DataLesson lesson = lesson();
        RegressionData before = fx(() -> sets().regression());
        ComboBox<String> source = AppFixture.node(robot, "regressionSource");
        onFx(() -> source.setValue("file"));
        assertEquals("generator", fx(() -> lesson.page().editing().choice("regressionSource")));
        assertEquals("generator", fx(source::getValue));
        assertFalse(fx(lesson::error).isEmpty());
        assertSame(before, fx(() -> sets().regression()));
    }
}
