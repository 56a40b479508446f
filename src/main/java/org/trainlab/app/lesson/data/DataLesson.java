package org.trainlab.app.lesson.data;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.trainlab.app.AppContext;
import org.trainlab.app.DataSets;
import org.trainlab.app.Lesson;
import org.trainlab.app.Messages;
import org.trainlab.app.chart.HeatmapPointsChart;
import org.trainlab.app.chart.ScatterCurveChart;
import org.trainlab.app.frame.LessonPage;
import org.trainlab.app.frame.PageModel;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.DataOrigin;

/**
 * Makes the data the training lessons learn from: the tutorial's sets, a few harder ones, or a CSV file,
 * each with a live preview. What is chosen here is what Regression and Classification train on next.
 */
public final class DataLesson implements Lesson {
    private final AppContext context;
    private final Messages messages;
    private final DataModel model;
    private final PageModel page;
    private final LessonPage layout;
    private final ScatterCurveChart regressionChart;
    private final HeatmapPointsChart classificationChart;
    private final Label error = new Label();
    private final java.util.List<Runnable> unsubscribe = new java.util.ArrayList<>();
    /** The settings the published sets were made from. */
    private Settings shown;

    public DataLesson(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new DataModel(context.data());
        this.page = new PageModel(model, context.data());
        this.shown = page.editing();
        regressionChart = new ScatterCurveChart(messages.text("data.chart.regression"), "x", "y");
        classificationChart = new HeatmapPointsChart(messages.text("data.chart.classification"), "x₁", "x₂");
        regressionChart.setId("regression-preview");
        classificationChart.setId("classification-preview");
        regressionChart.paletteProperty().bind(context.palette());
        classificationChart.paletteProperty().bind(context.palette());
        SplitPane previews = new SplitPane(regressionChart, classificationChart);
        previews.setOrientation(Orientation.HORIZONTAL);
        // side by side while each has room, one above the other on a narrow window
        previews.widthProperty().addListener((obs, was, is) -> previews.setOrientation(
                is.doubleValue() < 460 ? Orientation.VERTICAL : Orientation.HORIZONTAL));
        this.layout = new LessonPage(context, page, previews);

        page.onLiveChange(this::changed);
        unsubscribe.add(context.data().onChange(DataSets.Kind.REGRESSION, () -> {
            showRegression();
            page.refreshCode();
        }));
        unsubscribe.add(context.data().onChange(DataSets.Kind.CLASSIFICATION, () -> {
            showClassification();
            page.refreshCode();
        }));
        showRegression();
        showClassification();

        error.setId("data-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
        GridPane files = new GridPane();
        files.setHgap(6);
        files.setVgap(6);
        fileRow(files, 0, DataSets.Kind.REGRESSION, "regression", "x,y");
        fileRow(files, 1, DataSets.Kind.CLASSIFICATION, "classification", "x1,x2,label");
        Label filesTitle = new Label(messages.text("data.files"));
        filesTitle.getStyleClass().add("form-heading");
        layout.addToSettings(new VBox(6, filesTitle, files, drawingControls(), error));
        installDrawing(regressionChart, DataSets.Kind.REGRESSION);
        installDrawing(classificationChart, DataSets.Kind.CLASSIFICATION);

    }

    @Override
    public Node view() {
        return layout.root();
    }

    /** Ctrl+Z undoes the last drawing edit. */
    @Override
    public boolean handle(org.trainlab.app.Shortcut shortcut) {
        if (shortcut == org.trainlab.app.Shortcut.UNDO && lastDrawn != null) {
            undo(lastDrawn);
            return true;
        }
        return false;
    }

    /** Stops following the app's data sets, which outlive this lesson when the window is rebuilt. */
    @Override
    public void close() {
        unsubscribe.forEach(Runnable::run);
        unsubscribe.clear();
        page.dispose();
        layout.dispose();
    }

    public DataModel model() {
        return model;
    }

    public PageModel page() {
        return page;
    }

    // ---------------------------------------------------------------- drawing

    /** A stroke adds a point each time the mouse has moved this many pixels. */
    private static final double STROKE_SPACING = 10;
    /** A right-click removes the nearest point within this many pixels. */
    private static final double REMOVE_RADIUS = 12;
    private DataSets.Kind lastDrawn;
    private double strokeX;
    private double strokeY;
    private boolean stroking;

    private static String sourceOf(DataSets.Kind kind) {
        return kind == DataSets.Kind.REGRESSION ? "regressionSource" : "classificationSource";
    }

    private Node drawingControls() {
        Label title = new Label(messages.text("data.draw"));
        title.getStyleClass().add("form-heading");
        Label help = new Label(messages.text("data.draw.help"));
        help.setWrapText(true);
        help.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        int row = 0;
        for (DataSets.Kind kind : DataSets.Kind.values()) {
            String name = kind.name().toLowerCase(java.util.Locale.ROOT);
            Label label = new Label(messages.text("data.group." + name));
            label.setMinWidth(Region.USE_PREF_SIZE);
            Button undo = new Button(messages.text("data.draw.undo"), new FontIcon(MaterialDesignU.UNDO));
            undo.setId(name + "-undo");
            undo.getStyleClass().add(Styles.SMALL);
            undo.setTooltip(new Tooltip(messages.text("data.draw.undo.tip")));
            undo.setOnAction(e -> undo(kind));
            Button clear = new Button(messages.text("data.draw.clear"), new FontIcon(MaterialDesignE.ERASER));
            clear.setId(name + "-clear");
            clear.getStyleClass().add(Styles.SMALL);
            clear.setTooltip(new Tooltip(messages.text("data.draw.clear.tip")));
            clear.setOnAction(e -> clear(kind));
            grid.add(new VBox(4, label, new HBox(6, undo, clear)), 0, row++);
        }
        return new VBox(6, title, help, grid);
    }

    private void installDrawing(org.trainlab.app.chart.ChartPane chart, DataSets.Kind kind) {
        chart.setOnMousePressed(e -> {
            if (!chart.inPlot(e.getX(), e.getY())) {
                return;
            }
            double[] p = chart.toData(e.getX(), e.getY());
            if (e.getButton() == MouseButton.SECONDARY || e.isAltDown()) {
                double[] r = chart.dataPerPixels(REMOVE_RADIUS);
                startDrawing(kind);
                if (model.drawn(kind).removeNear(p[0], p[1], r[0], r[1])) {
                    drawn(kind);
                }
                return;
            }
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            startDrawing(kind);
            model.drawn(kind).beginStroke();
            stroking = true;
            strokeX = e.getX();
            strokeY = e.getY();
            addPoint(kind, p);
        });
        chart.setOnMouseDragged(e -> {
            if (!stroking || !chart.inPlot(e.getX(), e.getY())
                    || Math.hypot(e.getX() - strokeX, e.getY() - strokeY) < STROKE_SPACING) {
                return;
            }
            strokeX = e.getX();
            strokeY = e.getY();
            addPoint(kind, chart.toData(e.getX(), e.getY()));
        });
        chart.setOnMouseReleased(e -> {
            if (stroking) {
                stroking = false;
                model.drawn(kind).endStroke();
            }
        });
    }

    /** The first edit of a generated or imported set starts the drawing from its points, and the source becomes "drawn". */
    private void startDrawing(DataSets.Kind kind) {
        lastDrawn = kind;
        if (page.editing().choice(sourceOf(kind)).equals(DataModel.DRAWN)) {
            return;
        }
        model.drawn(kind).startFrom(kind == DataSets.Kind.REGRESSION ? rows(context.data().regression())
                : rows(context.data().classificationAll()));
        page.set(sourceOf(kind), DataModel.DRAWN);
    }

    private void addPoint(DataSets.Kind kind, double[] p) {
        if (kind == DataSets.Kind.REGRESSION) {
            model.drawn(kind).add((float) p[0], (float) p[1]);
        } else {
            model.drawn(kind).add((float) p[0], (float) p[1], page.editing().integer("drawClass"));
        }
        drawn(kind);
    }

    /** Undoes the last edit of a drawn set. */
    public void undo(DataSets.Kind kind) {
        if (page.editing().choice(sourceOf(kind)).equals(DataModel.DRAWN) && model.drawn(kind).undo()) {
            drawn(kind);
        }
    }

    /** Empties a set to draw on from scratch. */
    public void clear(DataSets.Kind kind) {
        startDrawing(kind);
        model.drawn(kind).clear();
        drawn(kind);
    }

    /** Publishes a drawn set once it is usable, and shows what is drawn either way. */
    private void drawn(DataSets.Kind kind) {
        if (kind == DataSets.Kind.REGRESSION) {
            model.applyRegression(page.editing());
            showRegression();
        } else {
            model.applyClassification(page.editing());
            showClassification();
        }
        if (model.drawnUsable(kind)) {
            error.setVisible(false);
        } else {
            error.setText(messages.text(kind == DataSets.Kind.REGRESSION ? "data.draw.more" : "data.draw.moreClasses"));
            error.setVisible(true);
        }
    }

    private static float[][] rows(RegressionData d) {
        float[] x = d.x().toArray();
        float[] y = d.y().toArray();
        float[][] rows = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            rows[i] = new float[] {x[i], y[i]};
        }
        return rows;
    }

