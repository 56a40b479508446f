package org.trainlab.lab;

import java.util.List;
import org.trainlab.optim.Adagrad;
import org.trainlab.optim.Adam;
import org.trainlab.optim.AdamW;
import org.trainlab.optim.Optimizer;
import org.trainlab.optim.RMSprop;
import org.trainlab.optim.SGD;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * The optimizers the lessons offer, by name, with the tutorial's settings where it has them
 * (Momentum 0.8, RMSprop alpha 0.9, Adam betas (0.9, 0.99)) and PyTorch's defaults otherwise.
 */
public final class Optimizers {
    public static final List<String> NAMES = List.of("sgd", "momentum", "adagrad", "rmsprop", "adam", "adamw");

    private Optimizers() {
    }

    public static Optimizer create(String name, List<Tensor> params, double lr) {
        return switch (name) {
            case "sgd" -> new SGD(params, lr);
            case "momentum" -> new SGD(params, lr).momentum(0.8);
            case "adagrad" -> new Adagrad(params, lr);
            case "rmsprop" -> new RMSprop(params, lr).alpha(0.9);
            case "adam" -> new Adam(params, lr).betas(0.9, 0.99);
            case "adamw" -> new AdamW(params, lr);
            default -> throw new IllegalArgumentException("unknown optimizer '" + name + "' (choose "
                    + String.join(", ", NAMES) + ")");
        };
    }

    /** The PyTorch constructor call for the code pane, e.g. {@code torch.optim.SGD(net.parameters(), lr=0.2)}. */
    public static String code(String name, String params, double lr) {
        String lrText = "lr=" + PythonRepr.intOrFloat(lr);
        return switch (name) {
            case "sgd" -> "torch.optim.SGD(" + params + ", " + lrText + ")";
            case "momentum" -> "torch.optim.SGD(" + params + ", " + lrText + ", momentum=0.8)";
            case "adagrad" -> "torch.optim.Adagrad(" + params + ", " + lrText + ")";
            case "rmsprop" -> "torch.optim.RMSprop(" + params + ", " + lrText + ", alpha=0.9)";
            case "adam" -> "torch.optim.Adam(" + params + ", " + lrText + ", betas=(0.9, 0.99))";
            case "adamw" -> "torch.optim.AdamW(" + params + ", " + lrText + ")";
            default -> throw new IllegalArgumentException("unknown optimizer '" + name + "'");
        };
    }
}
