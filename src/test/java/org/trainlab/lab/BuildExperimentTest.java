package org.trainlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;
import org.trainlab.spec.ClassConversion;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;

/** Tutorial 303's two nets trained side by side: the same start, the same curve; different nets, their own. */
class BuildExperimentTest {
    static final String NET1 = """
            import torch
            import torch.nn.functional as F

            class Net(torch.nn.Module):
                def __init__(self, n_feature, n_hidden, n_output):
                    super(Net, self).__init__()
                    self.hidden = torch.nn.Linear(n_feature, n_hidden)
                    self.predict = torch.nn.Linear(n_hidden, n_output)

                def forward(self, x):
                    x = F.relu(self.hidden(x))
                    x = self.predict(x)
                    return x

            net = Net(%d, %d, %d)
            """;
    static final RegressionData DATA = RegressionData.tutorial(1);
    static final DataOrigin ORIGIN = DataOrigin.tutorialRegression(1);

    private static BuildExperiment.Settings settings(String net1, String net2) throws Exception {
        return new BuildExperiment.Settings(NetworkFile.parse(net1), NetworkSpec.parse(net2), "sgd", 0.2, 100, 1);
    }

    @Test
    void theTutorialsTwoNetsStartAlikeAndFollowOneCurve() throws Exception {
        BuildExperiment e = BuildExperiment.regression(settings(NET1.formatted(1, 10, 1),
                "Sequential(Linear(1, 10), ReLU(), Linear(10, 1))"), ORIGIN, DATA);
        assertTrue(e.sameStart());
        assertEquals(e.net2().stateDict().get("0.weight").toString(), e.net1().stateDict().get("hidden.weight").toString());
        for (int i = 0; i < 100; i++) {
            e.step();
        }
        BuildView v = e.describe();
        assertEquals(100, v.losses1().size());
        assertEquals(0.0, v.largestGap(), "the same net from the same start computes the same losses");
        assertTrue(v.losses1().last() < v.losses1().get(0) / 5, "both learn: " + v.losses1().last());
        assertNull(v.problem());
    }

    @Test
    void convertToClassGivesTheSameCurveAsTheSequential() throws Exception {
        String seq = "Sequential(Linear(1, 16), Tanh(), Linear(16, 8), LeakyReLU(negative_slope=0.1), Linear(8, 1))";
        String cls = ClassConversion.toClass(NetworkSpec.parse(seq), "Net").source();
        BuildExperiment e = BuildExperiment.regression(settings(cls, seq), ORIGIN, DATA);
        assertTrue(e.sameStart());
        for (int i = 0; i < 50; i++) {
            e.step();
        }
        assertEquals(0.0, e.describe().largestGap());
    }

    @Test
    void netsWhoseParametersDoNotCorrespondKeepTheirOwnStart() throws Exception {
        BuildExperiment e = BuildExperiment.regression(settings(NET1.formatted(1, 20, 1),
                "Sequential(Linear(1, 10), ReLU(), Linear(10, 1))"), ORIGIN, DATA);
        assertFalse(e.sameStart());
        e.step();
        assertTrue(e.describe().largestGap() > 0);
    }

    @Test
    void aNetThatDoesNotFitTheDataFailsItsFirstStepWithTheReason() throws Exception {
        BuildExperiment e = BuildExperiment.regression(settings(NET1.formatted(2, 10, 1),
                "Sequential(Linear(1, 10), ReLU(), Linear(10, 1))"), ORIGIN, DATA);
        String problem = e.describe().problem();
        assertTrue(problem.startsWith("net1 does not fit the data"), problem);
        IllegalStateException x = assertThrows(IllegalStateException.class, e::step);
        assertEquals(problem, x.getMessage());
    }

    @Test
    void onTheClassificationSetTheNetsTakeTwoFeaturesAndGiveOneScorePerClass() throws Exception {
        ClassificationData all = ClassificationData.tutorial(1);
        BuildExperiment.Settings s = settings(NET1.formatted(2, 10, 2), "Sequential(Linear(2, 10), ReLU(), Linear(10, 2))");
        BuildExperiment e = BuildExperiment.classification(s, DataOrigin.tutorialClassification(1), all, 0.2);
        assertNull(e.describe().problem());
        for (int i = 0; i < 20; i++) {
            e.step();
        }
        assertEquals(0.0, e.describe().largestGap());
        assertTrue(BuildExperiment.problem(settings(NET1.formatted(1, 10, 1), "Sequential(Linear(1, 10))"), 2, 2)
                .startsWith("net1 does not fit"));
    }

    @Test
    void theProgramBuildsBothNetsAndCopiesTheStartOnlyWhenTheyCorrespond() throws Exception {
        String same = BuildCode.regression(settings(NET1.formatted(1, 10, 1),
                "Sequential(Linear(1, 10), ReLU(), Linear(10, 1))"), ORIGIN, DATA);
        assertTrue(same.contains("net1 = Net(n_feature=1, n_hidden=10, n_output=1)"), same);
        assertTrue(same.contains("p1.copy_(p2)"), same);
        assertTrue(same.contains("torch.nn.Linear(10, 1)"), same);
        String other = BuildCode.regression(settings(NET1.formatted(1, 20, 1), "Sequential(Linear(1, 10), ReLU(), Linear(10, 1))"),
                ORIGIN, DATA);
        assertFalse(other.contains("p1.copy_(p2)"), other);
    }
}
