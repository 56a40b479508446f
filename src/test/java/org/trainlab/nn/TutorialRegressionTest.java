package org.trainlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.trainlab.Golden;
import org.trainlab.optim.SGD;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/** The tutorial's first net, written as the tutorial writes it, trained 200 steps from PyTorch's weights. */
class TutorialRegressionTest {
    @Test
    void matchesPyTorchStepForStep() {
        JsonNode fixture = Golden.load("regression.json");
        Tensor x = Golden.tensor(fixture.get("x"));
        Tensor y = Golden.tensor(fixture.get("y"));
        Net net = new Net();
        assertEquals(fixture.get("repr").asText(), net.toString());
        net.loadStateDict(Golden.state(fixture.get("initial_state")), true);
        SGD optimizer = new SGD(net.parameters(), fixture.get("lr").asDouble());
        MSELoss lossFunc = new MSELoss();
        JsonNode losses = fixture.get("losses");
        for (int t = 0; t < 200; t++) {
            Tensor prediction = net.forward(x);
            Tensor loss = lossFunc.forward(prediction, y);
            optimizer.zeroGrad();
            loss.backward();
            optimizer.step();
            double expected = losses.get(t).asDouble();
            assertEquals(expected, loss.item(), 1e-4 * Math.abs(expected) + 1e-7, "loss at step " + (t + 1));
        }
        Golden.state(fixture.get("final_state")).forEach((name, expected) ->
                Golden.assertClose(expected, net.stateDict().get(name), 1e-4, 1e-6, "regression", name));
        try (NoGrad ignored = NoGrad.enter()) {
            Golden.assertClose(Golden.tensor(fixture.get("final_prediction")), net.forward(x), 1e-4, 1e-6,
                    "regression", "final prediction");
        }
    }
}
