package org.trainlab.app.lesson.activations;

import org.trainlab.app.settings.Settings;
import org.trainlab.lab.PyProgram;
import org.trainlab.nn.F;
import org.trainlab.tensor.Tensor;

/**
 * The activation functions the lesson draws: the tutorial's four (relu, sigmoid, tanh, softplus) and three
 * more of PyTorch's, each with the call that computes it in the engine and in PyTorch for the settings'
 * parameters (negative_slope, alpha, beta, approximate).
 */
public enum Activation {
    RELU("relu", -1, 5),
    SIGMOID("sigmoid", -0.2, 1.2),
    TANH("tanh", -1.2, 1.2),
    SOFTPLUS("softplus", -0.2, 6),
    LEAKY_RELU("leaky_relu", -1, 5),
    ELU("elu", -1.2, 5),
    GELU("gelu", -1, 5);

    /** PyTorch's name (F.relu, F.leaky_relu, ...). */
    private final String pythonName;
    /** The y limits the tutorial's picture uses (plt.ylim), widened where the curves go further. */
    private final double yLow;
    private final double yHigh;

    Activation(String pythonName, double yLow, double yHigh) {
        this.pythonName = pythonName;
        this.yLow = yLow;
        this.yHigh = yHigh;
    }

    public String pythonName() {
        return pythonName;
    }

    double yLow() {
        return yLow;
    }

    double yHigh() {
        return yHigh;
    }

    /** f(x) in the engine, recorded for autograd when x requires grad. */
    public Tensor apply(Tensor x, Settings s) {
        return switch (this) {
            case RELU -> F.relu(x);
            case SIGMOID -> F.sigmoid(x);
            case TANH -> F.tanh(x);
            case SOFTPLUS -> F.softplus(x, s.decimal("beta"), 20);
            case LEAKY_RELU -> F.leakyRelu(x, s.decimal("negativeSlope"));
            case ELU -> F.elu(x, s.decimal("alpha"));
            case GELU -> F.gelu(x, s.choice("approximate"));
        };
    }

    /** The same function as PyTorch code: a function of one tensor, for {@code curve(...)}. */
    public String python(Settings s) {
        return switch (this) {
            case RELU -> "F.relu";
            case SIGMOID -> "torch.sigmoid";
            case TANH -> "torch.tanh";
            case SOFTPLUS -> "lambda x: F.softplus(x, beta=" + PyProgram.number(s.decimal("beta")) + ")";
            case LEAKY_RELU -> "lambda x: F.leaky_relu(x, negative_slope="
                    + PyProgram.number(s.decimal("negativeSlope")) + ")";
            case ELU -> "lambda x: F.elu(x, alpha=" + PyProgram.number(s.decimal("alpha")) + ")";
            case GELU -> "lambda x: F.gelu(x, approximate='" + s.choice("approximate") + "')";
        };
    }
}
