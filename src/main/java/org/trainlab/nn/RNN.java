package org.trainlab.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * An Elman RNN, like {@code nn.RNN(input_size, hidden_size, num_layers=1, nonlinearity='tanh',
 * bias=True, batch_first=False)}: for each layer and step, h = act(x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh).
 * Parameters are named weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0 (…_l1 for the second layer)
 * and start as U(−1/√hidden, 1/√hidden).
 *
 * <p>Input is (L, N, input_size), or (N, L, input_size) with batch_first, or unbatched (L, input_size);
 * h0 and h_n are (num_layers, N, hidden_size) whatever batch_first says.
 */
public class RNN extends Module {
    private final int inputSize;
    private final int hiddenSize;
    private final int numLayers;
    private final String nonlinearity;
    private final boolean bias;
    private final boolean batchFirst;
    private final List<Tensor[]> layers = new ArrayList<>();

    @SuppressWarnings("this-escape") // registering in the constructor is the design, as in PyTorch's __init__
    public RNN(int inputSize, int hiddenSize, int numLayers, String nonlinearity, boolean bias, boolean batchFirst,
            Generator generator) {
        if (!nonlinearity.equals("tanh") && !nonlinearity.equals("relu")) {
            throw new IllegalArgumentException("Unknown nonlinearity '" + nonlinearity + "'");
        }
        if (numLayers < 1) {
            throw new IllegalArgumentException("num_layers must be at least 1, got " + numLayers);
        }
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        this.numLayers = numLayers;
        this.nonlinearity = nonlinearity;
        this.bias = bias;
        this.batchFirst = batchFirst;
        for (int l = 0; l < numLayers; l++) {
            int in = l == 0 ? inputSize : hiddenSize;
            layers.add(new Tensor[] {
                registerParameter("weight_ih_l" + l, Tensor.zeros(hiddenSize, in)),
                registerParameter("weight_hh_l" + l, Tensor.zeros(hiddenSize, hiddenSize)),
                registerParameter("bias_ih_l" + l, bias ? Tensor.zeros(hiddenSize) : null),
                registerParameter("bias_hh_l" + l, bias ? Tensor.zeros(hiddenSize) : null)});
        }
        resetParameters(generator);
    }

    public RNN(int inputSize, int hiddenSize, int numLayers, String nonlinearity, boolean bias, boolean batchFirst) {
        this(inputSize, hiddenSize, numLayers, nonlinearity, bias, batchFirst, Generator.defaultGenerator());
    }

    public RNN(int inputSize, int hiddenSize) {
        this(inputSize, hiddenSize, 1, "tanh", true, false);
    }

    /** Every parameter U(−1/√hidden, 1/√hidden), in parameter order, as PyTorch does. */
    public final void resetParameters(Generator generator) {
        double bound = 1 / Math.sqrt(hiddenSize);
        for (Tensor p : parameters()) {
            Init.uniform_(p, -bound, bound, generator);
        }
    }

    /** The output sequence only, as {@code output, _ = rnn(x)}. */
    @Override
    public Tensor forward(Tensor input) {
        return forward(input, null).output();
    }

    /** Runs the sequence from hidden state {@code h0} (zeros when null). */
    public RnnOutput forward(Tensor input, Tensor h0) {
        if (input.dim() != 2 && input.dim() != 3) {
            throw new IllegalArgumentException("RNN: Expected input to be 2-D or 3-D but received " + input.dim()
                    + "-D tensor");
        }
        boolean batched = input.dim() == 3;
        int batchDim = batchFirst ? 0 : 1;
        if (!batched) {
            if (h0 != null && h0.dim() != 2) {
                throw new IllegalArgumentException("For unbatched 2-D input, hx should also be 2-D but got "
                        + h0.dim() + "-D tensor");
            }
            input = input.unsqueeze(batchDim);
            h0 = h0 == null ? null : h0.unsqueeze(1);
        } else if (h0 != null && h0.dim() != 3) {
            throw new IllegalArgumentException("For batched 3-D input, hx should also be 3-D but got " + h0.dim()
                    + "-D tensor");
        }
        if (input.size(-1) != inputSize) {
            throw new IllegalArgumentException("input.size(-1) must be equal to input_size. Expected " + inputSize
                    + ", got " + input.size(-1));
        }
        Tensor sequence = batchFirst ? input.transpose(0, 1) : input;
        int steps = sequence.size(0);
        int batch = sequence.size(1);
        if (h0 == null) {
            h0 = Tensor.zeros(numLayers, batch, hiddenSize);
        } else if (!Arrays.equals(h0.shape(), new int[] {numLayers, batch, hiddenSize})) {
            throw new IllegalArgumentException("Expected hidden size (" + numLayers + ", " + batch + ", " + hiddenSize
                    + "), got " + Arrays.toString(h0.shape()));
        }
        List<Tensor> last = new ArrayList<>(numLayers);
        Tensor layerInput = sequence;
        for (int l = 0; l < numLayers; l++) {
            Tensor[] p = layers.get(l);
            Tensor projected = F.linear(layerInput, p[0], p[2]);
            Tensor h = h0.select(0, l);
            List<Tensor> outputs = new ArrayList<>(steps);
            for (int t = 0; t < steps; t++) {
                Tensor pre = projected.select(0, t).add(F.linear(h, p[1], p[3]));
                h = nonlinearity.equals("tanh") ? F.tanh(pre) : F.relu(pre);
                outputs.add(h);
            }
            layerInput = Tensor.stack(outputs, 0);
            last.add(h);
        }
        Tensor output = batchFirst ? layerInput.transpose(0, 1) : layerInput;
        Tensor hN = Tensor.stack(last, 0);
        if (!batched) {
            output = output.squeeze(batchDim);
            hN = hN.squeeze(1);
        }
        return new RnnOutput(output, hN);
    }

    public int inputSize() {
        return inputSize;
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    public int numLayers() {
        return numLayers;
    }

    public String nonlinearity() {
        return nonlinearity;
    }

    public boolean batchFirst() {
        return batchFirst;
    }

    /** {@code weight_ih_l<layer>} [hidden, in]. */
    public Tensor weightIh(int layer) {
        return layers.get(layer)[0];
    }

    /** {@code weight_hh_l<layer>} [hidden, hidden]. */
    public Tensor weightHh(int layer) {
        return layers.get(layer)[1];
    }

    /** {@code bias_ih_l<layer>}, or null without bias. */
    public Tensor biasIh(int layer) {
        return layers.get(layer)[2];
    }

    public Tensor biasHh(int layer) {
        return layers.get(layer)[3];
    }

    /** PyTorch prints the nonlinearity nowhere, and other settings only when not the default. */
    @Override
    public String extraRepr() {
        StringBuilder s = new StringBuilder().append(inputSize).append(", ").append(hiddenSize);
        if (numLayers != 1) {
            s.append(", num_layers=").append(numLayers);
        }
        if (!bias) {
            s.append(", bias=False");
        }
        if (batchFirst) {
            s.append(", batch_first=True");
        }
        return s.toString();
    }
}
