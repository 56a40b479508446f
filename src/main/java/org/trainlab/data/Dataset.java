package org.trainlab.data;

import java.util.ArrayList;
import java.util.List;
import org.trainlab.tensor.Tensor;

/**
 * A map-style data set, like {@code torch.utils.data.Dataset}: {@link #size()} samples, each an array
 * of fields (for example {@code {x, y}}). Implementations used with {@code numWorkers > 0} must allow
 * {@link #get} and {@link #getBatch} from several threads at once.
 */
public interface Dataset {
    /** How many samples there are, like {@code len(dataset)}. */
    int size();

    /** The fields of sample {@code index}, like {@code dataset[index]}. */
    Tensor[] get(int index);

    /**
     * The samples at {@code indices} collated into one batch: each field stacked along a new first
     * dimension, like PyTorch's {@code default_collate} (int64 fields stay int64). Override it when a
     * data set can gather a batch faster than sample by sample.
     */
    default Tensor[] getBatch(int[] indices) {
        if (indices.length == 0) {
            throw new IllegalArgumentException("getBatch: a batch needs at least one index");
        }
        Tensor[] first = get(indices[0]);
        List<List<Tensor>> fields = new ArrayList<>(first.length);
        for (Tensor field : first) {
            List<Tensor> column = new ArrayList<>(indices.length);
            column.add(field);
            fields.add(column);
        }
        for (int k = 1; k < indices.length; k++) {
            Tensor[] sample = get(indices[k]);
            if (sample.length != first.length) {
                throw new IllegalArgumentException("getBatch: each element in list of batch should be of equal size "
                        + "(sample " + indices[0] + " has " + first.length + " fields but sample " + indices[k]
                        + " has " + sample.length + ")");
            }
            for (int f = 0; f < sample.length; f++) {
                fields.get(f).add(sample[f]);
            }
        }
        Tensor[] batch = new Tensor[first.length];
        for (int f = 0; f < batch.length; f++) {
            batch[f] = Tensor.stack(fields.get(f), 0);
        }
        return batch;
    }
}
