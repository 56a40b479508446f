package org.trainlab.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LearningRateFactoryTest {
    @Test
    void stepsGoThroughOneTwoFive() {
        assertEquals(0.5, LearningRateFactory.above(0.2));
        assertEquals(1.0, LearningRateFactory.above(0.5));
        assertEquals(0.5, LearningRateFactory.above(0.3));
        assertEquals(0.1, LearningRateFactory.below(0.2));
        assertEquals(0.05, LearningRateFactory.below(0.1));
        assertEquals(0.02, LearningRateFactory.below(0.03));
    }

    @Test
    void valuesPrintAsPeopleTypeThem() {
        assertEquals("0.2", LearningRateFactory.format(0.2));
        assertEquals("0.001", LearningRateFactory.format(0.001));
        assertEquals("50", LearningRateFactory.format(50));
        assertEquals("1e-05", LearningRateFactory.format(1e-5));
    }
}
