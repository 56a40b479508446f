package org.trainlab.lab;

import java.util.Arrays;
import org.trainlab.nn.Module;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * Whether a network takes a lesson's inputs and gives the outputs its loss needs: a forward pass of two rows of
 * zeros, before any training. The network should be a throwaway copy (dropout in forward draws random numbers).
 */
public final class NetFit {
    private NetFit() {
    }

    /**
     * Why {@code net} does not fit {@code inputs} features in and {@code outputs} values out per row, in PyTorch's
     * words where the forward pass fails, or null when it fits.
     */
    public static String problem(Module net, int inputs, int outputs) {
        Tensor out;
        try (NoGrad ignored = NoGrad.enter()) {
            out = net.forward(Tensor.zeros(2, inputs));
        } catch (RuntimeException e) {
            return "with " + inputs + " input feature" + (inputs == 1 ? "" : "s") + ": " + e.getMessage();
        }
        int[] shape = out.shape();
        if (shape.length != 2 || shape[0] != 2 || shape[1] != outputs) {
            return "for 2 rows of " + inputs + " feature" + (inputs == 1 ? "" : "s") + " it gives shape "
                    + Arrays.toString(shape) + ", the loss needs [2, " + outputs + "]";
        }
        return null;
    }
}
