package org.trainlab.app.lesson.build;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.trainlab.app.Messages;
import org.trainlab.lab.BuildCode;
import org.trainlab.nn.Module;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * net1 beside net2 as the tutorial prints them: each one's {@code print(net)}, parameter count and state_dict keys
 * with their shapes; whether they start from the same weights; and their two loss curves (drawn by the lesson).
 */
final class ComparePane {
    private final Messages messages;
    private final TextArea printed1 = SequentialBuilder.monospace("printed-net1");
    private final TextArea printed2 = SequentialBuilder.monospace("printed-net2");
    private final TextArea keys1 = SequentialBuilder.monospace("keys-net1");
    private final TextArea keys2 = SequentialBuilder.monospace("keys-net2");
    private final Label count1 = new Label();
    private final Label count2 = new Label();
    private final Label start = new Label();
    private final SplitPane root;

    ComparePane(Messages messages, Node lossChart) {
        this.messages = messages;
        count1.setId("count-net1");
        count2.setId("count-net2");
        start.setId("same-start");
        start.setWrapText(true);
        start.getStyleClass().add(Styles.TEXT_SMALL);
        GridPane grid = new GridPane(10, 4);
        grid.add(title(messages.text("build.net1")), 0, 0);
        grid.add(title(messages.text("build.net2")), 1, 0);
        grid.add(printed1, 0, 1);
        grid.add(printed2, 1, 1);
        grid.add(count1, 0, 2);
        grid.add(count2, 1, 2);
        grid.add(keys1, 0, 3);
        grid.add(keys2, 1, 3);
        for (TextArea t : new TextArea[] {printed1, printed2, keys1, keys2}) {
            t.setPrefRowCount(5);
            t.setMinHeight(40);
            GridPane.setHgrow(t, Priority.ALWAYS);
            GridPane.setVgrow(t, Priority.ALWAYS);
            t.setPrefWidth(100);
        }
        VBox top = new VBox(6, grid, start);
        VBox.setVgrow(grid, Priority.ALWAYS);
        top.setPadding(new Insets(8));
        top.setMinHeight(0);
        root = new SplitPane(top, lossChart);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.55);
        root.setId("compare");
    }

    Node node() {
        return root;
    }

    /** Shows both nets as they are now. */
    void show(NetworkFile net1, NetworkSpec net2) {
        Module m1 = net1.build(new Generator(0));
        Module m2 = net2.build(new Generator(0));
        printed1.setText(m1.toString());
        printed2.setText(m2.toString());
        count1.setText(messages.format("build.parameters", parameters(m1)));
        count2.setText(messages.format("build.parameters", parameters(m2)));
        keys1.setText(keys(net1.stateShapes()));
        keys2.setText(keys(net2.stateShapes()));
        start.setText(BuildCode.correspond(net1.stateShapes(), net2.stateShapes())
                ? messages.text("build.sameStart") : messages.text("build.ownStart"));
    }

    /** Says why a net cannot train on the chosen data, or that they start alike. */
    void showProblem(String problem) {
        if (problem != null) {
            start.setText(messages.format("build.misfit", problem));
            start.getStyleClass().add(Styles.DANGER);
        } else {
            start.getStyleClass().remove(Styles.DANGER);
        }
    }

    static long parameters(Module m) {
        long n = 0;
        for (Tensor p : m.parameters()) {
            n += p.numel();
        }
        return n;
    }

    private static String keys(Map<String, int[]> shapes) {
        StringBuilder sb = new StringBuilder();
        shapes.forEach((k, v) -> sb.append(k).append("  ").append(Arrays.toString(v)).append('\n'));
        return sb.toString().strip();
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("card-title");
        return l;
    }

    String printed1() {
        return printed1.getText();
    }

    String printed2() {
        return printed2.getText();
    }

    String startText() {
        return start.getText();
    }
}
