package org.trainlab.optim;

import java.util.List;
import java.util.Map;
import org.trainlab.tensor.Tensor;

/**
 * Adam, like {@code torch.optim.Adam}: steps scaled by bias-corrected running averages of the gradient
 * and of its square.
 *
 * <pre>
 * g = grad + weight_decay * p
 * exp_avg = beta1 * exp_avg + (1 - beta1) * g
 * exp_avg_sq = beta2 * exp_avg_sq + (1 - beta2) * g * g
 * (amsgrad: max_exp_avg_sq = max(max_exp_avg_sq, exp_avg_sq), used in place of exp_avg_sq below)
 * denom = sqrt(exp_avg_sq) / sqrt(1 - beta2^step) + eps
 * p = p - lr / (1 - beta1^step) * exp_avg / denom
 * </pre>
 */
public final class Adam extends Optimizer {
    /** PyTorch's defaults; zero and false options ("off") are written where they are set. */
    public static final double DEFAULT_LR = 1e-3;
    public static final List<Double> DEFAULT_BETAS = List.of(0.9, 0.999);
    public static final double DEFAULT_EPS = 1e-8;

    private final AdamRule rule;

    public Adam(List<Tensor> params) {
        this(params, DEFAULT_LR);
    }

    public Adam(List<Tensor> params, double lr) {
        super(params, lr);
        setOption("betas", DEFAULT_BETAS);
        setOption("eps", DEFAULT_EPS);
        setOption("weight_decay", 0);
        setOption("amsgrad", false);
        setOption("maximize", false);
        setOption("foreach", null);
        setOption("capturable", false);
        setOption("differentiable", false);
        setOption("fused", false);
        rule = new AdamRule(params.size());
    }

    public Adam betas(double beta1, double beta2) {
        setOption("betas", AdamRule.checkBetas(beta1, beta2));
        return this;
    }

    public Adam eps(double eps) {
        setOption("eps", AdamRule.checkEps(eps));
        return this;
    }

    /** L2 penalty added to the gradient (AdamW decouples it instead). */
    public Adam weightDecay(double weightDecay) {
        setOption("weight_decay", AdamRule.checkWeightDecay(weightDecay));
        return this;
    }

    /** The AMSGrad variant: normalise by the largest second moment seen so far. */
    public Adam amsgrad(boolean amsgrad) {
        setOption("amsgrad", amsgrad);
        return this;
    }

    public Adam maximize(boolean maximize) {
        setOption("maximize", maximize);
        return this;
    }

    @Override
    protected void update(int index, float[] param, float[] grad, double lr) {
        rule.update(this, index, param, grad, lr, false);
    }

    @Override
    protected Map<String, Tensor> stateOf(int index) {
        return rule.stateOf(index);
    }
}
