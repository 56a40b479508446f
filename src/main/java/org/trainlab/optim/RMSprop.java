package org.trainlab.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.tensor.Tensor;

/**
 * RMSprop, like {@code torch.optim.RMSprop}: divides the gradient by a running root mean square.
 *
 * <pre>
 * g = grad + weight_decay * p
 * square_avg = alpha * square_avg + (1 - alpha) * g * g
 * avg = sqrt(square_avg) + eps, or when centered
 *     grad_avg = alpha * grad_avg + (1 - alpha) * g;  avg = sqrt(square_avg - grad_avg²) + eps
 * momentum > 0:  buf = momentum * buf + g / avg;  p = p - lr * buf
 * otherwise:     p = p - lr * g / avg
 * </pre>
 */
public final class RMSprop extends Optimizer {
    /** PyTorch's defaults; zero and false options ("off") are written where they are set. */
    public static final double DEFAULT_LR = 0.01;
    public static final double DEFAULT_ALPHA = 0.99;
    public static final double DEFAULT_EPS = 1e-8;

    private final int[] step;
    private final Tensor[] squareAvg;
    private final Tensor[] momentumBuffer;
    private final Tensor[] gradAvg;

    public RMSprop(List<Tensor> params) {
        this(params, DEFAULT_LR);
    }

    public RMSprop(List<Tensor> params, double lr) {
        super(params, lr);
        setOption("momentum", 0);
        setOption("alpha", DEFAULT_ALPHA);
        setOption("eps", DEFAULT_EPS);
        setOption("centered", false);
        setOption("weight_decay", 0);
        setOption("foreach", null);
        setOption("maximize", false);
        setOption("differentiable", false);
        int n = params.size();
        step = new int[n];
        squareAvg = new Tensor[n];
        momentumBuffer = new Tensor[n];
        gradAvg = new Tensor[n];
    }

    public RMSprop alpha(double alpha) {
        if (!(alpha >= 0.0)) {
            throw invalid("alpha value", alpha);
        }
        setOption("alpha", alpha);
        return this;
    }

    public RMSprop eps(double eps) {
        if (!(eps >= 0.0)) {
            throw invalid("epsilon value", eps);
        }
        setOption("eps", eps);
        return this;
    }

    public RMSprop weightDecay(double weightDecay) {
        if (!(weightDecay >= 0.0)) {
            throw invalid("weight_decay value", weightDecay);
        }
        setOption("weight_decay", weightDecay);
        return this;
    }

    public RMSprop momentum(double momentum) {
        if (!(momentum >= 0.0)) {
            throw invalid("momentum value", momentum);
        }
        setOption("momentum", momentum);
        return this;
    }

    /** Normalises by an estimate of the gradient's variance instead of its raw second moment. */
    public RMSprop centered(boolean centered) {
        setOption("centered", centered);
        return this;
    }

    public RMSprop maximize(boolean maximize) {
        setOption("maximize", maximize);
        return this;
    }

    @Override
    protected void update(int index, float[] p, float[] grad, double lr) {
        double momentum = number("momentum");
        boolean centered = flag("centered");
        if (squareAvg[index] == null) {
            squareAvg[index] = Tensor.zerosLike(param(index));
        }
        if (momentum > 0 && momentumBuffer[index] == null) {
            momentumBuffer[index] = Tensor.zerosLike(param(index));
        }
        if (centered && gradAvg[index] == null) {
            gradAvg[index] = Tensor.zerosLike(param(index));
        }
        step[index]++;
        float alpha = (float) number("alpha");
        float rest = (float) (1 - number("alpha"));
        float eps = (float) number("eps");
        float wd = (float) number("weight_decay");
        float mom = (float) momentum;
        float sign = flag("maximize") ? -1f : 1f;
        float negLr = (float) -lr;
        float[] sq = squareAvg[index].data();
        float[] ga = centered ? gradAvg[index].data() : null;
        float[] buf = momentum > 0 ? momentumBuffer[index].data() : null;
        for (int j = 0; j < p.length; j++) {
            float g = sign * grad[j];
            if (wd != 0) {
                g = g + wd * p[j];
            }
            sq[j] = sq[j] * alpha + rest * g * g;
            float avg;
            if (ga != null) {
                ga[j] = ga[j] * alpha + rest * g;
                avg = (float) Math.sqrt(sq[j] + -ga[j] * ga[j]);
            } else {
                avg = (float) Math.sqrt(sq[j]);
            }
            avg = avg + eps;
            if (buf != null) {
                buf[j] = buf[j] * mom + g / avg;
                p[j] = p[j] + negLr * buf[j];
            } else {
                p[j] = p[j] + negLr * g / avg;
            }
        }
    }

    @Override
    protected Map<String, Tensor> stateOf(int index) {
        Map<String, Tensor> state = new LinkedHashMap<>();
        if (step[index] > 0) {
            state.put("step", Tensor.scalar(step[index]));
            state.put("square_avg", squareAvg[index]);
            if (momentumBuffer[index] != null) {
                state.put("momentum_buffer", momentumBuffer[index]);
            }
            if (gradAvg[index] != null) {
                state.put("grad_avg", gradAvg[index]);
            }
        }
        return state;
    }
}
