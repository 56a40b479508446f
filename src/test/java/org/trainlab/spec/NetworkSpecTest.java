package org.trainlab.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trainlab.nn.BatchNorm1d;
import org.trainlab.nn.Dropout;
import org.trainlab.nn.ELU;
import org.trainlab.nn.GELU;
import org.trainlab.nn.LeakyReLU;
import org.trainlab.nn.Linear;
import org.trainlab.nn.Module;
import org.trainlab.nn.RNN;
import org.trainlab.nn.ReLU;
import org.trainlab.nn.Sequential;
import org.trainlab.nn.Sigmoid;
import org.trainlab.nn.Softmax;
import org.trainlab.nn.Softplus;
import org.trainlab.nn.Tanh;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/** Networks in PyTorch's syntax: parsing, the canonical form, building, describing modules, and the errors. */
public class NetworkSpecTest {
    /** Every layer of the engine with arguments that differ from PyTorch's defaults, in canonical form. */
    public static final List<String> EVERY_LAYER = List.of(
            "Linear(3, 4)",
            "Linear(3, 4, bias=False)",
            "ReLU()",
            "Sigmoid()",
            "Tanh()",
            "LeakyReLU(negative_slope=0.1)",
            "ELU(alpha=0.5)",
            "GELU(approximate='tanh')",
            "Softplus(beta=2, threshold=10)",
            "Softplus(beta=0.5, threshold=2.5)",
            "Softmax(dim=1)",
            "Softmax(dim=-1)",
            "Dropout()",
            "Dropout(p=0.25)",
            "BatchNorm1d(4)",
            "BatchNorm1d(4, eps=0.001, momentum=0.2)",
            "BatchNorm1d(4, momentum=None, affine=False)",
            "BatchNorm1d(4, track_running_stats=False)",
            "RNN(2, 3)",
            "RNN(2, 3, num_layers=2, nonlinearity='relu', bias=False, batch_first=True)",
            "Sequential()",
            "Sequential(Linear(1, 10), ReLU(), Linear(10, 1))",
            "Sequential(Sequential(Linear(2, 2), Tanh()), Sequential(), BatchNorm1d(2), Linear(2, 1), Sigmoid())");

    private static NetworkSpec parse(String text) throws NetworkSpecException {
        return NetworkSpec.parse(text);
    }

