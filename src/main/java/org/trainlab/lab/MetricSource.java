package org.trainlab.lab;

import java.util.List;

/**
 * An experiment's picture that reports its headline numbers in order of importance: the first is what a
 * status bar shows first. Every lesson's view implements it, so the frame never needs to know which
 * numbers a lesson has.
 */
public interface MetricSource {
    List<Metric> metrics();
}
