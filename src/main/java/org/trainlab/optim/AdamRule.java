package org.trainlab.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.tensor.Tensor;

/**
 * The Adam update and its per-parameter state, shared by {@link Adam} (L2 weight decay added to the
 * gradient) and {@link AdamW} (decoupled weight decay: the weights shrink before the update).
 * Follows PyTorch's single-tensor path in float32 and in its operation order.
 */
final class AdamRule {
    private final Tensor[] step;
    private final Tensor[] expAvg;
    private final Tensor[] expAvgSq;
    private final Tensor[] maxExpAvgSq;

    AdamRule(int paramCount) {
        step = new Tensor[paramCount];
        expAvg = new Tensor[paramCount];
        expAvgSq = new Tensor[paramCount];
        maxExpAvgSq = new Tensor[paramCount];
    }

    /**
     * One update of parameter {@code index} with the owner's options ({@code betas}, {@code eps},
     * {@code weight_decay}, {@code amsgrad}, {@code maximize}); {@code decoupled} selects AdamW's decay.
     */
    void update(Optimizer owner, int index, float[] p, float[] grad, double lr, boolean decoupled) {
        List<?> betas = (List<?>) owner.option("betas");
        double beta1 = ((Number) betas.get(0)).doubleValue();
        double beta2 = ((Number) betas.get(1)).doubleValue();
        double weightDecay = owner.number("weight_decay");
        boolean amsgrad = owner.flag("amsgrad");
        if (step[index] == null) {
            step[index] = Tensor.scalar(0);
            expAvg[index] = Tensor.zerosLike(owner.param(index));
            expAvgSq[index] = Tensor.zerosLike(owner.param(index));
        }
        if (amsgrad && maxExpAvgSq[index] == null) {
            maxExpAvgSq[index] = Tensor.zerosLike(owner.param(index));
        }
        float[] stepData = step[index].data();
        stepData[0] += 1;
        double t = stepData[0];
        double biasCorrection1 = 1 - Math.pow(beta1, t);
        double biasCorrection2 = 1 - Math.pow(beta2, t);
        float negStepSize = (float) -(lr / biasCorrection1);
        float biasCorrection2Sqrt = (float) Math.sqrt(biasCorrection2);

        float decay = (float) (1 - lr * weightDecay);
        float wd = decoupled ? 0f : (float) weightDecay;
        float b1 = (float) beta1;
        float rest1 = (float) (1 - beta1);
        float b2 = (float) beta2;
        float rest2 = (float) (1 - beta2);
        float eps = (float) owner.number("eps");
        float sign = owner.flag("maximize") ? -1f : 1f;
        float[] m = expAvg[index].data();
        float[] v = expAvgSq[index].data();
        float[] vMax = amsgrad ? maxExpAvgSq[index].data() : null;
        for (int j = 0; j < p.length; j++) {
            float g = sign * grad[j];
            if (decoupled) {
                p[j] = p[j] * decay;
            } else if (wd != 0) {
                g = g + wd * p[j];
            }
            m[j] = m[j] * b1 + rest1 * g;
            v[j] = v[j] * b2 + rest2 * g * g;
            float second = v[j];
            if (vMax != null) {
                vMax[j] = Math.max(vMax[j], v[j]);
                second = vMax[j];
            }
            float denom = (float) Math.sqrt(second) / biasCorrection2Sqrt + eps;
            p[j] = p[j] + negStepSize * m[j] / denom;
        }
    }

    Map<String, Tensor> stateOf(int index) {
        Map<String, Tensor> state = new LinkedHashMap<>();
        if (step[index] != null) {
            state.put("step", step[index]);
            state.put("exp_avg", expAvg[index]);
            state.put("exp_avg_sq", expAvgSq[index]);
            if (maxExpAvgSq[index] != null) {
                state.put("max_exp_avg_sq", maxExpAvgSq[index]);
            }
        }
        return state;
    }

    static List<Double> checkBetas(double beta1, double beta2) {
        if (!(0.0 <= beta1 && beta1 < 1.0)) {
            throw Optimizer.invalid("beta parameter at index 0", beta1);
        }
        if (!(0.0 <= beta2 && beta2 < 1.0)) {
            throw Optimizer.invalid("beta parameter at index 1", beta2);
        }
        return List.of(beta1, beta2);
    }

    static double checkEps(double eps) {
        if (!(eps >= 0.0)) {
            throw Optimizer.invalid("epsilon value", eps);
        }
        return eps;
    }

    static double checkWeightDecay(double weightDecay) {
        if (!(weightDecay >= 0.0)) {
            throw Optimizer.invalid("weight_decay value", weightDecay);
        }
        return weightDecay;
    }
}
