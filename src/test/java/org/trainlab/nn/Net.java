package org.trainlab.nn;

import org.trainlab.tensor.Tensor;

/**
 * The tutorial's regression net as the tutorial writes it ({@code class Net(torch.nn.Module)}: hidden and
 * predict, relu between), shared by the tests that compare it with PyTorch's printed form, state_dict
 * and training.
 */
public final class Net extends Module {
    public final Linear hidden = register("hidden", new Linear(1, 10));
    public final Linear predict = register("predict", new Linear(10, 1));

    @Override
    public Tensor forward(Tensor x) {
        return predict.forward(F.relu(hidden.forward(x)));
    }
}
