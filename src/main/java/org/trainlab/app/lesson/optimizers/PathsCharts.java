package org.trainlab.app.lesson.optimizers;

import java.util.function.BiConsumer;
import javafx.scene.Node;
import org.trainlab.app.AppContext;
import org.trainlab.app.chart.SurfaceChart;
import org.trainlab.app.frame.LessonCharts;
import org.trainlab.lab.PathsView;
import org.trainlab.lab.RunSnapshot;

/** The surface as a contour heatmap with every optimizer's path drawn live; a click sets the start point. */
public final class PathsCharts implements LessonCharts<PathsView> {
    private final SurfaceChart surface;
    private double startX;
    private double startY;

    public PathsCharts(AppContext context, BiConsumer<Double, Double> clicked) {
        surface = new SurfaceChart(context.text("paths.chart.surface"), clicked);
        surface.setId("paths-surface");
        surface.paletteProperty().bind(context.palette());
    }

    @Override
    public Node node() {
        return surface;
    }

    public SurfaceChart surface() {
        return surface;
    }

    /** Marks the start point the next run will use. */
    public void showStart(double x, double y) {
        startX = x;
        startY = y;
        surface.setStart(x, y);
        surface.redraw();
    }

    @Override
    public void show(RunSnapshot<PathsView> s) {
        PathsView v = s.data();
        surface.setSurface(v.contour(), v.minimum());
        surface.setPaths(v.paths());
        surface.setStart(startX, startY);
        surface.redraw();
    }
}
