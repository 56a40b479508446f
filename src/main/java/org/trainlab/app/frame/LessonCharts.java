package org.trainlab.app.frame;

import javafx.scene.Node;
import org.trainlab.lab.RunSnapshot;

/** A training lesson's charts: one node, redrawn from each new snapshot (JavaFX thread). */
public interface LessonCharts<D> {
    Node node();

    void show(RunSnapshot<D> snapshot);
}
