package org.trainlab.spec;

import org.trainlab.nn.BCELoss;
import org.trainlab.nn.BCEWithLogitsLoss;
import org.trainlab.nn.CrossEntropyLoss;
import org.trainlab.nn.L1Loss;
import org.trainlab.nn.Loss;
import org.trainlab.nn.MSELoss;

/** The losses a model can be trained with, by their command-line name and PyTorch's class name. */
public enum LossKind {
    MSE("mse", "MSELoss"),
    L1("l1", "L1Loss"),
    /** Raw class scores against one column of class indices. */
    CROSS_ENTROPY("cross-entropy", "CrossEntropyLoss"),
    /** Probabilities (after a Sigmoid) against targets in [0, 1]. */
    BCE("bce", "BCELoss"),
    BCE_WITH_LOGITS("bce-logits", "BCEWithLogitsLoss");

    private final String cliName;
    private final String torchName;

    LossKind(String cliName, String torchName) {
        this.cliName = cliName;
        this.torchName = torchName;
    }

    public String cliName() {
        return cliName;
    }

    /** The class in {@code torch.nn}. */
    public String torchName() {
        return torchName;
    }

    /** Whether targets are class indices (int64, one per row) rather than values shaped like the output. */
    public boolean classTargets() {
        return this == CROSS_ENTROPY;
    }

    /** A new loss module with PyTorch's defaults (mean reduction). */
    public Loss create() {
        return switch (this) {
            case MSE -> new MSELoss();
            case L1 -> new L1Loss();
            case CROSS_ENTROPY -> new CrossEntropyLoss();
            case BCE -> new BCELoss();
            case BCE_WITH_LOGITS -> new BCEWithLogitsLoss();
        };
    }

    /** By command-line name ({@code mse}) or PyTorch's ({@code MSELoss}); null if neither. */
    public static LossKind named(String name) {
        for (LossKind k : values()) {
            if (k.cliName.equals(name) || k.torchName.equals(name)) {
                return k;
            }
        }
        return null;
    }

    public static String cliNames() {
        StringBuilder sb = new StringBuilder();
        for (LossKind k : values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(k.cliName);
        }
        return sb.toString();
    }
}
