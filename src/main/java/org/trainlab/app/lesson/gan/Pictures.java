package org.trainlab.app.lesson.gan;

import java.util.ArrayList;
import java.util.List;
import org.trainlab.app.chart.PlotChart;
import org.trainlab.lab.GanExperiment;

/** The bands and bounds under every painting: the artist's band, or each label's half of it. */
final class Pictures {
    private Pictures() {
    }

    /** The artist's curve a·x² + (a − 1) at x. */
    static float[] curve(float[] x, double a) {
        float[] y = new float[x.length];
        for (int j = 0; j < x.length; j++) {
            y[j] = (float) (a * x[j] * x[j] + a - 1);
        }
        return y;
    }

    /** The band, split into the labels' halves for the conditional GAN. */
    static List<PlotChart.Band> bands(GanExperiment.Labels kind, float[] x) {
        if (kind == GanExperiment.Labels.HALVES) {
            return List.of(new PlotChart.Band(x, curve(x, 1), curve(x, 1.5), GanColors.faint(GanColors.LABEL0, 0.14)),
                    new PlotChart.Band(x, curve(x, 1.5), curve(x, 2), GanColors.faint(GanColors.LABEL1, 0.14)));
        }
        return List.of(new PlotChart.Band(x, curve(x, 1), curve(x, 2), GanColors.faint(GanColors.UPPER, 0.16)));
    }

    /** The upper bound 2x² + 1 and the lower bound x², labelled, as the tutorial draws them. */
    static List<PlotChart.Line> bounds(float[] x, String upper, String lower) {
        List<PlotChart.Line> lines = new ArrayList<>();
        lines.add(new PlotChart.Line(x, curve(x, 2), GanColors.UPPER, 3, false, upper));
        lines.add(new PlotChart.Line(x, curve(x, 1), GanColors.LOWER, 3, false, lower));
        return lines;
    }
}
