package org.trainlab.nn;

import java.util.List;
import java.util.Map;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * Normalises each channel of an (N, C) or (N, C, L) input, like {@code nn.BatchNorm1d(num_features,
 * eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)}. In training it uses the batch's
 * mean and biased variance and updates running_mean/running_var (with the unbiased variance) and
 * num_batches_tracked; in eval it uses the running statistics. A null momentum means a cumulative
 * average, as in PyTorch.
 */
public class BatchNorm1d extends Module {
    private final int numFeatures;
    private final double eps;
    private final Double momentum;
    private final boolean affine;
    private final boolean trackRunningStats;
    private final Tensor weight;
    private final Tensor bias;
    private final Tensor runningMean;
    private final Tensor runningVar;
    private final Tensor numBatchesTracked;

    @SuppressWarnings("this-escape") // registering in the constructor is the design, as in PyTorch's __init__
    public BatchNorm1d(int numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
        this.numFeatures = numFeatures;
        this.eps = eps;
        this.momentum = momentum;
        this.affine = affine;
        this.trackRunningStats = trackRunningStats;
        this.weight = registerParameter("weight", affine ? Tensor.ones(numFeatures) : null);
        this.bias = registerParameter("bias", affine ? Tensor.zeros(numFeatures) : null);
        this.runningMean = registerBuffer("running_mean", trackRunningStats ? Tensor.zeros(numFeatures) : null);
        this.runningVar = registerBuffer("running_var", trackRunningStats ? Tensor.ones(numFeatures) : null);
        this.numBatchesTracked = registerBuffer("num_batches_tracked",
                trackRunningStats ? Tensor.ofLongs(new long[] {0}) : null);
    }

    public BatchNorm1d(int numFeatures) {
        this(numFeatures, 1e-5, 0.1, true, true);
    }

    @Override
    public Tensor forward(Tensor x) {
        if (x.dim() != 2 && x.dim() != 3) {
            throw new IllegalArgumentException("expected 2D or 3D input (got " + x.dim() + "D input)");
        }
        double factor = momentum == null ? 0.0 : momentum;
        if (isTraining() && trackRunningStats) {
            numBatchesTracked.data()[0] += 1;
            numBatchesTracked.bumpVersion();
            if (momentum == null) {
                factor = 1.0 / numBatchesTracked.data()[0];
            }
        }
        boolean useBatchStats = isTraining() || !trackRunningStats;
        boolean updateStats = !isTraining() || trackRunningStats;
        return F.batchNorm(x, updateStats ? runningMean : null, updateStats ? runningVar : null, weight, bias,
                useBatchStats, factor, eps);
    }

    /** Checkpoints written before num_batches_tracked existed load with it at 0, as in PyTorch. */
    @Override
    protected void loadFromStateDict(Map<String, Tensor> state, String prefix, List<String> missing,
            List<String> unexpected, List<String> errors) {
        if (trackRunningStats) {
            state.putIfAbsent(prefix + "num_batches_tracked", Tensor.ofLongs(new long[] {0}));
        }
        super.loadFromStateDict(state, prefix, missing, unexpected, errors);
    }

    public int numFeatures() {
        return numFeatures;
    }

    public double eps() {
        return eps;
    }

    /** The momentum, or null for a cumulative moving average. */
    public Double momentum() {
        return momentum;
    }

    /** The scale γ, or null without affine. */
    public Tensor weight() {
        return weight;
    }

    /** The shift β, or null without affine. */
    public Tensor bias() {
        return bias;
    }

    /** Null when track_running_stats is false. */
    public Tensor runningMean() {
        return runningMean;
    }

    public Tensor runningVar() {
        return runningVar;
    }

    /** An int64 0-d tensor counting training batches. */
    public Tensor numBatchesTracked() {
        return numBatchesTracked;
    }

    @Override
    public String extraRepr() {
        return numFeatures + ", eps=" + PythonRepr.number(eps) + ", momentum="
                + (momentum == null ? "None" : PythonRepr.number(momentum)) + ", affine=" + PythonRepr.bool(affine)
                + ", track_running_stats=" + PythonRepr.bool(trackRunningStats);
    }
}
