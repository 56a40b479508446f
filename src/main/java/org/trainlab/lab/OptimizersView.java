package org.trainlab.lab;

import java.util.List;

/**
 * What the optimizer comparison draws: each optimizer's loss at every step on the same batches.
 *
 * @param names the optimizers' names, in order
 * @param losses one loss curve per optimizer
 * @param epoch the current epoch (from 0)
 */
public record OptimizersView(List<String> names, List<Series.View> losses, int epoch) {
}