    @Test
    void readsTheTutorialsNetwork() throws NetworkSpecException {
        NetworkSpec spec = parse("torch.nn.Sequential(torch.nn.Linear(1, 10), torch.nn.ReLU(), torch.nn.Linear(10, 1))");
        assertEquals("Sequential(Linear(1, 10), ReLU(), Linear(10, 1))", spec.text());
        Module net = spec.build(new Generator(1));
        assertEquals("""
                Sequential(
                  (0): Linear(in_features=1, out_features=10, bias=True)
                  (1): ReLU()
                  (2): Linear(in_features=10, out_features=1, bias=True)
                )""", net.toString());
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), List.copyOf(net.stateDict().keySet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nn.Dropout(p=0.5)                                              | Dropout()",
        "Dropout(0.5)                                                   | Dropout()",
        "Dropout(.5)                                                    | Dropout()",
        "Dropout(1)                                                     | Dropout(p=1.0)",
        "LeakyReLU(negative_slope=0.1)                                  | LeakyReLU(negative_slope=0.1)",
        "LeakyReLU(0.1, False)                                          | LeakyReLU(negative_slope=0.1)",
        "ELU(alpha=-0.5)                                                | ELU(alpha=-0.5)",
        "Linear(3, 4, bias=False)                                       | Linear(3, 4, bias=False)",
        "Linear(in_features=3, out_features=4, bias=True)               | Linear(3, 4)",
        "Linear(out_features=4, in_features=3)                          | Linear(3, 4)",
        "BatchNorm1d(4, eps=1e-3, momentum=0.2, affine=True)            | BatchNorm1d(4, eps=0.001, momentum=0.2)",
        "BatchNorm1d(4, 1e-05, 0.1, True, True)                         | BatchNorm1d(4)",
        "BatchNorm1d(num_features=4, eps=1E-7)                          | BatchNorm1d(4, eps=1e-07)",
        "Softplus(beta=2, threshold=10)                                 | Softplus(beta=2, threshold=10)",
        "Softplus(2.0, 20.0)                                            | Softplus(beta=2)",
        "GELU(approximate='tanh')                                       | GELU(approximate='tanh')",
        "GELU(approximate=\"none\")                                     | GELU()",
        "Softmax(dim=1)                                                 | Softmax(dim=1)",
        "Softmax(-1)                                                    | Softmax(dim=-1)",
        "ReLU(inplace=False)                                            | ReLU()",
        "RNN(1, 32, batch_first=True)                                   | RNN(1, 32, batch_first=True)",
        "RNN(1, 32, 2, 'tanh', True, False, 0.0, False)                 | RNN(1, 32, num_layers=2)",
        "RNN(input_size=1, hidden_size=32, dropout=0, bidirectional=False) | RNN(1, 32)",
        "Sequential(nn.Linear(2, 3),)                                   | Sequential(Linear(2, 3))",
        "  Sequential ( Linear ( 2 , 3 ) )  # comment                   | Sequential(Linear(2, 3))",
        "Linear(1_0, +2)                                                | Linear(10, 2)",
    })
    void acceptsPythonsWaysOfWritingArgumentsAndPrintsTheCanonicalForm(String source, String canonical)
            throws NetworkSpecException {
        assertEquals(canonical, parse(source).text());
    }

    @Test
    void multiLineSpecsAsPyTorchCodeIsWritten() throws NetworkSpecException {
        NetworkSpec spec = parse("""
                nn.Sequential(
                    nn.Linear(2, 8),   # hidden
                    nn.Tanh(),
                    nn.Linear(8, 1),
                )""");
        assertEquals("Sequential(Linear(2, 8), Tanh(), Linear(8, 1))", spec.text());
        NetworkSpecException e = assertThrows(NetworkSpecException.class, () -> parse("Sequential(\n  Linear(2, 8)\n  Tanh())"));
        assertEquals("spec line 3, column 3: expected ')' or ',' after argument, found 'Tanh'", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(3, e.column());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22})
    void everyLayerRoundTripsThroughTextAndModules(int index) throws NetworkSpecException {
        String text = EVERY_LAYER.get(index);
        NetworkSpec spec = parse(text);
        assertEquals(text, spec.text(), "canonical form");
        Module built = spec.build(new Generator(7));
        NetworkSpec described = NetworkSpec.of(built);
        assertEquals(spec, described, "spec of the built module");
        assertEquals(built.toString(), parse(described.text()).build(new Generator(7)).toString(), "printed form");
        LinkedHashMap<String, int[]> shapes = spec.stateShapes();
        LinkedHashMap<String, Tensor> state = built.stateDict();
        assertEquals(List.copyOf(state.keySet()), List.copyOf(shapes.keySet()), "state_dict keys without building");
        long count = 0;
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            assertArrayEquals(e.getValue().shape(), shapes.get(e.getKey()), e.getKey());
            count += e.getValue().numel();
        }
        assertEquals(count, spec.stateSize());
    }

    @Test
    void describesModulesBuiltInJava() {
        Module net = new Sequential(new Linear(1, 10), new ReLU(), new BatchNorm1d(10, 1e-3, null, false, true),
                new Dropout(0.1), new LeakyReLU(0.2), new ELU(2), new GELU("tanh"), new Softplus(3, 5), new Sigmoid(),
                new Tanh(), new Linear(10, 2, false), new Softmax(-1));
        assertEquals("Sequential(Linear(1, 10), ReLU(), BatchNorm1d(10, eps=0.001, momentum=None, affine=False), "
                + "Dropout(p=0.1), LeakyReLU(negative_slope=0.2), ELU(alpha=2.0), GELU(approximate='tanh'), "
                + "Softplus(beta=3, threshold=5), Sigmoid(), Tanh(), Linear(10, 2, bias=False), Softmax(dim=-1))",
                NetworkSpec.of(net).text());
        assertEquals("RNN(1, 32, batch_first=True)", NetworkSpec.of(new RNN(1, 32, 1, "tanh", true, true)).text());
    }

    @Test
    void modulesASpecCannotSayAreRefused() {
        Module custom = new Module() {
            final Linear hidden = register("hidden", new Linear(1, 10));

            @Override
            public Tensor forward(Tensor x) {
                return hidden.forward(x);
            }

            @Override
            public String name() {
                return "Net";
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkSpec.of(custom));
        assertTrue(e.getMessage().startsWith("NetworkSpec: Net is not one of the layers a spec can describe"),
                e.getMessage());
        Linear subclass = new Linear(1, 1) {
        };
        assertThrows(IllegalArgumentException.class, () -> NetworkSpec.of(subclass));
        assertThrows(IllegalArgumentException.class, () -> NetworkSpec.of(new Sequential(new RNN(1, 2))));
        assertThrows(IllegalArgumentException.class, () -> NetworkSpec.of(new LeakyReLU(Double.NaN)));
    }

    @Test
    void buildsFromTheGeneratorLikeTheEngine() throws NetworkSpecException {
        Module fromSpec = parse("Sequential(Linear(2, 3), ReLU(), Linear(3, 1))").build(new Generator(5));
        Generator g = new Generator(5);
        Module direct = new Sequential(new Linear(2, 3, true, g), new ReLU(), new Linear(3, 1, true, g));
        for (Map.Entry<String, Tensor> e : direct.stateDict().entrySet()) {
            assertArrayEquals(e.getValue().data(), fromSpec.stateDict().get(e.getKey()).data(), e.getKey());
        }
    }

    @Test
    void aLoneRnnIsTheWholeNetworkAndReturnsItsOutputSequence() throws NetworkSpecException {
        Module rnn = parse("RNN(1, 4, batch_first=True)").build(new Generator(0));
        assertInstanceOf(RNN.class, rnn);
        assertArrayEquals(new int[] {2, 5, 4}, rnn.forward(Tensor.zeros(2, 5, 1)).shape());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sequential(Linear(1, 10) ReLU(), Linear(10, 1))| spec column 26: expected ')' or ',' after argument, found 'ReLU'",
        "Sequential(Linear(1, 10), Relu())              | spec column 27: unknown layer 'Relu' (did you mean 'ReLU'?) (TrainLab has Sequential, Linear, ReLU, Sigmoid, Tanh, LeakyReLU, ELU, GELU, Softplus, Softmax, Dropout, BatchNorm1d, RNN)",
        "Conv2d(1, 2, 3)                                | spec column 1: unknown layer 'Conv2d' (TrainLab has Sequential, Linear, ReLU, Sigmoid, Tanh, LeakyReLU, ELU, GELU, Softplus, Softmax, Dropout, BatchNorm1d, RNN)",
        "torch.Linear(1, 2)                             | spec column 1: unknown layer 'torch.Linear' (TrainLab has Sequential, Linear, ReLU, Sigmoid, Tanh, LeakyReLU, ELU, GELU, Softplus, Softmax, Dropout, BatchNorm1d, RNN)",
        "Linear(3, 4, bais=False)                       | spec column 14: Linear() got an unexpected keyword argument 'bais' (did you mean 'bias'?); PyTorch's signature is Linear(in_features, out_features, bias=True)",
        "Linear(3)                                      | spec column 1: Linear() missing 1 required argument: 'out_features'; PyTorch's signature is Linear(in_features, out_features, bias=True)",
        "BatchNorm1d()                                  | spec column 1: BatchNorm1d() missing 1 required argument: 'num_features'; PyTorch's signature is BatchNorm1d(num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)",
        "RNN(eps=1)                                     | spec column 5: RNN() got an unexpected keyword argument 'eps'; PyTorch's signature is RNN(input_size, hidden_size, num_layers=1, nonlinearity='tanh', bias=True, batch_first=False, dropout=0.0, bidirectional=False)",
        "RNN()                                          | spec column 1: RNN() missing 2 required arguments: 'input_size' and 'hidden_size'; PyTorch's signature is RNN(input_size, hidden_size, num_layers=1, nonlinearity='tanh', bias=True, batch_first=False, dropout=0.0, bidirectional=False)",
        "Linear(3, 4, True, 5)                          | spec column 20: Linear() takes from 2 to 3 positional arguments but 4 were given; PyTorch's signature is Linear(in_features, out_features, bias=True)",
        "Tanh(1)                                        | spec column 6: Tanh() takes 0 positional arguments but 1 was given; PyTorch's signature is Tanh()",
        "Softmax(1, 2)                                  | spec column 12: Softmax() takes 1 positional argument but 2 were given; PyTorch's signature is Softmax(dim)",
        "Linear(3, in_features=3)                       | spec column 11: Linear() got multiple values for argument 'in_features'",
        "Linear(-3, 4)                                  | spec column 8: Linear(): in_features must be a positive int, got -3",
        "Linear(0, 4)                                   | spec column 8: Linear(): in_features must be a positive int, got 0",
        "Linear(1.5, 4)                                 | spec column 8: Linear(): in_features must be a positive int, got 1.5",
        "Linear(True, 4)                                | spec column 8: Linear(): in_features must be a positive int, got True",
        "Linear(99999999999, 4)                         | spec column 8: Linear(): in_features must be a positive int, got 99999999999",
        "Linear(1, 2, bias=0)                           | spec column 19: Linear(): bias must be True or False, got 0",
        "Linear(1, 2, bias='yes')                       | spec column 19: Linear(): bias must be True or False, got 'yes'",
        "Dropout(p=1.5)                                 | spec column 1: Dropout(): dropout probability has to be between 0 and 1, but got 1.5",
        "Dropout(p='high')                              | spec column 11: Dropout(): p must be a finite number, got 'high'",
        "Dropout(p=1e999)                               | spec column 11: Dropout(): p must be a finite number, got inf",
        "Dropout(p=None)                                | spec column 11: Dropout(): p must be a finite number, got None",
        "BatchNorm1d(4, momentum='x')                   | spec column 25: BatchNorm1d(): momentum must be a finite number or None, got 'x'",
        "GELU(approximate='fast')                       | spec column 18: GELU(): approximate must be 'none' or 'tanh', got 'fast'",
        "RNN(1, 2, nonlinearity='sigmoid')              | spec column 24: RNN(): nonlinearity must be 'tanh' or 'relu', got 'sigmoid'",
        "RNN(1, 2, dropout=0.5)                         | spec column 1: RNN(): dropout between RNN layers is not supported by TrainLab (dropout must be 0)",
        "RNN(1, 2, bidirectional=True)                  | spec column 25: RNN(): bidirectional must be False, got True; bidirectional=True is not supported by TrainLab",
        "ReLU(inplace=True)                             | spec column 14: ReLU(): inplace must be False, got True; inplace=True is not supported by TrainLab: its layers never overwrite their input",
        "Softmax()                                      | spec column 1: Softmax() missing 1 required argument: 'dim'; PyTorch's signature is Softmax(dim)",
        "Softmax(dim=None)                              | spec column 13: Softmax(): dim must be an int, got None",
        "Sequential(RNN(1, 2), Linear(2, 1))            | spec column 12: RNN cannot be a layer of Sequential: PyTorch's nn.RNN returns a tuple (output, h_n) that the next layer cannot take; use RNN(...) on its own as the network",
        "Sequential(ReLU)                               | spec column 12: expected a layer, found ReLU without parentheses (write ReLU(...))",
        "Sequential(3)                                  | spec column 12: expected a layer such as Linear(1, 10), found 3",
        "Sequential(modules=ReLU())                     | spec column 12: Sequential() takes layers only, not keyword arguments (got modules=)",
        "Linear(1, 2)(3)                                | spec column 1: expected a layer name such as Linear or nn.Linear before '('",
        "Linear(foo, 2)                                 | spec column 8: Linear(): in_features must be a positive int, got the name foo",
        "Linear(100000, 100000)                         | spec column 1: Linear(): its weight would hold 10000000000 values, more than a TrainLab tensor holds (2147483639)",
        "Linear(1, 2))                                  | spec column 13: expected the end of the text after a complete expression, found ')'",
    })
    void errorsNameTheColumnTheLayerAndPyTorchsParameters(String source, String message) {
        NetworkSpecException e = assertThrows(NetworkSpecException.class, () -> parse(source));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aNetworkTooLargeForTheHeapIsRefusedBeforeBuilding() {
        long floats = Runtime.getRuntime().maxMemory() / 4;
        int width = 40_000;
        int layers = (int) (floats / ((long) width * width)) + 2;
        String big = "Sequential(" + ("Linear(" + width + ", " + width + "), ").repeat(layers) + "ReLU())";
        NetworkSpecException e = assertThrows(NetworkSpecException.class, () -> parse(big));
        assertTrue(e.reason().startsWith("the network's") && e.reason().endsWith("(see -Xmx)"), e.getMessage());
    }

    @Test
    void hugeSpecsAreRefusedBeforeTokenizing() {
        String huge = "Sequential(" + "ReLU(), ".repeat(200_000) + ")";
        NetworkSpecException e = assertThrows(NetworkSpecException.class, () -> parse(huge));
        assertEquals("spec: the spec has 1600012 characters, more than the 1000000 TrainLab reads", e.getMessage());
    }

    @Test
    void pytorchCodeIsTheSpecWithTorchNnNames() throws NetworkSpecException {
        assertEquals("""
                torch.nn.Sequential(
                    torch.nn.Linear(3, 4, bias=False),
                    torch.nn.Sequential(
                        torch.nn.GELU(approximate='tanh'),
                    ),
                    torch.nn.Sequential(),
                    torch.nn.BatchNorm1d(4, momentum=None),
                )""", parse("Sequential(Linear(3, 4, bias=False), Sequential(GELU(approximate='tanh')), Sequential(), "
                + "BatchNorm1d(4, momentum=None))").pytorchCode("torch.nn.", ""));
        assertEquals("nn.RNN(1, 2)", parse("RNN(1, 2)").pytorchCode("nn.", ""));
    }
}