    private static float[][] rows(ClassificationData d) {
        float[] x = d.x().toArray();
        float[] labels = d.labels().toArray();
        float[][] rows = new float[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            rows[i] = new float[] {x[2 * i], x[2 * i + 1], labels[i]};
        }
        return rows;
    }

    /** The last import's error, or "". */
    public String error() {
        return error.isVisible() ? error.getText() : "";
    }

    /** A setting changed: make the set again, or refuse a file source with no file and go back to the generator. */
    private void changed(Param p, Object value) {
        for (DataSets.Kind kind : DataSets.Kind.values()) {
            if (p.id().equals(sourceOf(kind)) && DataModel.DRAWN.equals(value) && model.drawn(kind).isEmpty()) {
                model.drawn(kind).startFrom(kind == DataSets.Kind.REGRESSION ? rows(context.data().regression())
                        : rows(context.data().classificationAll()));
            }
        }
        if (!model.apply(page.editing(), shown)) {
            page.set(p.id(), DataModel.GENERATOR);
            showError(messages.text("data.noImport"));
            return;
        }
        shown = page.editing();
        showRegression();
        showClassification();
    }

    /** Reads a CSV into a set; a bad file leaves the current set as it is and says why. */
    public boolean importFile(DataSets.Kind kind, Path file) {
        try {
            boolean regression = kind == DataSets.Kind.REGRESSION;
            if (regression) {
                model.importRegression(file);
            } else {
                model.importClassification(file);
            }
            String source = regression ? "regressionSource" : "classificationSource";
            if (page.editing().choice(source).equals(DataModel.FILE)) {
                if (regression) {
                    model.applyRegression(page.editing());
                } else {
                    model.applyClassification(page.editing());
                }
            } else {
                page.set(source, DataModel.FILE);
            }
            error.setVisible(false);
            context.notify(messages.format("data.imported", file.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            showError(messages.format("data.importFailed", file.getFileName(), e.getMessage()));
            return false;
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
        context.notify(text);
    }

    private void showRegression() {
        if (page.editing().choice("regressionSource").equals(DataModel.DRAWN)) {
            java.util.List<float[]> pts = model.drawn(DataSets.Kind.REGRESSION).points();
            float[] x = new float[pts.size()];
            float[] y = new float[pts.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = pts.get(i)[0];
                y[i] = pts.get(i)[1];
            }
            regressionChart.setPoints(x, y, messages.format("data.chart.points", x.length));
            regressionChart.setCurve(new float[0], new float[0], "", true);
            regressionChart.redraw();
            return;
        }
        RegressionData d = context.data().regression();
        float[] x = d.x().toArray();
        regressionChart.setPoints(x, d.y().toArray(), messages.format("data.chart.points", d.size()));
        if (!(context.data().regressionOrigin() instanceof DataOrigin.RegressionGenerator g)) {
            regressionChart.setCurve(new float[0], new float[0], "", true);
            regressionChart.redraw();
            return;
        }
        float[] fx = new float[200];
        float[] fy = new float[200];
        org.trainlab.lab.Extent range = org.trainlab.lab.Extent.of(x);
        float lo = (float) range.min();
        float hi = (float) range.max();
        for (int i = 0; i < fx.length; i++) {
            fx[i] = lo + (hi - lo) * i / (fx.length - 1);
            fy[i] = (float) g.shape().f(fx[i]);
        }
        regressionChart.setCurve(fx, fy, "f(x) = " + g.shape().label(), true);
        regressionChart.redraw();
    }

    private void showClassification() {
        if (page.editing().choice("classificationSource").equals(DataModel.DRAWN)
                && !model.drawnUsable(DataSets.Kind.CLASSIFICATION)) {
            java.util.List<float[]> pts = model.drawn(DataSets.Kind.CLASSIFICATION).points();
            float[] xy = new float[2 * pts.size()];
            int[] labels = new int[pts.size()];
            int classes = 2;
            for (int i = 0; i < labels.length; i++) {
                xy[2 * i] = pts.get(i)[0];
                xy[2 * i + 1] = pts.get(i)[1];
                labels[i] = (int) pts.get(i)[2];
                classes = Math.max(classes, labels[i] + 1);
            }
            classificationChart.setClasses(classes);
            classificationChart.setTrain(xy, labels, null);
            classificationChart.setTest(new float[0], new int[0], null);
            classificationChart.redraw();
            return;
        }
        ClassificationData.Split split = context.data().classification();
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

    /** What a set's export does with the chosen file. */
    private interface Export {
        void to(Path file) throws IOException;
    }

    /** A set's name over its buttons (the column is narrow: side by side they would be cut). */
    private void fileRow(GridPane grid, int row, DataSets.Kind kind, String name, String columns) {
        grid.add(new VBox(4, new Label(messages.text("data.group." + name)), fileButtons(kind, name, columns)), 0, row);
    }

    private HBox fileButtons(DataSets.Kind kind, String name, String columns) {
        Button load = new Button(messages.text("data.import"), new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE));
        load.setId(name + "-import");
        load.setTooltip(new Tooltip(messages.format("data.import.tip", columns)));
        load.setOnAction(e -> {
            File file = chooser(messages.text("data." + name + ".import"), name).showOpenDialog(view().getScene().getWindow());
            if (file != null) {
                importFile(kind, file.toPath());
            }
        });
        Export exporter = kind == DataSets.Kind.REGRESSION ? model::exportRegression : model::exportClassification;
        Button save = new Button(messages.text("data.export"), new FontIcon(MaterialDesignF.FILE_EXPORT_OUTLINE));
        save.setId(name + "-export");
        save.setTooltip(new Tooltip(messages.format("data.export.tip", columns)));
        save.setOnAction(e -> {
            File file = chooser(messages.text("data." + name + ".export"), name).showSaveDialog(view().getScene().getWindow());
            if (file != null) {
                try {
                    exporter.to(file.toPath());
                    context.notify(messages.format("data.saved", file.getName()));
                } catch (IOException ex) {
                    showError(messages.format("data.saveFailed", file.getName(), ex.getMessage()));
                }
            }
        });
        load.getStyleClass().add(Styles.SMALL);
        save.getStyleClass().add(Styles.SMALL);
        return new HBox(6, load, save);
    }

    private FileChooser chooser(String title, String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("data.csvFilter"), "*.csv"));
        chooser.setInitialFileName(kind + ".csv");
        return chooser;
    }
}
