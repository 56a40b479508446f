package org.trainlab.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.trainlab.tensor.Tensor;

/**
 * The contents of a safetensors file: the tensors in header order and the {@code __metadata__} strings
 * (empty when the file has none).
 */
public record SafeTensorsFile(LinkedHashMap<String, Tensor> tensors, Map<String, String> metadata) {
}
