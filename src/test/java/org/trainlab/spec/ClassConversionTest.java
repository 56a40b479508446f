package org.trainlab.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trainlab.nn.Module;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/** "Convert to class": the class computes what the Sequential computes, from the same initial weights. */
@SuppressWarnings("try")
class ClassConversionTest {
    @Test
    void theTutorialsNet2BecomesItsNet1() throws NetworkSpecException {
        ClassConversion.Result r = ClassConversion.toClass(
                NetworkSpec.parse("Sequential(Linear(1, 10), ReLU(), Linear(10, 1))"), "Net");
        assertEquals("""
                import torch
                import torch.nn as nn
                import torch.nn.functional as F


                class Net(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.fc1 = nn.Linear(1, 10)
                        self.fc2 = nn.Linear(10, 1)

                    def forward(self, x):
                        x = self.fc1(x)
                        x = F.relu(x)
                        x = self.fc2(x)
                        return x


                net = Net()
                """, r.source());
        assertEquals(Map.of("0.weight", "fc1.weight", "0.bias", "fc1.bias", "2.weight", "fc2.weight", "2.bias",
                "fc2.bias"), r.sequentialKeyToClassKey());
        assertEquals("""
                Net(
                  (fc1): Linear(in_features=1, out_features=10, bias=True)
                  (fc2): Linear(in_features=10, out_features=1, bias=True)
                )""", NetworkFile.parse(r.source()).build(new Generator(0)).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sequential(Linear(3, 16), BatchNorm1d(16), ReLU(), Dropout(p=0.3), Linear(16, 2))",
        "Sequential(Linear(3, 8, bias=False), BatchNorm1d(8, eps=0.001, momentum=None, affine=False), "
            + "LeakyReLU(negative_slope=0.1), Linear(8, 8), ELU(alpha=0.5), GELU(approximate='tanh'), "
            + "Softplus(beta=2, threshold=10), Sequential(Linear(8, 8), Tanh()), GELU(), Linear(8, 2), Sigmoid(), "
            + "Softmax(dim=1))",
        "Linear(3, 2)",
    })
    void theClassComputesWhatTheSequentialComputesFromTheSameWeights(String text) throws NetworkSpecException {
        NetworkSpec spec = NetworkSpec.parse(text);
        ClassConversion.Result r = ClassConversion.toClass(spec, "Converted");
        Module sequential = spec.build(new Generator(5));
        Module converted = NetworkFile.parse(r.source()).build(new Generator(5));
        Map<String, Tensor> a = sequential.stateDict();
        Map<String, Tensor> b = converted.stateDict();
        assertEquals(a.size(), b.size());
        r.sequentialKeyToClassKey().forEach((from, to) -> assertArrayEquals(a.get(from).data(), b.get(to).data(),
                from + " -> " + to));
        Tensor x = Tensor.randn(new Generator(1), 6, 3);
        for (boolean training : new boolean[] {false, true}) {
            sequential.train(training);
            converted.train(training);
            if (training && text.contains("Dropout")) {
                continue; // the two draw their masks from different generators
            }
            try (var ignored = NoGrad.enter()) {
                assertArrayEquals(sequential.forward(x).data(), converted.forward(x).data(), 1e-6f);
            }
        }
    }

    @Test
    void anRnnStaysASpec() throws NetworkSpecException {
        assertThrows(IllegalArgumentException.class,
                () -> ClassConversion.toClass(NetworkSpec.parse("RNN(3, 2)"), "Net"));
        assertThrows(IllegalArgumentException.class,
                () -> ClassConversion.toClass(NetworkSpec.parse("Linear(3, 2)"), "my net"));
    }
}
