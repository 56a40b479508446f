package org.trainlab.app.chart;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** How a point or a legend row is drawn. */
public enum Marker {
    /** A filled circle with a thin outline in the background colour (training points). */
    DOT {
        @Override
        void paint(GraphicsContext g, double x, double y, Color c, Palette p) {
            dot(g, x, y, 4.5, c, p.background());
        }
    },
    /** A filled diamond with a thin outline in the foreground colour (test points). */
    DIAMOND {
        @Override
        void paint(GraphicsContext g, double x, double y, Color c, Palette p) {
            diamond(g, x, y, 5.5, c, p.foreground());
        }
    },
    /** A thick line segment (curves). */
    LINE {
        @Override
        void paint(GraphicsContext g, double x, double y, Color c, Palette p) {
            g.setStroke(c);
            g.setLineWidth(3);
            g.strokeLine(x - 9, y, x + 9, y);
        }
    },
    /** A dashed line segment (reference curves). */
    DASHED {
        @Override
        void paint(GraphicsContext g, double x, double y, Color c, Palette p) {
            g.setStroke(c);
            g.setLineWidth(2);
            g.setLineDashes(4, 3);
            g.strokeLine(x - 9, y, x + 9, y);
            g.setLineDashes();
        }
    },
    /** An empty ring (a misclassified point, ringed in its true class's colour). */
    RING {
        @Override
        void paint(GraphicsContext g, double x, double y, Color c, Palette p) {
            g.setStroke(c);
            g.setLineWidth(2);
            g.strokeOval(x - 6, y - 6, 12, 12);
        }
    },
    /** A filled square (regions of a heatmap). */
    SQUARE {
        @Override
        void paint(GraphicsContext g, double x, double y, Color c, Palette p) {
            g.setFill(c);
            g.fillRect(x - 6, y - 6, 12, 12);
        }
    };

    abstract void paint(GraphicsContext g, double x, double y, Color c, Palette p);

    static void dot(GraphicsContext g, double x, double y, double r, Color fill, Color outline) {
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(outline);
        g.setLineWidth(0.8);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    static void diamond(GraphicsContext g, double x, double y, double r, Color fill, Color outline) {
        double[] xs = {x, x + r, x, x - r};
        double[] ys = {y - r, y, y + r, y};
        g.setFill(fill);
        g.fillPolygon(xs, ys, 4);
        g.setStroke(outline);
        g.setLineWidth(1);
        g.strokePolygon(xs, ys, 4);
    }
}
