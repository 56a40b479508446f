package org.trainlab.app.lesson.data;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.trainlab.app.AppContext;
import org.trainlab.app.Lesson;
import org.trainlab.app.chart.HeatmapPointsChart;
import org.trainlab.app.chart.ScatterCurveChart;
import org.trainlab.app.training.Spinners;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;

/**
 * Makes the data the training lessons learn from: the tutorial's sets and a few harder ones, each
 * with a live preview. What is chosen here is what Regression and Classification train on next.
 */
public final class DataLesson implements Lesson {
    private final DataModel model;
    private final ScatterCurveChart regressionChart = new ScatterCurveChart("Regression set", "x", "y");
    private final HeatmapPointsChart classificationChart = new HeatmapPointsChart("Classification set", "x₁", "x₂");
    private final BorderPane view = new BorderPane();

    public DataLesson(AppContext context) {
        this.model = new DataModel(context.data());
        regressionChart.setId("regression-preview");
        classificationChart.setId("classification-preview");
        regressionChart.paletteProperty().bind(context.palette());
        classificationChart.paletteProperty().bind(context.palette());
        context.data().regressionProperty().addListener((obs, old, now) -> showRegression());
        context.data().classificationProperty().addListener((obs, old, now) -> showClassification());
        showRegression();
        showClassification();

        Label error = new Label();
        error.setId("data-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.error);
        error.visibleProperty().bind(model.error.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        model.error.addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                context.notify(now);
            }
        });
        VBox form = new VBox(10, regressionForm(context), new Separator(), classificationForm(context), error);
        form.getStyleClass().add("data-form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("data-scroll");
        scroll.setPrefWidth(330);
        scroll.setMinWidth(280);
        SplitPane previews = new SplitPane(regressionChart, classificationChart);
        previews.setOrientation(Orientation.HORIZONTAL);
        view.setLeft(scroll);
        view.setCenter(previews);
    }

    @Override
    public Node view() {
        return view;
    }

    public DataModel model() {
        return model;
    }

    private void showRegression() {
        RegressionData d = model.sets().regression();
        float[] x = d.x().toArray();
        regressionChart.setPoints(x, d.y().toArray(), "data (" + d.size() + " points)");
        if (!model.regressionGenerated()) {
            regressionChart.setCurve(new float[0], new float[0], "", true);
            regressionChart.redraw();
            return;
        }
        RegressionData.Shape shape = model.regressionShape.get();
        float[] fx = new float[200];
        float[] fy = new float[200];
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        for (int i = 0; i < fx.length; i++) {
            fx[i] = lo + (hi - lo) * i / (fx.length - 1);
            fy[i] = (float) shape.f(fx[i]);
        }
        regressionChart.setCurve(fx, fy, "f(x) = " + shape.label(), true);
        regressionChart.redraw();
    }

    private void showClassification() {
        ClassificationData.Split split = model.sets().classification();
        classificationChart.setClasses(split.train().classes());
        classificationChart.setTrain(split.train().x().toArray(), labels(split.train()), null);
        if (split.test() == null) {
            classificationChart.setTest(new float[0], new int[0], null);
        } else {
            classificationChart.setTest(split.test().x().toArray(), labels(split.test()), null);
        }
        classificationChart.redraw();
    }

    private static int[] labels(ClassificationData d) {
        float[] f = d.labels().toArray();
        int[] out = new int[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = (int) f[i];
        }
        return out;
    }

    private Node regressionForm(AppContext context) {
        GridPane g = grid();
        ComboBox<RegressionData.Shape> shape = choice(RegressionData.Shape.values(), model.regressionShape,
                s -> s == RegressionData.Shape.SQUARE ? "x² (the tutorial's)" : s.label());
        row(g, 0, "Curve", shape, "regression-shape", "The function under the noise; the tutorial fits x².");
        row(g, 1, "Points", intSpinner(2, 5000, 10, model.regressionPoints), "regression-points",
                "How many evenly spaced x values in [-1, 1].");
        row(g, 2, "Noise", doubleSpinner(0, 5, 0.05, model.regressionNoise), "regression-noise",
                "How far the points scatter from the curve (x² uses 0.2·U(0, 1) noise as in the tutorial, the "
                        + "others Gaussian noise of this standard deviation).");
        row(g, 3, "Seed", intSpinner(0, Integer.MAX_VALUE, 1, model.regressionSeed), "regression-seed",
                "The random seed of the noise: the same seed gives the same points.");
        Node files = fileButtons("regression", "x,y", model::importRegression, model::exportRegression, context);
        return section("Regression set", g, files);
    }

