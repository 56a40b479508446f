package org.trainlab.app.lesson.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trainlab.app.DataSets;
import org.trainlab.app.frame.LessonModel;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.DataCode;
import org.trainlab.lab.DataOrigin;

/**
 * The Data lesson's model: where each of the two sets comes from (a generator with its parameters, or an
 * imported file) and the test split. Every setting applies at once: {@link #apply} makes the set again and
 * publishes it to the app's {@link DataSets}, which the training lessons read. No JavaFX.
 */
public final class DataModel implements LessonModel {
    static final String GENERATOR = "generator";
    static final String FILE = "file";
    static final String DRAWN = "drawn";
    /** Classes a drawing can have (as many as the Classes setting offers). */
    static final int MAX_DRAWN_CLASSES = 8;

    private static final List<String> CURVES = Arrays.stream(RegressionData.Shape.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    private static final List<String> LAYOUTS = Arrays.stream(ClassificationData.Shape.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT)).toList();

    static final List<Param> PARAMS = List.of(
            Param.choice("regressionSource", List.of(GENERATOR, FILE, DRAWN)).live().inGroup("regression"),
            Param.choice("curve", CURVES).live().inGroup("regression").enabledWhen(DataModel::regressionGenerated),
            Param.integer("points", 2, 5000, 10).live().inGroup("regression")
                    .enabledWhen(DataModel::regressionGenerated),
            Param.decimal("noise", 0, 5, 0.05).live().inGroup("regression").enabledWhen(DataModel::regressionGenerated),
            Param.integer("regressionSeed", 0, Integer.MAX_VALUE, 1).live().inGroup("regression")
                    .enabledWhen(DataModel::regressionGenerated),
            Param.choice("classificationSource", List.of(GENERATOR, FILE, DRAWN)).live().inGroup("classification"),
            Param.choice("layout", LAYOUTS).live().inGroup("classification")
                    .enabledWhen(DataModel::classificationGenerated),
            Param.integer("classes", 2, 8, 1).live().inGroup("classification")
                    .enabledWhen(s -> classificationGenerated(s)
                            && !ClassificationData.Shape.parse(s.choice("layout")).fixedClasses()),
            Param.integer("pointsPerClass", 1, 2000, 10).live().inGroup("classification")
                    .enabledWhen(DataModel::classificationGenerated),
            Param.decimal("spread", 0, 5, 0.1).live().inGroup("classification")
                    .enabledWhen(DataModel::classificationGenerated),
            Param.integer("classificationSeed", 0, Integer.MAX_VALUE, 1).live().inGroup("classification"),
            Param.decimal("testFraction", 0, 0.9, 0.05).live().inGroup("classification"),
            Param.integer("drawClass", 0, MAX_DRAWN_CLASSES - 1, 1).live().inGroup("classification"));

    private final DataSets sets;
    private final DrawnPoints drawnRegression = new DrawnPoints(2);
    private final DrawnPoints drawnClassification = new DrawnPoints(3);
    private RegressionData importedRegression;
    private String importedRegressionName;
    private ClassificationData importedClassification;
    private String importedClassificationName;

    public DataModel(DataSets sets) {
        this.sets = sets;
    }

    private static boolean regressionGenerated(Settings s) {
        return s.choice("regressionSource").equals(GENERATOR);
    }

    private static boolean classificationGenerated(Settings s) {
        return s.choice("classificationSource").equals(GENERATOR);
    }

    @Override
    public String id() {
        return "data";
    }

    @Override
    public List<Param> params() {
        return PARAMS;
    }

