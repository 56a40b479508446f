package org.trainlab.app.lesson.build;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.trainlab.app.AppContext;
import org.trainlab.app.BuiltNets;
import org.trainlab.app.Messages;
import org.trainlab.app.chart.LineChart;
import org.trainlab.app.chart.NetworkChart;
import org.trainlab.app.frame.LessonCharts;
import org.trainlab.app.frame.TrainingLesson;
import org.trainlab.lab.BuildView;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.RunState;
import org.trainlab.spec.ClassConversion;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.NetworkSpecException;

/**
 * The Build lesson's picture, on tabs: the Sequential builder (net2), the class editor (net1), the two side by
 * side with their loss curves, and the two drawn live (NetworkChart). Both nets live in the app's {@link BuiltNets}; every valid edit goes there, and a
 * run still at step 0 starts again with it (a run under way waits for Reset).
 */
public final class BuildCharts implements LessonCharts<BuildView> {
    private final AppContext context;
    private final Messages messages;
    private final BuiltNets nets;
    private final TabPane tabs = new TabPane();
    private final LayerList layers;
    private final SequentialBuilder builder;
    private final PythonEditor editor;
    private final ComparePane compare;
    private final LineChart loss;
    private final NetFiles files;
    private TrainingLesson<BuildView> lesson;
    private BuildModel model;
    private Runnable unsubscribe;
    private final NetworkChart network1;
    private final NetworkChart network2;
    private final Tab networkTab;

