package org.trainlab.app.lesson.autograd;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.trainlab.app.AppContext;
import org.trainlab.app.Lesson;
import org.trainlab.app.Messages;
import org.trainlab.app.Shortcut;
import org.trainlab.app.chart.GraphChart;
import org.trainlab.app.frame.LessonPage;
import org.trainlab.app.frame.PageModel;
import org.trainlab.app.settings.Settings;

/**
 * The tutorial's 202 (变量 Variable): its tensor and Variable with {@code v_out.backward()} and
 * {@code variable.grad}, then an expression y the learner types over x, w and b, drawn as the graph the
 * engine recorded (PyTorch's grad_fn names, forward values), with backward played node by node (Step,
 * Play, and S, Space, R), gradients appearing on the edges; and the same y under {@code torch.no_grad()},
 * with {@code retain_graph}, with a leaf detached, and after an in-place change. Nothing trains.
 */
public final class AutogradLesson implements Lesson {
    private static final String MONO = "-fx-font-family: \"DejaVu Sans Mono\", monospace;";
    private final Messages messages;
    private final AutogradModel model = new AutogradModel();
    private final PageModel page;
    private final LessonPage layout;
    private final VBox tutorial = new VBox(4);
    private final VBox yours = new VBox(4);
    private final Map<String, VBox> panels = new LinkedHashMap<>();
    private final GraphChart chart;
    private final Label status = new Label();
    private final Button step = new Button();
    private final Button play = new Button();
    private final Button restart = new Button();
    private final Timeline player;
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private AutogradGraph graph;
    private int shownStep;
    /** Whether the problem under y is the engine's (the expression does not fit the leaves), not a typing one. */
    private boolean engineProblem;

