package org.trainlab.data;

import java.util.List;
import org.trainlab.tensor.Tensor;

/**
 * Samples made of rows of equally long tensors, like {@code torch.utils.data.TensorDataset(x, y)}:
 * sample i is {@code {x[i], y[i]}}.
 */
public final class TensorDataset implements Dataset {
    private final Tensor[] tensors;

    public TensorDataset(Tensor... tensors) {
        if (tensors.length == 0) {
            throw new IllegalArgumentException("TensorDataset needs at least one tensor");
        }
        for (int i = 0; i < tensors.length; i++) {
            if (tensors[i].dim() == 0 || tensors[i].size(0) != tensors[0].size(0)) {
                throw new IllegalArgumentException("Size mismatch between tensors (tensor 0 has "
                        + (tensors[0].dim() == 0 ? "no dim 0" : tensors[0].size(0) + " rows") + " but tensor " + i
                        + " has " + (tensors[i].dim() == 0 ? "no dim 0" : tensors[i].size(0) + " rows") + ")");
            }
        }
        this.tensors = tensors.clone();
    }

    public List<Tensor> tensors() {
        return List.of(tensors);
    }

    @Override
    public int size() {
        return tensors[0].size(0);
    }

    @Override
    public Tensor[] get(int index) {
        Tensor[] sample = new Tensor[tensors.length];
        for (int f = 0; f < tensors.length; f++) {
            sample[f] = tensors[f].select(0, index);
        }
        return sample;
    }

    /** Gathers the rows in one pass per tensor; the same values as stacking {@link #get} results. */
    @Override
    public Tensor[] getBatch(int[] indices) {
        Tensor rows = Tensor.ofLongs(indices);
        Tensor[] batch = new Tensor[tensors.length];
        for (int f = 0; f < tensors.length; f++) {
            batch[f] = tensors[f].index(rows);
        }
        return batch;
    }
}
