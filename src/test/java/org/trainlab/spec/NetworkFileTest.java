package org.trainlab.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trainlab.nn.Module;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/** Network files: which network a file means, what it prints, and everything refused with its place. */
@SuppressWarnings("try")
class NetworkFileTest {
    private static final String HEADER = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n";

    private static String net(String init, String forward) {
        return HEADER + "class Net(nn.Module):\n    def __init__(self, n=2):\n        super().__init__()\n"
                + init.indent(8) + "\n    def forward(self, x):\n" + forward.indent(8);
    }

    @Test
    void theLastClassIsTheNetworkWithoutArgumentsAndNetWinsWhenAssigned() throws NetworkSpecException {
        String two = HEADER + """
                class A(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.l = nn.Linear(1, 1)

                    def forward(self, x):
                        return self.l(x)


                class B(nn.Module):
                    def __init__(self, k=3):
                        super().__init__()
                        self.m = nn.Linear(1, k)

                    def forward(self, x):
                        return self.m(x)
                """;
        NetworkFile last = NetworkFile.parse(two);
        assertEquals("B", last.className());
        assertEquals("B(k=3)", last.description());
        NetworkFile assigned = NetworkFile.parse(two + "\nnet = A()\nnet2 = B(k=5)\n");
        assertEquals("A", assigned.className());
        NetworkFile sequential = NetworkFile.parse(two + "\nnet = nn.Sequential(nn.Linear(1, 4), nn.ReLU())\n");
        assertNull(sequential.className());
        assertEquals("Sequential(Linear(1, 4), ReLU())", sequential.spec().text());
    }

    @Test
    void theTutorialsTwoNetworksPrintAsPyTorchPrintsThem() throws NetworkSpecException {
        String source = HEADER + """
                class Net(torch.nn.Module):
                    def __init__(self, n_feature, n_hidden, n_output):
                        super(Net, self).__init__()
                        self.hidden = torch.nn.Linear(n_feature, n_hidden)
                        self.predict = torch.nn.Linear(n_hidden, n_output)

                    def forward(self, x):
                        x = F.relu(self.hidden(x))
                        x = self.predict(x)
                        return x


                net = Net(1, 10, 1)
                """;
        Module net1 = NetworkFile.parse(source).build(new Generator(0));
        assertEquals("""
                Net(
                  (hidden): Linear(in_features=1, out_features=10, bias=True)
                  (predict): Linear(in_features=10, out_features=1, bias=True)
                )""", net1.toString());
        assertEquals(List.of("hidden.weight", "hidden.bias", "predict.weight", "predict.bias"),
                List.copyOf(net1.stateDict().keySet()));
    }

    @Test
    void forwardComputesWithMethodsFunctionsAndArithmetic() throws NetworkSpecException {
        String source = net("self.l = nn.Linear(n, 3)\nself.scale = 2.5",
                "h = self.l(x).view(-1, 3)\n"
                + "h = torch.cat([h, F.softmax(h, dim=1)], 1) * self.scale\n"
                + "h = F.dropout(h, p=0.5, training=self.training)\n"
                + "return 1 - h.mean(dim=1, keepdim=True) / 2 + h.flatten(1).sum(1, keepdim=True)");
        Module m = NetworkFile.parse(source).build(new Generator(1));
        m.eval();
        Tensor x = Tensor.of(new float[][] {{1, 2}, {-1, 0.5f}});
        Tensor out;
        try (var ignored = NoGrad.enter()) {
            out = m.forward(x);
            Tensor h = m.namedChildren().get("l").forward(x);
            Tensor cat = Tensor.cat(List.of(h, h.softmax(1)), 1).mul(2.5);
            Tensor want = cat.mean(1, true).div(2).rsub(1).add(cat.sum(1, true));
            assertArrayEquals(want.data(), out.data(), 1e-6f);
        }
        assertArrayEquals(new int[] {2, 1}, out.shape());
    }

