package org.trainlab.app.lesson.activations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.app.frame.LessonModel;
import org.trainlab.app.frame.Prompt;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.lab.PyProgram;
import org.trainlab.nn.F;
import org.trainlab.tensor.Tensor;

/**
 * The Activations lesson's model (the tutorial's 203, 激励函数): which parameters the functions have, whether
 * their derivatives are shown, the vector softmax turns into probabilities and its temperature; the curves
 * and the probabilities computed by the engine, and the PyTorch program that draws the same. Trains nothing;
 * every setting applies at once. No JavaFX.
 */
public final class ActivationsModel implements LessonModel {
    static final List<Param> PARAMS = List.of(
            Param.flag("derivative").live(),
            Param.decimal("negativeSlope", 0, 1, 0.01).live().inGroup("parameters"),
            Param.decimal("alpha", 0.05, 5, 0.05).live().inGroup("parameters"),
            Param.decimal("beta", 0.1, 20, 0.1).live().inGroup("parameters"),
            Param.choice("approximate", List.of("none", "tanh")).live().inGroup("parameters"),
            Param.decimal("temperature", 0.05, 20, 0.05).live().inGroup("softmax"));

    private Logits logits = Logits.DEFAULT;

    @Override
    public String id() {
        return "activations";
    }

    @Override
    public List<Param> params() {
        return PARAMS;
    }

    @Override
    public Settings defaults() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("derivative", false);
        v.put("negativeSlope", 0.01);
        v.put("alpha", 1.0);
        v.put("beta", 1.0);
        v.put("approximate", "none");
        v.put("temperature", 1.0);
        return Settings.of(PARAMS, v);
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("derivative", "derivative", true),
                Prompt.of("leaky", "negativeSlope", 0.2, "derivative", true),
                Prompt.of("softplus", "beta", 5.0),
                Prompt.of("cold", "temperature", 0.2),
                Prompt.of("hot", "temperature", 5.0));
    }

    public Logits logits() {
        return logits;
    }

    /** The vector softmax reads (the page refreshes the program after a change). */
    public void setLogits(Logits logits) {
        this.logits = logits;
    }

    /** The seven functions with their derivatives for these settings. */
    public static List<Curve> curves(Settings s) {
        return java.util.Arrays.stream(Activation.values()).map(a -> Curve.of(a, s)).toList();
    }

    /** softmax(x / temperature) over the vector, by the engine's F.softmax. */
    public float[] probabilities(Settings s) {
        return F.softmax(Tensor.of(logits.values()).div(s.decimal("temperature")), 0).toArray();
    }

    /** Where the app and the program put each function: the tutorial's 2×2 on the left, the others right. */
    static int subplot(Activation a) {
        return switch (a) {
            case RELU -> 241;
            case SIGMOID -> 242;
            case LEAKY_RELU -> 243;
            case ELU -> 244;
            case TANH -> 245;
            case SOFTPLUS -> 246;
            case GELU -> 247;
        };
    }

    static final int SOFTMAX_SUBPLOT = 248;

    @Override
    public String pytorchCode(Settings s) {
        boolean derivative = s.flag("derivative");
        StringBuilder b = new StringBuilder();
        b.append("\"\"\"\nActivation functions (激励函数), as in the tutorial's 203: relu, sigmoid, tanh and softplus,\n")
                .append("three more of PyTorch's, ")
                .append(derivative ? "each with its derivative from autograd, " : "")
                .append("and softmax.\n\"\"\"\n");
        b.append("import torch\nimport torch.nn.functional as F\nimport matplotlib.pyplot as plt\n\n");
        b.append("# fake data\n");
        b.append("x = torch.linspace(-5, 5, ").append(Curve.POINTS)
                .append(", requires_grad=True)  # x data (tensor), shape=(").append(Curve.POINTS).append(",)\n");
        b.append("x_np = x.detach().numpy()   # numpy array for plotting\n\n");
        b.append("def curve(f):\n");
        b.append("    \"\"\"f(x) and its derivative: each y[i] depends on x[i] alone, so d(sum y)/dx[i] = f'(x[i]).\"\"\"\n");
        b.append("    y = f(x)\n");
        b.append("    dy_dx, = torch.autograd.grad(y.sum(), x)\n");
        b.append("    return y.detach().numpy(), dy_dx.numpy()\n\n");
        b.append("# following are popular activation functions\n");
        for (Activation a : Activation.values()) {
            b.append("y_").append(a.pythonName()).append(", d_").append(a.pythonName()).append(" = curve(")
                    .append(a.python(s)).append(")\n");
        }
        b.append("\n# softmax makes probabilities of a whole vector: it cannot be drawn like the others\n");
        b.append("logits = torch.tensor(").append(logits.python()).append(")\n");
        b.append("temperature = ").append(PyProgram.number(s.decimal("temperature"))).append('\n');
        b.append("probs = F.softmax(logits / temperature, dim=0)\n");
        b.append("print(probs)\n\n");
        b.append("plt.figure(1, figsize=(16, 7))\n");
        for (Curve c : curves(s)) {
            String name = c.function().pythonName();
            b.append("plt.subplot(").append(subplot(c.function())).append(")\n");
            b.append("plt.plot(x_np, y_").append(name).append(", c='red', label='").append(name).append("')\n");
            if (derivative) {
                b.append("plt.plot(x_np, d_").append(name).append(", c='blue', linestyle='--', label=\"")
                        .append(name).append("'\")\n");
            }
            b.append("plt.ylim((").append(PyProgram.number(c.yLow())).append(", ")
                    .append(PyProgram.number(c.yHigh())).append("))\n");
            b.append("plt.legend(loc='best')\n\n");
        }
        b.append("plt.subplot(").append(SOFTMAX_SUBPLOT).append(")\n");
        b.append("plt.bar(range(len(probs)), probs.numpy(), color='red')\n");
        b.append("plt.ylim((0, 1))\n");
        b.append("plt.title('softmax(x / %g)' % temperature)\n\n");
        b.append("plt.show()\n");
        return b.toString();
    }
}
