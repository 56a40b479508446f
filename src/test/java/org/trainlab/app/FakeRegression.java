package org.trainlab.app;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.Observable;
import org.trainlab.app.lesson.regression.RegressionCharts;
import org.trainlab.app.training.Hyperparameters;
import org.trainlab.app.training.TrainingLesson;
import org.trainlab.app.training.TrainingModel;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.Experiment;
import org.trainlab.lab.RegressionView;
import org.trainlab.lab.Series;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A stand-in regression experiment until the lab's RegressionExperiment lands: gradient descent on
 * y ≈ a·x² + b·x + c, which learns the tutorial's data and diverges at a learning rate of 50.
 */
final class FakeRegression implements Experiment<RegressionView> {
    static final LessonEntry ENTRY = new LessonEntry("regression", "Regression", "Fit a curve (fake)",
            MaterialDesignC.CHART_BELL_CURVE, ctx -> new TrainingLesson<>(ctx, new Model(ctx.data()), new RegressionCharts(ctx)));

    private final float[] x;
    private final float[] y;
    private final float[] grid;
    private final int total;
    private final Series losses = new Series();
    private double a;
    private double b;
    private double c;
    private double lr;
    private long steps;
    private float loss = Float.NaN;

    FakeRegression(Hyperparameters.Values v, RegressionData data) {
        x = data.x().toArray();
        y = data.y().toArray();
        grid = new float[50];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = -1 + 2f * i / (grid.length - 1);
        }
        total = v.steps();
        lr = v.lr();
        a = 0.1 * v.seed();
    }

    @Override
    public double step() {
        double ga = 0;
        double gb = 0;
        double gc = 0;
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double e = a * x[i] * x[i] + b * x[i] + c - y[i];
            sum += e * e;
            ga += 2 * e * x[i] * x[i] / x.length;
            gb += 2 * e * x[i] / x.length;
            gc += 2 * e / x.length;
        }
        a -= lr * ga;
        b -= lr * gb;
        c -= lr * gc;
        steps++;
        loss = (float) (sum / x.length);
        losses.add(loss);
        return loss;
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public long totalSteps() {
        return total;
    }

    @Override
    public double learningRate() {
        return lr;
    }

    @Override
    public void setLearningRate(double lr) {
        this.lr = lr;
    }

    @Override
    public RegressionView describe() {
        float[] p = new float[grid.length];
        for (int i = 0; i < grid.length; i++) {
            p[i] = (float) (a * grid[i] * grid[i] + b * grid[i] + c);
        }
        return new RegressionView(x, y, grid, p, loss, losses.view());
    }

    static final class Model implements TrainingModel<RegressionView> {
        private final DataSets data;
        private final Hyperparameters h = new Hyperparameters(
                new Hyperparameters.Values(10, "relu", "sgd", 0.2, 200, 1), List.of("relu", "tanh"), List.of("sgd", "adam"));

        Model(DataSets data) {
            this.data = data;
        }

        @Override
        public String runName() {
            return "regression";
        }

        @Override
        public Hyperparameters hyperparameters() {
            return h;
        }

        @Override
        public Supplier<? extends Experiment<RegressionView>> experiment(Hyperparameters.Values v) {
            RegressionData d = data.regression();
            return () -> new FakeRegression(v, d);
        }

        @Override
        public String pytorchCode(Hyperparameters.Values v) {
            return "net = Net(n_feature=1, n_hidden=" + v.hidden() + ", n_output=1)\nlr=" + v.lr();
        }

        @Override
        public double loss(RegressionView view) {
            return view.loss();
        }

        @Override
        public String dataDescription() {
            return data.regressionNameProperty().get();
        }

        @Override
        public Observable data() {
            return data.regressionProperty();
        }
    }
}