    public BuildCharts(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.nets = context.nets();
        NetworkSpec start = nets.net2();
        LayerList list;
        try {
            list = new LayerList(start);
        } catch (IllegalArgumentException e) {
            list = new LayerList(tutorialNet2());
        }
        this.layers = list;
        this.builder = new SequentialBuilder(layers, messages, this::inputs, nets::setNet2);
        this.editor = new PythonEditor(nets.net1().source());
        this.loss = new LineChart(messages.text("chart.loss"), messages.text("chart.step"),
                messages.text("build.chart.loss"));
        loss.setId("loss-chart");
        loss.paletteProperty().bind(context.palette());
        this.compare = new ComparePane(messages, loss);
        this.files = new NetFiles(messages, () -> tabs.getScene() == null ? null : tabs.getScene().getWindow(),
                editor::text, this::showInEditor, context::notify);
        editor.area().multiPlainChanges().successionEnds(Duration.ofMillis(250)).subscribe(ignore -> check());

        tab("net2", messages.text("build.tab.sequential"), builder.node());
        tab("net1", messages.text("build.tab.class"), editorPane());
        tab("compare", messages.text("build.tab.compare"), compare.node());
        network1 = new NetworkChart(messages.text("build.net1.short"));
        network2 = new NetworkChart(messages.text("build.net2.short"));
        network1.setId("network-chart-net1");
        network2.setId("network-chart-net2");
        network1.paletteProperty().bind(context.palette());
        network2.paletteProperty().bind(context.palette());
        javafx.scene.control.SplitPane pictures = new javafx.scene.control.SplitPane(network1, network2);
        networkTab = tab("network", messages.text("chart.tab.network"), pictures);
        networkTab.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                network1.redraw();
                network2.redraw();
            }
        });
        tabs.setId("build-tabs");
        tabs.getStylesheets().add(BuildCharts.class.getResource("build.css").toExternalForm());
        // following the shared nets only while on screen: a lesson left behind by a change of language stops
        tabs.sceneProperty().addListener((obs, was, is) -> {
            if (is != null && unsubscribe == null) {
                unsubscribe = nets.onChange(this::netsChanged);
                netsChanged();
            } else if (is == null && unsubscribe != null) {
                unsubscribe.run();
                unsubscribe = null;
            }
        });
        check();
        compare.show(nets.net1(), nets.net2());
    }

    /** Ties the picture to its lesson: its settings (the data), its code pane and its run. */
    public void attach(TrainingLesson<BuildView> lesson, BuildModel model) {
        this.lesson = lesson;
        this.model = model;
        lesson.page().addListener(() -> {
            builder.refresh();
            compare.showProblem(model.problem(lesson.page().editing()));
        });
        compare.showProblem(model.problem(lesson.page().editing()));
        builder.refresh();
    }

    private Tab tab(String id, String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId("tab-" + id);
        t.setClosable(false);
        tabs.getTabs().add(t);
        return t;
    }

    private Node editorPane() {
        Button convert = button("convert", MaterialDesignC.CODE_BRACES, () -> {
            showInEditor(ClassConversion.toClass(nets.net2(), "Net").source());
        });
        Button tutorial = button("tutorial", MaterialDesignB.BOOK_OPEN_VARIANT,
                () -> showInEditor(BuiltNets.TUTORIAL_NET1));
        Button open = button("open", MaterialDesignF.FOLDER_OPEN_OUTLINE, files::chooseAndOpen);
        Button save = button("save", MaterialDesignC.CONTENT_SAVE_OUTLINE, files::chooseAndSave);
        FlowPane bar = new FlowPane(6, 6, convert, tutorial, open, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, bar, editor.node());
        VBox.setVgrow(editor.node(), Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Button button(String id, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(messages.text("build." + id), new FontIcon(icon));
        b.setId("editor-" + id);
        b.getStyleClass().add(Styles.SMALL);
        b.setTooltip(new Tooltip(messages.text("build." + id + ".tip")));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Puts a network file's source in the editor and checks it at once. */
    void showInEditor(String source) {
        editor.setText(source);
        check();
        tabs.getSelectionModel().select(1);
    }

    /** Reads the editor's text as a network file: net1 if it is one, else the problem marked where it is. */
    void check() {
        try {
            NetworkFile f = NetworkFile.parse(editor.text());
            editor.mark(0, 0, messages.format("build.editor.ok", f.description(), f.stateSize()), false);
            nets.setNet1(f);
        } catch (NetworkSpecException e) {
            editor.mark(e.line(), e.column(), e.line() > 0
                    ? messages.format("build.editor.error", e.line(), e.column(), e.reason())
                    : e.reason(), true);
        }
    }

    private void netsChanged() {
        compare.show(nets.net1(), nets.net2());
        if (lesson == null) {
            return;
        }
        lesson.page().refreshCode();
        compare.showProblem(model.problem(lesson.page().editing()));
        var live = lesson.live();
        if (live != null && live.latest().state() == RunState.READY && live.latest().step() == 0) {
            lesson.reset(); // nothing trained yet: start from the nets as they are now
        }
    }

    private int inputs() {
        return lesson == null ? 1 : BuildModel.inputs(lesson.page().editing());
    }

    @Override
    public Node node() {
        return tabs;
    }

    @Override
    public void show(RunSnapshot<BuildView> s) {
        BuildView v = s.data();
        loss.setCurves(List.of(new LineChart.Curve(messages.text("build.net1.short"), v.losses1()),
                new LineChart.Curve(messages.text("build.net2.short"), v.losses2())), s.totalSteps());
        loss.redraw();
        if (v.problem() != null) {
            compare.showProblem(v.problem());
        }
        network1.setPicture(v.network1());
        network2.setPicture(v.network2());
        if (networkTab.isSelected()) {
            network1.redraw();
            network2.redraw();
        }
    }

    public TabPane tabs() {
        return tabs;
    }

    SequentialBuilder builder() {
        return builder;
    }

    LayerList layers() {
        return layers;
    }

    PythonEditor editor() {
        return editor;
    }

    ComparePane compare() {
        return compare;
    }

    NetFiles files() {
        return files;
    }

    private static NetworkSpec tutorialNet2() {
        try {
            return NetworkSpec.parse(BuiltNets.TUTORIAL_NET2);
        } catch (NetworkSpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
