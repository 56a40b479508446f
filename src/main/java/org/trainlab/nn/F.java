package org.trainlab.nn;

import org.trainlab.tensor.Activations;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.LinearAlgebra;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * The functions behind the layers and losses, like {@code torch.nn.functional}. Modules delegate
 * here; each formula is implemented once.
 */
public final class F {
    private F() {
    }

    // ---------------------------------------------------------------- activations

    public static Tensor relu(Tensor x) {
        return Activations.relu(x);
    }

    public static Tensor sigmoid(Tensor x) {
        return Activations.sigmoid(x);
    }

    public static Tensor tanh(Tensor x) {
        return Activations.tanh(x);
    }

    /** log(1 + exp(βx)) / β, linear where βx > threshold. */
    public static Tensor softplus(Tensor x, double beta, double threshold) {
        return Activations.softplus(x, beta, threshold);
    }

    public static Tensor softplus(Tensor x) {
        return softplus(x, 1, 20);
    }

    public static Tensor leakyRelu(Tensor x, double negativeSlope) {
        return Activations.leakyRelu(x, negativeSlope);
    }

    public static Tensor leakyRelu(Tensor x) {
        return leakyRelu(x, 0.01);
    }

    public static Tensor elu(Tensor x, double alpha) {
        return Activations.elu(x, alpha);
    }

    public static Tensor elu(Tensor x) {
        return elu(x, 1.0);
    }

    /** GELU, exact ({@code "none"}) or with the {@code "tanh"} approximation. */
    public static Tensor gelu(Tensor x, String approximate) {
        return Activations.gelu(x, approximate);
    }

    public static Tensor gelu(Tensor x) {
        return gelu(x, "none");
    }

    public static Tensor softmax(Tensor x, int dim) {
        return Activations.softmax(x, dim);
    }

    public static Tensor logSoftmax(Tensor x, int dim) {
        return Activations.logSoftmax(x, dim);
    }

    // ---------------------------------------------------------------- layers

    /** x·Wᵀ + b for x [..., in], weight [out, in], bias [out] or null. */
    public static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        return LinearAlgebra.linear(x, weight, bias);
    }

    /**
     * Inverted dropout: in training, zeroes each element with probability {@code p} (drawn from
     * {@code generator}) and scales the rest by 1/(1−p); otherwise returns {@code x} itself.
     */
    public static Tensor dropout(Tensor x, double p, boolean training, Generator generator) {
        checkDropoutProbability(p);
        if (!training || p == 0 || x.numel() == 0) {
            return x;
        }
        float[] noise = new float[x.numel()];
        if (p < 1) {
            double keep = 1.0 - p;
            // PyTorch: noise.bernoulli_(1 - p).div_(1 - p), a float division
            float scale = generator.isPytorch() ? 1f / (float) keep : (float) (1.0 / keep);
            synchronized (generator) {
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = generator.nextBernoulli(keep) ? scale : 0f;
                }
            }
        }
        return x.mul(new Tensor(noise, x.shape()));
    }

    public static Tensor dropout(Tensor x, double p, boolean training) {
        return dropout(x, p, training, Generator.defaultGenerator());
    }

    static void checkDropoutProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("dropout probability has to be between 0 and 1, but got "
                    + PythonRepr.number(p));
        }
    }

    /**
     * Batch normalisation over dim 1 of (N, C) or (N, C, L). In training it uses the batch statistics
     * and updates {@code runningMean}/{@code runningVar} (when not null) by {@code momentum} with the
     * unbiased variance; otherwise it uses the running statistics. {@code weight}/{@code bias} may be null.
     */
    public static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
            boolean training, double momentum, double eps) {
        return BatchNormFunction.apply(x, runningMean, runningVar, weight, bias, training, momentum, eps);
    }

    // ---------------------------------------------------------------- losses

    /** Mean squared error; input and target must have the same shape. */
    public static Tensor mseLoss(Tensor input, Tensor target, Reduction reduction) {
        return LossFunctions.mse(input, target, reduction);
    }

    public static Tensor mseLoss(Tensor input, Tensor target) {
        return mseLoss(input, target, Reduction.MEAN);
    }

    /** Mean absolute error; input and target must have the same shape. */
    public static Tensor l1Loss(Tensor input, Tensor target, Reduction reduction) {
        return LossFunctions.l1(input, target, reduction);
    }

    public static Tensor l1Loss(Tensor input, Tensor target) {
        return l1Loss(input, target, Reduction.MEAN);
    }

    /**
     * Cross entropy of raw scores {@code input} [N, C] (or [C]) against int64 class indices
     * {@code target} [N] (or 0-d): log_softmax over the classes, then nll_loss.
     */
    public static Tensor crossEntropy(Tensor input, Tensor target, Reduction reduction) {
        if (input.dim() == 0) {
            return LossFunctions.nll("cross_entropy", input, target, reduction);
        }
        return LossFunctions.nll("cross_entropy", logSoftmax(input, input.dim() == 1 ? 0 : 1), target, reduction);
    }

    public static Tensor crossEntropy(Tensor input, Tensor target) {
        return crossEntropy(input, target, Reduction.MEAN);
    }

    /** Negative log likelihood of log-probabilities [N, C] (or [C]) at int64 class indices [N] (or 0-d). */
    public static Tensor nllLoss(Tensor input, Tensor target, Reduction reduction) {
        return LossFunctions.nll("nll_loss", input, target, reduction);
    }

    public static Tensor nllLoss(Tensor input, Tensor target) {
        return nllLoss(input, target, Reduction.MEAN);
    }

    /** Binary cross entropy of probabilities in [0, 1]; logs are clamped at −100 like PyTorch's. */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Reduction reduction) {
        return LossFunctions.bce(input, target, reduction);
    }

    public static Tensor binaryCrossEntropy(Tensor input, Tensor target) {
        return binaryCrossEntropy(input, target, Reduction.MEAN);
    }

    /** Sigmoid then binary cross entropy, stable for large scores; {@code posWeight} may be null. */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor posWeight,
            Reduction reduction) {
        return LossFunctions.bceWithLogits(input, target, posWeight, reduction);
    }

    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target) {
        return binaryCrossEntropyWithLogits(input, target, null, Reduction.MEAN);
    }
}