    private Node classificationForm(AppContext context) {
        GridPane g = grid();
        ComboBox<ClassificationData.Shape> shape = choice(ClassificationData.Shape.values(), model.classificationShape,
                s -> s == ClassificationData.Shape.CLUSTERS ? "clusters (the tutorial's)"
                        : s.name().toLowerCase(java.util.Locale.ROOT));
        row(g, 0, "Layout", shape, "classification-shape",
                "Where the classes lie: the tutorial's two Gaussian clusters, or shapes a straight line cannot split.");
        Spinner<Integer> classes = intSpinner(2, 8, 1, model.classes);
        classes.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.classificationShape.get().fixedClasses(), model.classificationShape));
        row(g, 1, "Classes", classes, "classes", "How many classes (xor, circles and moons always have 2).");
        row(g, 2, "Points/class", intSpinner(1, 2000, 10, model.pointsPerClass), "points-per-class",
                "How many points each class gets.");
        row(g, 3, "Noise", doubleSpinner(0, 5, 0.1, model.classificationNoise), "classification-noise",
                "How far points stray from their class's shape; the tutorial's clusters have standard deviation 1.");
        row(g, 4, "Seed", intSpinner(0, Integer.MAX_VALUE, 1, model.classificationSeed), "classification-seed",
                "The random seed of the points and of the split.");
        Slider test = new Slider(0, 0.5, model.testFraction.get());
        test.setMajorTickUnit(0.1);
        test.setMinorTickCount(1);
        test.setSnapToTicks(true);
        test.setShowTickMarks(true);
        test.valueProperty().bindBidirectional(model.testFraction);
        Label testValue = new Label();
        testValue.textProperty().bind(model.testFraction.multiply(100).asString("%.0f%% held out for testing"));
        testValue.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        row(g, 5, "Test split", test, "test-fraction",
                "The share of points kept out of training, to see how well the net does on points it never saw.");
        g.add(testValue, 1, 6);
        Node files = fileButtons("classification", "x1,x2,label", model::importClassification,
                model::exportClassification, context);
        return section("Classification set", g, files);
    }

    /** What a data set's export does with the chosen file. */
    private interface Export {
        void to(Path file) throws IOException;
    }

    private Node fileButtons(String kind, String columns, Predicate<Path> importer, Export exporter,
            AppContext context) {
        Button load = new Button("Import CSV…", new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE));
        load.setId(kind + "-import");
        load.setTooltip(new Tooltip("Load a " + kind + " set from a CSV file with a header row " + columns + "."));
        load.setOnAction(e -> {
            File file = chooser("Import a " + kind + " set", kind).showOpenDialog(view.getScene().getWindow());
            if (file != null && importer.test(file.toPath())) {
                context.notify("Imported " + file.getName());
            }
        });
        Button save = new Button("Export CSV…", new FontIcon(MaterialDesignF.FILE_EXPORT_OUTLINE));
        save.setId(kind + "-export");
        save.setTooltip(new Tooltip("Save the current " + kind + " set as a CSV file (" + columns + ")."));
        save.setOnAction(e -> {
            File file = chooser("Export the " + kind + " set", kind).showSaveDialog(view.getScene().getWindow());
            if (file != null) {
                try {
                    exporter.to(file.toPath());
                    context.notify("Saved " + file.getName());
                } catch (IOException ex) {
                    context.notify("Could not save " + file.getName() + ": " + ex.getMessage());
                }
            }
        });
        load.getStyleClass().add(Styles.SMALL);
        save.getStyleClass().add(Styles.SMALL);
        return new HBox(8, load, save);
    }

    private static FileChooser chooser(String title, String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV file", "*.csv"));
        chooser.setInitialFileName(kind + ".csv");
        return chooser;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints c0 = new ColumnConstraints();
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        g.getColumnConstraints().addAll(c0, c1);
        return g;
    }

    private static VBox section(String title, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        VBox box = new VBox(10, t);
        box.getChildren().addAll(content);
        return box;
    }

    private static void row(GridPane g, int r, String label, javafx.scene.control.Control control, String id,
            String tip) {
        control.setId(id);
        control.setMaxWidth(Double.MAX_VALUE);
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(320);
        tooltip.setShowDelay(Duration.millis(400));
        control.setTooltip(tooltip);
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setTooltip(tooltip);
        l.setLabelFor(control);
        g.add(l, 0, r);
        g.add(control, 1, r);
    }

    private static <T> ComboBox<T> choice(T[] values, ObjectProperty<T> model, Function<T, String> name) {
        ComboBox<T> c = new ComboBox<>(FXCollections.observableArrayList(values));
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : name.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        c.valueProperty().bindBidirectional(model);
        return c;
    }

    private static Spinner<Integer> intSpinner(int min, int max, int step, IntegerProperty model) {
        Spinner<Integer> s = Spinners.integer(min, max, model.get(), step);
        s.valueProperty().addListener((obs, old, now) -> model.set(now));
        model.addListener((obs, old, now) -> s.getValueFactory().setValue(now.intValue()));
        return s;
    }

    private static Spinner<Double> doubleSpinner(double min, double max, double step, DoubleProperty model) {
        Spinner<Double> s = Spinners.decimal(min, max, model.get(), step);
        s.valueProperty().addListener((obs, old, now) -> model.set(now));
        model.addListener((obs, old, now) -> s.getValueFactory().setValue(now.doubleValue()));
        return s;
    }
}