    @Override
    public Settings defaults() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("regressionSource", GENERATOR);
        v.put("curve", "square");
        v.put("points", 100);
        v.put("noise", 0.2);
        v.put("regressionSeed", (int) DataSets.DEFAULT_SEED);
        v.put("classificationSource", GENERATOR);
        v.put("layout", "clusters");
        v.put("classes", 2);
        v.put("pointsPerClass", 100);
        v.put("spread", 1.0);
        v.put("classificationSeed", (int) DataSets.DEFAULT_SEED);
        v.put("testFraction", DataSets.DEFAULT_TEST_FRACTION);
        v.put("drawClass", 0);
        return Settings.of(PARAMS, v);
    }

    @Override
    public List<org.trainlab.app.frame.Prompt> prompts() {
        return List.of(
                org.trainlab.app.frame.Prompt.of("sine", "regressionSource", GENERATOR, "curve", "sine"),
                org.trainlab.app.frame.Prompt.of("spiral", "classificationSource", GENERATOR, "layout", "spiral",
                        "classes", 3),
                org.trainlab.app.frame.Prompt.of("moons", "classificationSource", GENERATOR, "layout", "moons",
                        "spread", 1.0),
                org.trainlab.app.frame.Prompt.of("noSplit", "testFraction", 0.0),
                org.trainlab.app.frame.Prompt.of("draw", "classificationSource", DRAWN, "drawClass", 1));
    }

    public DataSets sets() {
        return sets;
    }

    /** Whether a file's set is there to go back to. */
    boolean hasImport(DataSets.Kind kind) {
        return kind == DataSets.Kind.REGRESSION ? importedRegression != null : importedClassification != null;
    }

    /** The imported file's name, or null. */
    String importedName(DataSets.Kind kind) {
        return kind == DataSets.Kind.REGRESSION ? importedRegressionName : importedClassificationName;
    }

    /**
     * Makes the sets the settings describe and publishes those that changed. A "file" source with no file
     * imported yet is refused: returns false and changes nothing.
     */
    public boolean apply(Settings s, Settings before) {
        if (s.choice("regressionSource").equals(FILE) && importedRegression == null
                || s.choice("classificationSource").equals(FILE) && importedClassification == null) {
            return false;
        }
        if (before == null || changed(s, before, "regressionSource", "curve", "points", "noise", "regressionSeed")) {
            applyRegression(s);
        }
        if (before == null || changed(s, before, "classificationSource", "layout", "classes", "pointsPerClass",
                "spread", "classificationSeed", "testFraction")) {
            applyClassification(s);
        }
        return true;
    }

    /** Publishes the regression set these settings describe. */
    void applyRegression(Settings s) {
        if (regressionGenerated(s)) {
            RegressionData.Shape shape = RegressionData.Shape.parse(s.choice("curve"));
            sets.setRegression(RegressionData.generate(shape, s.integer("points"), s.decimal("noise"),
                    s.integer("regressionSeed")), new DataOrigin.RegressionGenerator(shape, s.integer("points"),
                    s.decimal("noise"), s.integer("regressionSeed")));
        } else if (s.choice("regressionSource").equals(FILE)) {
            sets.setRegression(importedRegression, new DataOrigin.File(importedRegressionName));
        } else {
            RegressionData drawn = drawnRegression.regression();
            if (drawn != null) {
                sets.setRegression(drawn, new DataOrigin.Drawn());
            }
        }
    }

    /** Publishes the classification set these settings describe, split as they say. */
    void applyClassification(Settings s) {
        long seed = s.integer("classificationSeed");
        if (classificationGenerated(s)) {
            ClassificationData.Shape shape = ClassificationData.Shape.parse(s.choice("layout"));
            int classes = shape.fixedClasses() ? 2 : s.integer("classes");
            ClassificationData all = ClassificationData.generate(shape, classes, s.integer("pointsPerClass"),
                    s.decimal("spread"), seed);
            sets.setClassification(all, new DataOrigin.ClassificationGenerator(shape, classes,
                    s.integer("pointsPerClass"), s.decimal("spread"), seed), s.decimal("testFraction"), seed);
        } else if (s.choice("classificationSource").equals(FILE)) {
            sets.setClassification(importedClassification, new DataOrigin.File(importedClassificationName),
                    s.decimal("testFraction"), seed);
        } else {
            ClassificationData drawn = drawnClassification.classification();
            if (drawn != null) {
                sets.setClassification(drawn, new DataOrigin.Drawn(), s.decimal("testFraction"), seed);
            }
        }
    }

    /** The points drawn for a set (a "drawn" source's set once it has enough of them). */
    public DrawnPoints drawn(DataSets.Kind kind) {
        return kind == DataSets.Kind.REGRESSION ? drawnRegression : drawnClassification;
    }

    /** Whether the drawn set has what a lesson needs: 2 points, and for classification 2 classes. */
    boolean drawnUsable(DataSets.Kind kind) {
        return kind == DataSets.Kind.REGRESSION ? drawnRegression.regression() != null
                : drawnClassification.classification() != null;
    }

    private static boolean changed(Settings a, Settings b, String... ids) {
        for (String id : ids) {
            if (!a.get(id).equals(b.get(id))) {
                return true;
            }
        }
        return false;
    }

    /** Reads a regression CSV (x,y); on success it becomes the "file" source's set. */
    public RegressionData importRegression(Path file) throws IOException {
        RegressionData data = DataFiles.readRegression(file);
        importedRegression = data;
        importedRegressionName = file.getFileName().toString();
        return data;
    }

    /** Reads a classification CSV (x1,x2,label); on success it becomes the "file" source's set. */
    public ClassificationData importClassification(Path file) throws IOException {
        ClassificationData data = DataFiles.readClassification(file);
        importedClassification = data;
        importedClassificationName = file.getFileName().toString();
        return data;
    }

    public void exportRegression(Path file) throws IOException {
        DataFiles.write(file, sets.regression());
    }

    /** Writes the whole classification set (train and test together). */
    public void exportClassification(Path file) throws IOException {
        DataFiles.write(file, sets.classificationAll());
    }

    /** A program that makes both sets in PyTorch. */
    @Override
    public String pytorchCode(Settings s) {
        boolean math = DataCode.needsMath(sets.regressionOrigin()) || DataCode.needsMath(sets.classificationOrigin());
        boolean numpy = DataCode.needsNumpy(sets.regressionOrigin(), sets.regression().size())
                || DataCode.needsNumpy(sets.classificationOrigin(), sets.classificationAll().size());
        return (math ? "import math\n" : "") + (numpy ? "import numpy as np\n" : "") + """
                import torch
                import matplotlib.pyplot as plt

                torch.manual_seed(%d)
                # the regression set
                %s
                # the classification set
                %s
                plt.subplot(1, 2, 1)
                plt.scatter(x.numpy(), y.numpy())
                plt.subplot(1, 2, 2)
                plt.scatter(x_c[:, 0].numpy(), x_c[:, 1].numpy(), c=y_c.numpy(), cmap='tab10')
                plt.show()
                """.formatted(s.integer("regressionSeed"), DataCode.regression(sets.regressionOrigin(), sets.regression()),
                renameClassification(DataCode.classification(sets.classificationOrigin(), sets.classificationAll(), 0)));
    }

    /** The classification lines define x and y; here they become x_c and y_c beside the regression set's. */
    private static String renameClassification(String code) {
        return code.replaceAll("\\bx\\b", "x_c").replaceAll("\\by\\b", "y_c");
    }
}
