package org.trainlab.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.tensor.Tensor;

/**
 * Adagrad, like {@code torch.optim.Adagrad}: each weight's step shrinks with the sum of its squared
 * gradients.
 *
 * <pre>
 * g = grad + weight_decay * p
 * clr = lr / (1 + (step - 1) * lr_decay)
 * sum = sum + g * g
 * p = p - clr * g / (sqrt(sum) + eps)
 * </pre>
 *
 * As in PyTorch, the state ({@code step}, {@code sum}) exists from construction on.
 */
public final class Adagrad extends Optimizer {
    /** PyTorch's defaults; zero and false options ("off") are written where they are set. */
    public static final double DEFAULT_LR = 0.01;
    public static final double DEFAULT_EPS = 1e-10;

    private final Tensor[] step;
    private final Tensor[] sum;

    public Adagrad(List<Tensor> params) {
        this(params, DEFAULT_LR);
    }

    public Adagrad(List<Tensor> params, double lr) {
        super(params, lr);
        setOption("lr_decay", 0);
        setOption("eps", DEFAULT_EPS);
        setOption("weight_decay", 0);
        setOption("initial_accumulator_value", 0);
        setOption("foreach", null);
        setOption("maximize", false);
        step = new Tensor[params.size()];
        sum = new Tensor[params.size()];
        for (int i = 0; i < step.length; i++) {
            step[i] = Tensor.scalar(0);
            sum[i] = Tensor.zerosLike(params.get(i));
        }
    }

    public Adagrad lrDecay(double lrDecay) {
        if (!(lrDecay >= 0.0)) {
            throw invalid("lr_decay value", lrDecay);
        }
        setOption("lr_decay", lrDecay);
        return this;
    }

    public Adagrad weightDecay(double weightDecay) {
        if (!(weightDecay >= 0.0)) {
            throw invalid("weight_decay value", weightDecay);
        }
        setOption("weight_decay", weightDecay);
        return this;
    }

    /** The value the sums start from; applies to parameters that have not been stepped yet. */
    public Adagrad initialAccumulatorValue(double value) {
        if (!(value >= 0.0)) {
            throw invalid("initial_accumulator_value value", value);
        }
        setOption("initial_accumulator_value", value);
        for (int i = 0; i < sum.length; i++) {
            if (step[i].item() == 0) {
                java.util.Arrays.fill(sum[i].data(), (float) value);
            }
        }
        return this;
    }

    public Adagrad eps(double eps) {
        if (!(eps >= 0.0)) {
            throw invalid("epsilon value", eps);
        }
        setOption("eps", eps);
        return this;
    }

    public Adagrad maximize(boolean maximize) {
        setOption("maximize", maximize);
        return this;
    }

    @Override
    protected void update(int index, float[] p, float[] grad, double lr) {
        float[] stepData = step[index].data();
        stepData[0] += 1;
        double clr = lr / (1 + (stepData[0] - 1) * number("lr_decay"));
        float wd = (float) number("weight_decay");
        float eps = (float) number("eps");
        float sign = flag("maximize") ? -1f : 1f;
        float negClr = (float) -clr;
        float[] s = sum[index].data();
        for (int j = 0; j < p.length; j++) {
            float g = sign * grad[j];
            if (wd != 0) {
                g = g + wd * p[j];
            }
            s[j] = s[j] + g * g;
            float std = (float) Math.sqrt(s[j]) + eps;
            p[j] = p[j] + negClr * g / std;
        }
    }

    @Override
    protected Map<String, Tensor> stateOf(int index) {
        Map<String, Tensor> state = new LinkedHashMap<>();
        state.put("step", step[index]);
        state.put("sum", sum[index]);
        return state;
    }
}
