package org.trainlab.app.lesson.batches;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import org.trainlab.app.AppContext;
import org.trainlab.app.frame.LessonCharts;
import org.trainlab.lab.BatchesView;
import org.trainlab.lab.RunSnapshot;

/** The tiles being dealt into batches, and under them the lines the tutorial's program prints. */
public final class BatchesCharts implements LessonCharts<BatchesView> {
    private final TilesPicture tiles;
    private final TextArea printed = new TextArea();
    private final SplitPane node;
    private int shownLines = -1;

    public BatchesCharts(AppContext context) {
        tiles = new TilesPicture(context.messages());
        tiles.setId("batch-tiles");
        tiles.paletteProperty().bind(context.palette());
        printed.setId("batch-printed");
        printed.setEditable(false);
        printed.getStyleClass().add("code-area");
        printed.setStyle("-fx-font-family: monospace;");
        printed.setPromptText(context.text("batches.printed.empty"));
        node = new SplitPane(tiles, printed);
        node.setOrientation(Orientation.VERTICAL);
        node.setDividerPositions(0.64);
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(RunSnapshot<BatchesView> s) {
        BatchesView v = s.data();
        tiles.show(v);
        if (v.batches().size() != shownLines) {
            shownLines = v.batches().size();
            StringBuilder sb = new StringBuilder();
            int from = Math.max(0, v.batches().size() - 500);
            for (int i = from; i < v.batches().size(); i++) {
                sb.append(v.batches().get(i).printed()).append('\n');
            }
            printed.setText(sb.toString());
            printed.positionCaret(sb.length());
            printed.setScrollTop(Double.MAX_VALUE);
        }
    }

    /** Whether a batch is being dealt in motion now (tests). */
    public boolean dealing() {
        return tiles.dealing();
    }

    /** The printed lines on screen (tests). */
    public String printed() {
        return printed.getText();
    }
}