    @Test
    void shapeErrorsNameTheLineAndColumnOfTheCall() throws NetworkSpecException {
        Module m = NetworkFile.parse(net("self.l = nn.Linear(n, 3)", "return self.l(x)")).build(new Generator(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.forward(Tensor.zeros(4, 5)));
        assertTrue(e.getMessage().startsWith("Net.forward, line 11, column 16: self.l: "), e.getMessage());
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        "self.l = nn.Linear(n, 3)|return self.l(x) + self.k(x)|11|28|'Net' object has no attribute 'k'",
        "self.l = nn.Linear(n, 3)|return y|11|16|name 'y' is not defined",
        "self.l = nn.Linear(n, 3)|return F.swish(self.l(x))|11|16|F.swish is not supported in a network file "
            + "(TrainLab has F.relu, F.sigmoid, F.tanh, F.softplus, F.leaky_relu, F.elu, F.gelu, F.softmax, "
            + "F.log_softmax, F.dropout)",
        "self.l = nn.Linear(n, 3)|return x.frobnicate()|11|16|the tensor method frobnicate() is not supported "
            + "(TrainLab has relu, sigmoid, tanh, softmax, log_softmax, view, reshape, flatten, sum, mean, exp, log, "
            + "abs, sqrt, neg, t, matmul, add, sub, mul, div, pow, unsqueeze, squeeze, transpose, size, dim)",
        "self.l = nn.Linear(n, 3)|return F.relu(x, slope=2)|11|26|F.relu() got an unexpected keyword argument "
            + "'slope'; its signature is relu(input, inplace=False)",
        "self.l = nn.Linear(n, 3)|return nn.ReLU()(x)|11|16|layers cannot be created in forward; create ReLU in "
            + "__init__ (self.name = nn.ReLU(...)) and call it in forward",
        "self.l = nn.Conv2d(n, 3)|return self.l(x)|8|18|unknown layer 'Conv2d' (TrainLab has Sequential, Linear, "
            + "ReLU, Sigmoid, Tanh, LeakyReLU, ELU, GELU, Softplus, Softmax, Dropout, BatchNorm1d, RNN)",
        "self.l = nn.Linear(n, m)|return self.l(x)|8|31|name 'm' is not defined",
        "self.l = nn.Linear(n, -n)|return self.l(x)|8|31|Linear(): out_features must be a positive int, got -2",
        "self.l = nn.Linear(n, 3)\\nself.l = nn.Linear(3, 3)|return self.l(x)|9|9|self.l is assigned twice; give "
            + "each layer its own name",
        "self.l = nn.Linear(n, 3)|if x:\\n    return x|11|9|'if' statements are not supported in a network file "
            + "(it is read, never run)",
        "self.l = nn.Linear(n, 3)|y = self.l(x)|10|5|forward has no return statement",
        "self.l = nn.Linear(n, 3)|self.h = self.l(x)\\nreturn x|11|9|in forward, only local variables can be "
            + "assigned (x = ...)",
        "print('hi')|return x|8|9|in __init__, only super().__init__() and assignments are supported",
    })
    void refusesWhatItCannotReadWithLineAndColumn(String init, String forward, int line, int column, String reason) {
        NetworkSpecException e = assertThrows(NetworkSpecException.class,
                () -> NetworkFile.parse(net(init.replace("\\n", "\n"), forward.replace("\\n", "\n"))));
        assertEquals(reason, e.reason());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        "import numpy as np|1|8|only torch, torch.nn and torch.nn.functional can be imported in a network file "
            + "(it is read, never run), not numpy",
        "class Net(object):\\n    def forward(self, x):\\n        return x|1|11|class Net must derive from nn.Module "
            + "(class Net(nn.Module):), the only base a network file supports",
        "import torch.nn as nn\\nx = 1|1|1|the file defines no class Net(nn.Module) and assigns no net = ...",
        "import torch.nn as nn\\nclass Net(nn.Module):\\n    def __init__(self, n):\\n        super().__init__()\\n"
            + "    def forward(self, x):\\n        return x|2|1|Net.__init__() missing 1 required positional argument: "
            + "'n' (build it in the file: net = Net(...))",
        "import torch.nn as nn\\nclass Net(nn.Module):\\n    def __init__(self):\\n        self.l = nn.Linear(1, 1)\\n"
            + "        super().__init__()\\n    def forward(self, x):\\n        return x|4|9|cannot assign self.l before "
            + "Module.__init__() call (call super().__init__() first)",
        "import torch.nn as nn\\nclass Net(nn.Module):\\n    def forward(self, x):\\n        return x\\nnet = Net(3)|5|11|"
            + "Net.__init__() takes 1 positional argument but 2 were given",
        "import torch.nn as nn\\nclass Net(nn.Module):\\n    def __init__(self):\\n        super().__init__()\\n"
            + "        self.me = Net()\\n    def forward(self, x):\\n        return x|5|19|classes nest deeper than 16 "
            + "levels (does Net build itself?)",
    })
    void refusesFilesItCannotRead(String source, int line, int column, String reason) {
        NetworkSpecException e = assertThrows(NetworkSpecException.class,
                () -> NetworkFile.parse(source.replace("\\n", "\n")));
        assertEquals(reason, e.reason());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
    }
}