    public AutogradLesson(AppContext context) {
        this.messages = context.messages();
        this.page = new PageModel(model, context.data());
        chart = new GraphChart(messages.text("autograd.graph.title"));
        chart.setId("graph");
        chart.setPalette(context.palette().getValue());
        context.palette().addListener((obs, was, is) -> chart.setPalette(is));
        player = new Timeline(new KeyFrame(Duration.millis(800), e -> advance()));
        player.setCycleCount(Timeline.INDEFINITE);

        step.setId("backward-step");
        step.setGraphic(new FontIcon(MaterialDesignS.STEP_FORWARD));
        step.setText(messages.text("autograd.step"));
        step.setTooltip(new Tooltip(messages.text("autograd.step.tip")));
        step.setOnAction(e -> {
            stop();
            advance();
        });
        play.setId("backward-play");
        play.setGraphic(new FontIcon(MaterialDesignP.PLAY));
        play.setText(messages.text("autograd.play"));
        play.setTooltip(new Tooltip(messages.text("autograd.play.tip")));
        play.setOnAction(e -> togglePlay());
        restart.setId("backward-restart");
        restart.setGraphic(new FontIcon(MaterialDesignR.RESTORE));
        restart.setText(messages.text("autograd.restart"));
        restart.setTooltip(new Tooltip(messages.text("autograd.restart.tip")));
        restart.setOnAction(e -> {
            stop();
            show(0);
        });
        for (Button b : List.of(step, play, restart)) {
            b.getStyleClass().add(Styles.SMALL);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setId("backward-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(6, 6, step, play, restart);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ScrollPane graphScroll = new ScrollPane(chart);
        graphScroll.setFitToWidth(true);
        graphScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        graphScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        graphScroll.setMinHeight(Region.USE_PREF_SIZE);
        graphScroll.getStyleClass().add("edge-to-edge");
        passVerticalWheel(graphScroll);
        chart.boundsInLocalProperty().addListener((obs, was, is) -> graphScroll.setPrefViewportHeight(is.getHeight()));
        // wider than the pane, the graph scrolls sideways; narrower, it fills the width
        graphScroll.viewportBoundsProperty().addListener((obs, was, is) ->
                chart.setMinWidth(Math.max(is.getWidth(), chart.prefWidth(-1))));

        VBox content = new VBox(10,
                heading("autograd.section.tutorial"), text("autograd.section.tutorial.text"), tutorial,
                heading("autograd.section.graph"), text("autograd.section.graph.text"), buttons, status, graphScroll,
                yours,
                heading("autograd.section.more"), text("autograd.section.more.text"));
        for (String id : AutogradModel.PANELS) {
            VBox lines = new VBox(4);
            panels.put(id, lines);
            Label title = new Label(messages.text("autograd.panel." + id));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            content.getChildren().addAll(title, text("autograd.panel." + id + ".text"), lines);
        }
        content.setStyle("-fx-padding: 10 14 14 14;");
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setId("autograd-content");
        this.layout = new LessonPage(context, page, scroll);
        layout.addToSettings(editor("y", model.expression(), t -> model.setExpression(t)));
        for (String leaf : Formula.LEAVES) {
            layout.addToSettings(editor(leaf, model.leaf(leaf).python(), t -> model.setLeaf(leaf, t)));
        }
        layout.addToSettings(editor("tensor", model.tensor().python(), t -> {
            Values.Parsed p = Values.parse(t);
            if (p.ok()) {
                model.setTensor(p.values());
            }
            return p.problem();
        }));
        page.addListener(this::refresh);
        refresh();
    }

    /**
     * A pane that scrolls only sideways hands a vertical wheel turn to the page around it, which scrolls down,
     * instead of turning it into a sideways scroll under the pointer.
     */
    private static void passVerticalWheel(ScrollPane sideways) {
        sideways.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaX() != 0 || e.getDeltaY() == 0) {
                return;
            }
            for (Node p = sideways.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane page) {
                    double room = page.getContent().getBoundsInLocal().getHeight()
                            - page.getViewportBounds().getHeight();
                    if (room > 0) {
                        page.setVvalue(Math.max(0, Math.min(1, page.getVvalue() - e.getDeltaY() / room)));
                    }
                    e.consume();
                    return;
                }
            }
        });
    }

    private Label heading(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("card-title");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Label text(String key) {
        Label l = new Label(messages.text(key));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A field for y, a leaf or the tutorial's tensor: Enter or leaving it reads it; a problem is shown under it. */
    private Node editor(String id, String initial, Function<String, Formula.Problem> take) {
        Label title = new Label(messages.text("autograd.field." + id));
        title.getStyleClass().add("form-heading");
        TextField field = new TextField(initial);
        field.setId("field-" + id);
        field.setStyle(MONO);
        field.setTooltip(new Tooltip(messages.format("autograd.field." + id + ".tip", Values.MAX)));
        Label problem = new Label();
        problem.setId("problem-" + id);
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        fields.put(id, field);
        problems.put(id, problem);
        Runnable read = () -> read(id, take);
        field.setOnAction(e -> read.run());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                read.run();
            }
        });
        return new VBox(6, title, field, problem);
    }

    private boolean read(String id, Function<String, Formula.Problem> take) {
        TextField field = fields.get(id);
        Formula.Problem p = take.apply(field.getText());
        Label problem = problems.get(id);
        if (p != null) {
            problem.setText(messages.format(p.key(), p.args()));
            problem.setVisible(true);
            field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            return false;
        }
        problem.setVisible(false);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        page.refreshCode();
        return !engineProblem || !id.equals("y");
    }

    /** Types into a field (y, x, w, b or tensor) and reads it, as Enter does (for tests). */
    public boolean type(String id, String text) {
        fields.get(id).setText(text);
        return switch (id) {
            case "y" -> read(id, model::setExpression);
            case "tensor" -> read(id, t -> {
                Values.Parsed p = Values.parse(t);
                if (p.ok()) {
                    model.setTensor(p.values());
                }
                return p.problem();
            });
            default -> read(id, t -> model.setLeaf(id, t));
        };
    }

    private void refresh() {
        stop();
        Settings s = page.editing();
        fill(tutorial, model.tutorial());
        Formula.Problem problem = model.problem(s);
        Label yProblem = problems.get("y");
        if (problem != null) {
            graph = null;
            String why = messages.format("autograd.problem", problem.args()[0], problem.column());
            yProblem.setText(why);
            yProblem.setVisible(true);
            fields.get("y").pseudoClassStateChanged(Styles.STATE_DANGER, true);
            engineProblem = true;
            chart.setGraph(List.of(), List.of(), why);
            status.setText(messages.text("autograd.status.problem"));
        } else {
            if (engineProblem) {
                yProblem.setVisible(false);
                fields.get("y").pseudoClassStateChanged(Styles.STATE_DANGER, false);
            }
            engineProblem = false;
            graph = model.graph(s);
        }
        fill(yours, model.yours(s));
        for (String id : AutogradModel.PANELS) {
            fill(panels.get(id), model.panel(id, s));
        }
        if (graph != null) {
            show(0);
        } else {
            step.setDisable(true);
            play.setDisable(true);
            restart.setDisable(true);
        }
    }

    /**
     * The lines with what they print, in the monospaced font; a line wider than the pane wraps (printed
     * values keep their lines in any window the lesson fits in; long code and messages wrap).
     */
    private void fill(VBox box, List<Script.Line> lines) {
        box.getChildren().clear();
        for (Script.Line l : lines) {
            box.getChildren().add(line(l.code(), Styles.TEXT_MUTED));
            if (l.output() != null) {
                box.getChildren().add(line(l.output(), l.output().startsWith("RuntimeError") ? "error-text" : null));
            }
            if (l.engine() != null) {
                Label engine = line(messages.format("autograd.engineSays", l.engine()), Styles.TEXT_MUTED);
                engine.setStyle("");
                engine.getStyleClass().add(Styles.TEXT_SMALL);
                box.getChildren().add(engine);
            }
        }
    }

    private static Label line(String text, String style) {
        Label l = new Label(text);
        l.setStyle(MONO);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }

    /** Draws the graph as it is after the first {@code k} steps of backward. */
    private void show(int k) {
        shownStep = k;
        List<AutogradGraph.Step> steps = graph.steps();
        Map<Integer, String> edgeGrads = graph.edgeGrads(k);
        Map<Integer, String> nodeGrads = graph.nodeGrads(k);
        Map<Integer, String> leafGrads = graph.leafGrads(k);
        int current = k == 0 ? -1 : steps.get(k - 1).box();
        List<GraphChart.Box> boxes = new ArrayList<>();
        for (int i = 0; i < graph.boxes().size(); i++) {
            AutogradGraph.Box b = graph.boxes().get(i);
            String requires = "requires_grad=" + (b.requiresGrad() ? "True" : "False");
            boxes.add(switch (b.kind()) {
                case OPERATION -> new GraphChart.Box(b.layer() == 0 ? "y" : null, b.name(), b.value(),
                        nodeGrads.containsKey(i) ? messages.format("autograd.box.grad", nodeGrads.get(i)) : null,
                        GraphChart.Style.OPERATION, b.layer(), i == current);
                case LEAF -> new GraphChart.Box(requires, b.name(), b.value(), b.requiresGrad()
                        ? ".grad = " + leafGrads.getOrDefault(i, "None") : null,
                        b.requiresGrad() ? GraphChart.Style.LEAF : GraphChart.Style.PLAIN, b.layer(), false);
                case DETACHED -> new GraphChart.Box(requires, b.name(), b.value(), null, GraphChart.Style.PLAIN,
                        b.layer(), false);
                case CONSTANT -> new GraphChart.Box(b.name() == null && graph.boxes().size() == 1 ? requires
                        : messages.text("autograd.box.constant"), b.name() == null && graph.boxes().size() == 1 ? "y"
                        : b.name(), b.value(), null, GraphChart.Style.PLAIN, b.layer(), false);
            });
        }
        List<GraphChart.Edge> edges = new ArrayList<>();
        for (int e = 0; e < graph.edges().size(); e++) {
            AutogradGraph.Edge edge = graph.edges().get(e);
            edges.add(new GraphChart.Edge(edge.from(), edge.to(), edgeGrads.get(e), edge.needsGrad()));
        }
        chart.setGraph(boxes, edges, null);
        int n = steps.size();
        if (graph.backwardError() != null) {
            status.setText(messages.format("autograd.status.cannot", graph.backwardError()));
        } else if (k == 0) {
            status.setText(messages.format("autograd.status.forward", n));
        } else if (k < n) {
            AutogradGraph.Step st = steps.get(k - 1);
            status.setText(messages.format("autograd.status.step", k, n, graph.boxes().get(st.box()).name(),
                    st.gradOutput()));
        } else {
            status.setText(messages.format("autograd.status.done", n));
        }
        step.setDisable(k >= n);
        play.setDisable(n == 0);
        restart.setDisable(k == 0);
        playing(player.getStatus() == javafx.animation.Animation.Status.RUNNING);
    }

    private void advance() {
        if (graph == null || shownStep >= graph.steps().size()) {
            stop();
            return;
        }
        show(shownStep + 1);
        if (shownStep >= graph.steps().size()) {
            stop();
        }
    }

    private void togglePlay() {
        if (graph == null || graph.steps().isEmpty()) {
            return;
        }
        if (player.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            stop();
            return;
        }
        if (shownStep >= graph.steps().size()) {
            show(0);
        }
        player.play();
        playing(true);
    }

    private void stop() {
        if (player != null) {
            player.stop();
        }
        playing(false);
    }

    private void playing(boolean on) {
        play.setText(messages.text(on ? "autograd.pause" : "autograd.play"));
        play.setGraphic(new FontIcon(on ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
    }

    @Override
    public boolean handle(Shortcut shortcut) {
        switch (shortcut) {
            case PLAY_PAUSE -> togglePlay();
            case STEP -> {
                stop();
                advance();
            }
            case RESET -> {
                stop();
                if (graph != null) {
                    show(0);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public Node view() {
        return layout.root();
    }

    @Override
    public void deactivate() {
        stop();
    }

    @Override
    public void close() {
        stop();
        page.dispose();
        layout.dispose();
    }

    public PageModel page() {
        return page;
    }

    public AutogradModel model() {
        return model;
    }

    public GraphChart chart() {
        return chart;
    }

    /** How many steps of backward the graph shows. */
    public int shownStep() {
        return shownStep;
    }
}
