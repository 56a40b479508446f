package org.trainlab.nn;

import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * Initialisation of parameters in place, like {@code torch.nn.init}: same names, formulas and
 * defaults. Each function runs without recording a graph and returns its tensor. Without a
 * {@link Generator} argument they draw from {@link Generator#defaultGenerator()}.
 */
public final class Init {
    private Init() {
    }

    /**
     * The recommended gain for a nonlinearity, {@code calculate_gain}: 1 for linear and sigmoid, 5/3 for
     * tanh, √2 for relu, √(2/(1+slope²)) for leaky_relu (slope {@code param}, default 0.01), 3/4 for selu.
     */
    public static double calculateGain(String nonlinearity, Double param) {
        switch (nonlinearity) {
            case "linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d",
                    "conv_transpose3d", "sigmoid":
                return 1;
            case "tanh":
                return 5.0 / 3;
            case "relu":
                return Math.sqrt(2.0);
            case "leaky_relu":
                double slope = param == null ? 0.01 : param;
                return Math.sqrt(2.0 / (1 + slope * slope));
            case "selu":
                return 3.0 / 4;
            default:
                throw new IllegalArgumentException("Unsupported nonlinearity " + nonlinearity);
        }
    }

    public static double calculateGain(String nonlinearity) {
        return calculateGain(nonlinearity, null);
    }

    public static Tensor uniform_(Tensor t, double a, double b, Generator gen) {
        try (var ignored = NoGrad.enter()) {
            return t.uniform_(a, b, gen);
        }
    }

    public static Tensor uniform_(Tensor t, double a, double b) {
        return uniform_(t, a, b, Generator.defaultGenerator());
    }

    public static Tensor normal_(Tensor t, double mean, double std, Generator gen) {
        try (var ignored = NoGrad.enter()) {
            return t.normal_(mean, std, gen);
        }
    }

    public static Tensor normal_(Tensor t, double mean, double std) {
        return normal_(t, mean, std, Generator.defaultGenerator());
    }

    public static Tensor constant_(Tensor t, double value) {
        try (var ignored = NoGrad.enter()) {
            return t.fill_(value);
        }
    }

    public static Tensor zeros_(Tensor t) {
        return constant_(t, 0);
    }

    public static Tensor ones_(Tensor t) {
        return constant_(t, 1);
    }

    /** Glorot: U(−a, a) with a = gain·√(6 / (fan_in + fan_out)). */
    public static Tensor xavierUniform_(Tensor t, double gain, Generator gen) {
        int[] fans = fans(t);
        double a = gain * Math.sqrt(6.0 / (fans[0] + fans[1]));
        return uniform_(t, -a, a, gen);
    }

    public static Tensor xavierUniform_(Tensor t) {
        return xavierUniform_(t, 1.0, Generator.defaultGenerator());
    }

    /** Glorot: N(0, std²) with std = gain·√(2 / (fan_in + fan_out)). */
    public static Tensor xavierNormal_(Tensor t, double gain, Generator gen) {
        int[] fans = fans(t);
        return normal_(t, 0, gain * Math.sqrt(2.0 / (fans[0] + fans[1])), gen);
    }

    public static Tensor xavierNormal_(Tensor t) {
        return xavierNormal_(t, 1.0, Generator.defaultGenerator());
    }

    /**
     * He: U(−bound, bound) with bound = √3 · gain / √fan, fan from {@code mode} ("fan_in" or "fan_out"),
     * gain from {@code nonlinearity} with slope {@code a}. nn.Linear uses a = √5, giving ±1/√fan_in.
     */
    public static Tensor kaimingUniform_(Tensor t, double a, String mode, String nonlinearity, Generator gen) {
        double bound = Math.sqrt(3.0) * kaimingStd(t, a, mode, nonlinearity);
        return uniform_(t, -bound, bound, gen);
    }

    public static Tensor kaimingUniform_(Tensor t) {
        return kaimingUniform_(t, 0, "fan_in", "leaky_relu", Generator.defaultGenerator());
    }

    /** He: N(0, std²) with std = gain / √fan. */
    public static Tensor kaimingNormal_(Tensor t, double a, String mode, String nonlinearity, Generator gen) {
        return normal_(t, 0, kaimingStd(t, a, mode, nonlinearity), gen);
    }

    public static Tensor kaimingNormal_(Tensor t) {
        return kaimingNormal_(t, 0, "fan_in", "leaky_relu", Generator.defaultGenerator());
    }

    private static double kaimingStd(Tensor t, double a, String mode, String nonlinearity) {
        int[] fans = fans(t);
        int fan = switch (mode) {
            case "fan_in" -> fans[0];
            case "fan_out" -> fans[1];
            default -> throw new IllegalArgumentException("Mode " + mode + " not supported, please use one of "
                    + "fan_in, fan_out");
        };
        return calculateGain(nonlinearity, a) / Math.sqrt(fan);
    }

    /** {fan_in, fan_out} of a weight [out, in, *kernel], PyTorch's {@code _calculate_fan_in_and_fan_out}. */
    static int[] fans(Tensor t) {
        if (t.dim() < 2) {
            throw new IllegalArgumentException("Fan in and fan out can not be computed for tensor with fewer than 2 "
                    + "dimensions (got shape " + java.util.Arrays.toString(t.shape()) + ")");
        }
        int receptive = 1;
        for (int d = 2; d < t.dim(); d++) {
            receptive *= t.size(d);
        }
        return new int[] {t.size(1) * receptive, t.size(0) * receptive};
    }
}
