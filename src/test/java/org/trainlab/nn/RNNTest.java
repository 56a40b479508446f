package org.trainlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

class RNNTest {
    private final RNN rnn = new RNN(1, 4, 1, "tanh", true, false, new Generator(1));

    private String error(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void shapesFollowBatchFirst() {
        RNN batchFirst = new RNN(1, 32, 1, "tanh", true, true);
        RnnOutput out = batchFirst.forward(Tensor.zeros(3, 10, 1), null);
        assertArrayEquals(new int[] {3, 10, 32}, out.output().shape());
        assertArrayEquals(new int[] {1, 3, 32}, out.hN().shape());
        assertArrayEquals(new int[] {10, 3, 32}, batchFirst.forward(Tensor.zeros(10, 3, 1).transpose(0, 1))
                .transpose(0, 1).shape());
    }

    @Test
    void lastOutputIsTheTopLayersFinalHiddenState() {
        RNN deep = new RNN(2, 3, 2, "relu", true, false, new Generator(4));
        RnnOutput out = deep.forward(Tensor.randn(new Generator(5), 5, 2, 2), null);
        assertArrayEquals(out.output().select(0, 4).data(), out.hN().select(0, 1).data());
        assertEquals("StackBackward0", out.output().gradFn().name());
    }

    @Test
    void unbatchedInputMatchesABatchOfOne() {
        Tensor x = Tensor.randn(new Generator(2), 6, 1);
        Tensor h0 = Tensor.randn(new Generator(3), 1, 4);
        RnnOutput single = rnn.forward(x, h0);
        RnnOutput batch = rnn.forward(x.unsqueeze(1), h0.unsqueeze(1));
        assertArrayEquals(new int[] {6, 4}, single.output().shape());
        assertArrayEquals(new int[] {1, 4}, single.hN().shape());
        assertArrayEquals(batch.output().data(), single.output().data());
    }

    @Test
    void errorsInPyTorchsWords() {
        assertEquals("input.size(-1) must be equal to input_size. Expected 1, got 3",
                error(() -> rnn.forward(Tensor.zeros(5, 2, 3))));
        assertEquals("Expected hidden size (1, 2, 4), got [1, 3, 4]",
                error(() -> rnn.forward(Tensor.zeros(5, 2, 1), Tensor.zeros(1, 3, 4))));
        assertEquals("For batched 3-D input, hx should also be 3-D but got 2-D tensor",
                error(() -> rnn.forward(Tensor.zeros(5, 2, 1), Tensor.zeros(3, 4))));
        assertEquals("For unbatched 2-D input, hx should also be 2-D but got 3-D tensor",
                error(() -> rnn.forward(Tensor.zeros(5, 1), Tensor.zeros(1, 1, 4))));
        assertEquals("RNN: Expected input to be 2-D or 3-D but received 4-D tensor",
                error(() -> rnn.forward(Tensor.zeros(5, 2, 3, 3))));
        assertEquals("Unknown nonlinearity 'sigmoid'", error(() -> new RNN(1, 4, 1, "sigmoid", true, false)));
    }
}
