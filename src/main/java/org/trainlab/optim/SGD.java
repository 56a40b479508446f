package org.trainlab.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * Stochastic gradient descent with optional momentum, dampening, Nesterov momentum and L2 weight decay,
 * like {@code torch.optim.SGD}:
 *
 * <pre>
 * g = grad + weight_decay * p
 * buf = g                                       (first step)
 * buf = momentum * buf + (1 - dampening) * g    (later steps)
 * g = nesterov ? g + momentum * buf : buf       (when momentum != 0)
 * p = p - lr * g
 * </pre>
 *
 * {@code new SGD(params, 0.1).momentum(0.9).nesterov(true)}; set momentum before nesterov.
 */
public final class SGD extends Optimizer {
    private final Tensor[] momentumBuffer;
    private final boolean[] stepped;

    public SGD(List<Tensor> params, double lr) {
        super(params, lr);
        setOption("momentum", 0);
        setOption("dampening", 0);
        setOption("weight_decay", 0);
        setOption("nesterov", false);
        setOption("maximize", false);
        setOption("foreach", null);
        setOption("differentiable", false);
        momentumBuffer = new Tensor[params.size()];
        stepped = new boolean[params.size()];
    }

    public SGD momentum(double momentum) {
        if (momentum < 0.0) {
            throw invalid("momentum value", momentum);
        }
        checkNesterov(flag("nesterov"), momentum, number("dampening"));
        setOption("momentum", momentum);
        return this;
    }

    public SGD dampening(double dampening) {
        checkNesterov(flag("nesterov"), number("momentum"), dampening);
        setOption("dampening", dampening);
        return this;
    }

    public SGD weightDecay(double weightDecay) {
        if (weightDecay < 0.0) {
            throw invalid("weight_decay value", weightDecay);
        }
        setOption("weight_decay", weightDecay);
        return this;
    }

    /** Nesterov momentum; needs momentum > 0 and dampening 0 already set. */
    public SGD nesterov(boolean nesterov) {
        checkNesterov(nesterov, number("momentum"), number("dampening"));
        setOption("nesterov", nesterov);
        return this;
    }

    /** Ascends the objective instead of descending it. */
    public SGD maximize(boolean maximize) {
        setOption("maximize", maximize);
        return this;
    }

    private static void checkNesterov(boolean nesterov, double momentum, double dampening) {
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw new IllegalArgumentException("Nesterov momentum requires a momentum and zero dampening (momentum="
                    + PythonRepr.number(momentum) + ", dampening=" + PythonRepr.number(dampening) + ")");
        }
    }

    @Override
    protected void update(int index, float[] p, float[] grad, double lr) {
        double momentum = number("momentum");
        float mom = (float) momentum;
        float keep = (float) (1 - number("dampening"));
        float wd = (float) number("weight_decay");
        boolean nesterov = flag("nesterov");
        float sign = flag("maximize") ? -1f : 1f;
        float negLr = (float) -lr;
        float[] buf = null;
        boolean first = false;
        if (momentum != 0) {
            if (momentumBuffer[index] == null) {
                momentumBuffer[index] = Tensor.zerosLike(param(index));
                first = true;
            }
            buf = momentumBuffer[index].data();
        }
        for (int j = 0; j < p.length; j++) {
            float d = sign * grad[j];
            if (wd != 0) {
                d = d + wd * p[j];
            }
            if (buf != null) {
                buf[j] = first ? d : buf[j] * mom + keep * d;
                d = nesterov ? d + mom * buf[j] : buf[j];
            }
            p[j] = p[j] + negLr * d;
        }
        stepped[index] = true;
    }

    @Override
    protected Map<String, Tensor> stateOf(int index) {
        Map<String, Tensor> state = new LinkedHashMap<>();
        if (stepped[index]) {
            state.put("momentum_buffer", momentumBuffer[index]);
        }
        return state;
    }
}
