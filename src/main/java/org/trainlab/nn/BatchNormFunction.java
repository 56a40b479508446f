package org.trainlab.nn;

import java.util.ArrayList;
import java.util.List;
import org.trainlab.tensor.Autograd;
import org.trainlab.tensor.Tensor;

/**
 * Batch normalisation over dim 1 of an (N, C) or (N, C, L) input as one op with its own backward
 * (PyTorch's {@code native_batch_norm}, grad_fn {@code NativeBatchNormBackward0}).
 */
final class BatchNormFunction {
    private BatchNormFunction() {
    }

    /**
     * With {@code training}, normalises by the batch's mean and biased variance and, when running
     * statistics are given, moves them towards the batch's mean and unbiased variance by {@code momentum}.
     * Without, normalises by the running statistics.
     */
    static Tensor apply(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
            boolean training, double momentum, double eps) {
        if (x.dim() < 2) {
            throw new IllegalArgumentException("batch_norm: expected an input of shape (N, C) or (N, C, L), got "
                    + Module.torchSize(x.shape()));
        }
        int batch = x.size(0);
        int channels = x.size(1);
        int length = x.numel() / Math.max(1, batch * channels);
        checkChannels("running_mean", runningMean, channels, x);
        checkChannels("running_var", runningVar, channels, x);
        checkChannels("weight", weight, channels, x);
        checkChannels("bias", bias, channels, x);
        int count = batch * length;
        if (training && count <= 1) {
            throw new IllegalArgumentException("Expected more than 1 value per channel when training, got input size "
                    + Module.torchSize(x.shape()));
        }
        if (!training && (runningMean == null || runningVar == null)) {
            throw new IllegalArgumentException("batch_norm: running_mean and running_var must be defined in "
                    + "evaluation mode");
        }
        float[] in = x.data();
        double[] mean = new double[channels];
        double[] invStd = new double[channels];
        for (int c = 0; c < channels; c++) {
            double m;
            double var;
            if (training) {
                double sum = 0;
                for (int n = 0; n < batch; n++) {
                    int base = (n * channels + c) * length;
                    for (int l = 0; l < length; l++) {
                        sum += in[base + l];
                    }
                }
                m = sum / count;
                double squares = 0;
                for (int n = 0; n < batch; n++) {
                    int base = (n * channels + c) * length;
                    for (int l = 0; l < length; l++) {
                        double d = in[base + l] - m;
                        squares += d * d;
                    }
                }
                var = squares / count;
                if (runningMean != null) {
                    float[] rm = runningMean.data();
                    float[] rv = runningVar.data();
                    rm[c] = (float) ((1 - momentum) * rm[c] + momentum * m);
                    rv[c] = (float) ((1 - momentum) * rv[c] + momentum * squares / (count - 1));
                }
            } else {
                m = runningMean.data()[c];
                var = runningVar.data()[c];
            }
            mean[c] = m;
            invStd[c] = 1.0 / Math.sqrt(var + eps);
        }
        if (training && runningMean != null) {
            runningMean.bumpVersion();
            runningVar.bumpVersion();
        }
        float[] w = weight == null ? null : weight.data();
        float[] b = bias == null ? null : bias.data();
        float[] out = new float[in.length];
        for (int n = 0; n < batch; n++) {
            for (int c = 0; c < channels; c++) {
                double scale = invStd[c] * (w == null ? 1 : w[c]);
                double shift = (b == null ? 0 : b[c]) - mean[c] * scale;
                int base = (n * channels + c) * length;
                for (int l = 0; l < length; l++) {
                    out[base + l] = (float) (in[base + l] * scale + shift);
                }
            }
        }
        List<Tensor> inputs = new ArrayList<>(List.of(x));
        if (weight != null) {
            inputs.add(weight);
        }
        if (bias != null) {
            inputs.add(bias);
        }
        Tensor[] saved = weight == null ? new Tensor[] {x} : new Tensor[] {x, weight};
        return Autograd.record(new Tensor(out, x.shape()), "NativeBatchNormBackward0", inputs.toArray(new Tensor[0]),
                saved, (g, s) -> {
                    float[] gd = g.data();
                    float[] xv = s[0].data();
                    float[] wv = weight == null ? null : s[1].data();
                    float[] dx = x.requiresGrad() ? new float[xv.length] : null;
                    float[] dw = new float[channels];
                    float[] db = new float[channels];
                    for (int c = 0; c < channels; c++) {
                        double sumG = 0;
                        double sumGX = 0;
                        for (int n = 0; n < batch; n++) {
                            int base = (n * channels + c) * length;
                            for (int l = 0; l < length; l++) {
                                sumG += gd[base + l];
                                sumGX += gd[base + l] * (xv[base + l] - mean[c]);
                            }
                        }
                        db[c] = (float) sumG;
                        dw[c] = (float) (sumGX * invStd[c]);
                        if (dx == null) {
                            continue;
                        }
                        double k = invStd[c] * (wv == null ? 1 : wv[c]);
                        double meanG = sumG / count;
                        double proj = invStd[c] * invStd[c] * sumGX / count;
                        for (int n = 0; n < batch; n++) {
                            int base = (n * channels + c) * length;
                            for (int l = 0; l < length; l++) {
                                int i = base + l;
                                dx[i] = (float) (training ? k * (gd[i] - meanG - (xv[i] - mean[c]) * proj)
                                        : k * gd[i]);
                            }
                        }
                    }
                    Tensor[] grads = new Tensor[inputs.size()];
                    grads[0] = dx == null ? null : new Tensor(dx, s[0].shape());
                    int next = 1;
                    if (weight != null) {
                        grads[next++] = new Tensor(dw, channels);
                    }
                    if (bias != null) {
                        grads[next] = new Tensor(db, channels);
                    }
                    return grads;
                });
    }

    private static void checkChannels(String what, Tensor t, int channels, Tensor x) {
        if (t != null && t.numel() != channels) {
            throw new IllegalArgumentException(what + " should contain " + channels + " elements not " + t.numel()
                    + " (the input " + Module.torchSize(x.shape()) + " has " + channels + " channels at dim 1, the "
                    + "layer has num_features=" + t.numel() + ")");
        }
    }
}
