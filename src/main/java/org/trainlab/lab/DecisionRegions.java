package org.trainlab.lab;

/**
 * The net's decision on a grid over the plane, for the heatmap behind the points (like TensorFlow
 * Playground's): cell (row, col) covers x = xMin + (col + ½)·(xMax − xMin)/cols and y from yMax down.
 *
 * @param predicted the winning class per cell, row-major [rows, cols], row 0 at the top (yMax)
 * @param confidence the winning class's softmax probability per cell
 */
public record DecisionRegions(double xMin, double xMax, double yMin, double yMax, int cols, int rows,
        int[] predicted, float[] confidence) {
}
