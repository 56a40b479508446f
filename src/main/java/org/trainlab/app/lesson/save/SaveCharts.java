package org.trainlab.app.lesson.save;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trainlab.app.AppContext;
import org.trainlab.app.Messages;
import org.trainlab.app.chart.ScatterCurveChart;
import org.trainlab.app.frame.Format;
import org.trainlab.app.frame.LessonCharts;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.SaveRestoreView;

/**
 * The tutorial's three plots side by side (net1 trained, net2 restored whole, net3 given the parameters),
 * what each file holds, and why opening such a file cannot run code.
 */
public final class SaveCharts implements LessonCharts<SaveRestoreView> {
    private final Messages messages;
    private final ScatterCurveChart[] fits = new ScatterCurveChart[3];
    private final TextArea wholeFile = new TextArea();
    private final TextArea paramsFile = new TextArea();
    private final SplitPane node;

    public SaveCharts(AppContext context) {
        messages = context.messages();
        HBox charts = new HBox(6);
        for (int i = 0; i < 3; i++) {
            fits[i] = new ScatterCurveChart(messages.text("save.chart.net" + (i + 1)), "x", "y");
            fits[i].setId("net" + (i + 1) + "-chart");
            fits[i].paletteProperty().bind(context.palette());
            fits[i].setPrefWidth(260);
            fits[i].setMinWidth(60);
            fits[i].setCompact(true); // three side by side: the titles say what they are
            HBox.setHgrow(fits[i], Priority.ALWAYS);
            charts.getChildren().add(fits[i]);
        }
        for (TextArea a : List.of(wholeFile, paramsFile)) {
            a.setEditable(false);
            a.setWrapText(false);
            a.setStyle("-fx-font-family: monospace; -fx-font-size: 11px;");
            a.setPrefRowCount(9);
            HBox.setHgrow(a, Priority.ALWAYS);
        }
        wholeFile.setId("whole-file");
        paramsFile.setId("params-file");
        Label safe = new Label(messages.text("save.safe"));
        safe.setWrapText(true);
        safe.setId("save-safe");
        safe.setMinSize(0, Region.USE_PREF_SIZE);
        safe.getStyleClass().add(Styles.TEXT_SMALL);
        ScrollPane safeScroll = new ScrollPane(safe);
        safeScroll.setFitToWidth(true);
        safeScroll.setPrefViewportHeight(84);
        safeScroll.setMinHeight(40);
        safeScroll.setMinWidth(0);
        HBox files = new HBox(8, box(messages.text("save.files.whole"), wholeFile),
                box(messages.text("save.files.params"), paramsFile));
        files.setMinSize(0, 0);
        VBox.setVgrow(files, Priority.ALWAYS);
        VBox bottom = new VBox(6, files, safeScroll);
        bottom.setMinSize(0, 0);
        bottom.setPadding(new Insets(6));
        charts.setMinSize(0, 0);
        node = new SplitPane(charts, bottom);
        node.setOrientation(Orientation.VERTICAL);
        node.setDividerPositions(0.55);
    }

    private static Node box(String title, TextArea area) {
        Label l = new Label(title);
        l.getStyleClass().add("form-heading");
        VBox b = new VBox(4, l, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        b.setPrefWidth(300);
        b.setMinWidth(0);
        area.setMinSize(0, 0);
        return b;
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(RunSnapshot<SaveRestoreView> s) {
        SaveRestoreView v = s.data();
        float[][] curves = {v.net1(), v.net2(), v.net3()};
        for (int i = 0; i < 3; i++) {
            fits[i].setPoints(v.x(), v.y(), messages.text("chart.data"));
            fits[i].setCurve(v.gridX(), curves[i], messages.text("chart.prediction"), false);
            fits[i].setNote(i == 0 ? "" : messages.format("save.chart.same", v.largestDifference() == 0 ? "0"
                    : Format.loss(v.largestDifference())));
            fits[i].redraw();
        }
        setIfChanged(wholeFile, describe(v.whole()));
        setIfChanged(paramsFile, describe(v.params()));
    }

    private static void setIfChanged(TextArea a, String text) {
        if (!text.equals(a.getText())) {
            double top = a.getScrollTop();
            a.setText(text);
            a.setScrollTop(top);
        }
    }

    /** A file as the lesson lists it: its size, then each tensor's key, dtype, shape and bytes, then its metadata. */
    String describe(SaveRestoreView.FileContents f) {
        StringBuilder sb = new StringBuilder();
        sb.append(messages.format("save.files.size", f.name(), f.size())).append("\n\n");
        sb.append(String.format("%-10s %-5s %-9s %s%n", messages.text("save.files.key"),
                messages.text("save.files.dtype"), messages.text("save.files.shape"), messages.text("save.files.bytes")));
        for (SaveRestoreView.TensorEntry t : f.tensors()) {
            sb.append(String.format("%-10s %-5s %-9s %d%n", t.key(), t.dtype(), shape(t.shape()), t.bytes()));
        }
        sb.append('\n').append(messages.text("save.files.metadata")).append('\n');
        f.metadata().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> sb.append("  ").append(e.getKey()).append(" = ").append(e.getValue()).append('\n'));
        return sb.toString();
    }

    private static String shape(int[] shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(']').toString();
    }

    public ScatterCurveChart fit(int net) {
        return fits[net - 1];
    }

    public String wholeFileText() {
        return wholeFile.getText();
    }

    public String paramsFileText() {
        return paramsFile.getText();
    }
}
