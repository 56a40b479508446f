package org.trainlab.optim;

import java.util.List;
import java.util.Map;
import org.trainlab.tensor.Tensor;

/**
 * AdamW, like {@code torch.optim.AdamW}: Adam with decoupled weight decay. Each step first shrinks the
 * weights, {@code p = p * (1 - lr * weight_decay)}, then applies Adam's update to the raw gradient.
 */
public final class AdamW extends Optimizer {
    /** PyTorch's defaults: Adam's, with a decoupled weight decay of 0.01; false options are written where set. */
    public static final double DEFAULT_LR = Adam.DEFAULT_LR;
    public static final List<Double> DEFAULT_BETAS = Adam.DEFAULT_BETAS;
    public static final double DEFAULT_EPS = Adam.DEFAULT_EPS;
    public static final double DEFAULT_WEIGHT_DECAY = 1e-2;

    private final AdamRule rule;

    public AdamW(List<Tensor> params) {
        this(params, DEFAULT_LR);
    }

    public AdamW(List<Tensor> params, double lr) {
        super(params, lr);
        setOption("betas", DEFAULT_BETAS);
        setOption("eps", DEFAULT_EPS);
        setOption("weight_decay", DEFAULT_WEIGHT_DECAY);
        setOption("amsgrad", false);
        setOption("foreach", null);
        setOption("maximize", false);
        setOption("capturable", false);
        rule = new AdamRule(params.size());
    }

    public AdamW betas(double beta1, double beta2) {
        setOption("betas", AdamRule.checkBetas(beta1, beta2));
        return this;
    }

    public AdamW eps(double eps) {
        setOption("eps", AdamRule.checkEps(eps));
        return this;
    }

    public AdamW weightDecay(double weightDecay) {
        setOption("weight_decay", AdamRule.checkWeightDecay(weightDecay));
        return this;
    }

    public AdamW amsgrad(boolean amsgrad) {
        setOption("amsgrad", amsgrad);
        return this;
    }

    public AdamW maximize(boolean maximize) {
        setOption("maximize", maximize);
        return this;
    }

    @Override
    protected void update(int index, float[] param, float[] grad, double lr) {
        rule.update(this, index, param, grad, lr, true);
    }

    @Override
    protected Map<String, Tensor> stateOf(int index) {
        return rule.stateOf(index);
    }
}
