package org.trainlab.nn;

import org.trainlab.tensor.Tensor;

/**
 * What {@link RNN#forward(Tensor, Tensor)} returns: the top layer's hidden state at every step
 * ({@code output}) and every layer's last hidden state ({@code hN}, [num_layers, N, hidden]).
 */
public record RnnOutput(Tensor output, Tensor hN) {
}
