package org.trainlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainlab.nn.ELU;
import org.trainlab.nn.GELU;
import org.trainlab.nn.LeakyReLU;
import org.trainlab.nn.Module;
import org.trainlab.nn.ReLU;
import org.trainlab.nn.Sigmoid;
import org.trainlab.nn.Softplus;
import org.trainlab.nn.Tanh;
import org.trainlab.optim.Adagrad;
import org.trainlab.optim.Adam;
import org.trainlab.optim.AdamW;
import org.trainlab.optim.Optimizer;
import org.trainlab.optim.RMSprop;
import org.trainlab.optim.SGD;
import org.trainlab.tensor.Tensor;

/** The lessons' activations and optimizers come from the spec registry with the tutorial's settings. */
class LessonPresetsTest {
    @Test
    void activationsAreTheLessonsFunctionalNamesInTheirOrder() {
        assertEquals(List.of("relu", "tanh", "sigmoid", "leaky_relu", "elu", "gelu", "softplus"), Activations.NAMES);
    }

    @Test
    void activationModulesAndCodeHavePyTorchsDefaults() {
        List<Module> expected = List.of(new ReLU(), new Tanh(), new Sigmoid(), new LeakyReLU(0.01), new ELU(1.0),
                new GELU("none"), new Softplus(1.0, 20.0));
        List<String> code = List.of("torch.nn.ReLU()", "torch.nn.Tanh()", "torch.nn.Sigmoid()", "torch.nn.LeakyReLU()",
                "torch.nn.ELU()", "torch.nn.GELU()", "torch.nn.Softplus()");
        for (int i = 0; i < expected.size(); i++) {
            String name = Activations.NAMES.get(i);
            Module m = Activations.create(name);
            assertEquals(expected.get(i).getClass(), m.getClass(), name);
            assertEquals(expected.get(i).toString(), m.toString(), name);
            assertEquals(code.get(i), Activations.code(name));
        }
        assertThrows(IllegalArgumentException.class, () -> Activations.create("swish"));
    }

    @Test
    void presetsPrintTheTutorialsSettings() {
        assertEquals(List.of("sgd", "momentum", "adagrad", "rmsprop", "adam", "adamw"), OptimizerPreset.NAMES);
        String p = "net.parameters()";
        assertEquals("torch.optim.SGD(net.parameters(), lr=0.2)", OptimizerPreset.code("sgd", p, 0.2));
        assertEquals("torch.optim.SGD(net.parameters(), lr=0.2, momentum=0.8)", OptimizerPreset.code("momentum", p, 0.2));
        assertEquals("torch.optim.Adagrad(net.parameters(), lr=0.2)", OptimizerPreset.code("adagrad", p, 0.2));
        assertEquals("torch.optim.RMSprop(net.parameters(), lr=0.2, alpha=0.9)", OptimizerPreset.code("rmsprop", p, 0.2));
        assertEquals("torch.optim.Adam(net.parameters(), lr=1, betas=(0.9, 0.99))", OptimizerPreset.code("adam", p, 1));
        assertEquals("torch.optim.AdamW(net.parameters(), lr=0.001)", OptimizerPreset.code("adamw", p, 0.001));
        assertThrows(IllegalArgumentException.class, () -> OptimizerPreset.code("lion", p, 0.1));
    }

    @Test
    void presetOptimizersEqualTheEnginesWithTheTutorialsSettings() {
        List<Tensor> params = List.of(Tensor.zeros(2).requiresGrad_());
        List<Optimizer> expected = List.of(new SGD(params, 0.2), new SGD(params, 0.2).momentum(0.8),
                new Adagrad(params, 0.2), new RMSprop(params, 0.2).alpha(0.9), new Adam(params, 0.2).betas(0.9, 0.99),
                new AdamW(params, 0.2));
        for (int i = 0; i < expected.size(); i++) {
            Optimizer o = OptimizerPreset.create(OptimizerPreset.NAMES.get(i), params, 0.2);
            assertEquals(expected.get(i).getClass(), o.getClass());
            assertEquals(expected.get(i).toString(), o.toString());
            assertEquals(expected.get(i).options(), o.options());
        }
    }

    @Test
    void kindDefaultsAreTheOptimizerClassesDefaults() {
        List<Tensor> params = List.of(Tensor.zeros(2).requiresGrad_());
        assertEquals(new Adam(params).options().get("betas"), OptimizerKind.ADAM.defaults().get("betas"));
        assertEquals(new Adam(params).lr(), OptimizerKind.ADAM.defaults().get("lr"));
        assertEquals(new AdamW(params).options().get("weight_decay"), OptimizerKind.ADAMW.defaults().get("weight_decay"));
        assertEquals(new RMSprop(params).options().get("alpha"), OptimizerKind.RMSPROP.defaults().get("alpha"));
        assertEquals(new Adagrad(params).options().get("eps"), OptimizerKind.ADAGRAD.defaults().get("eps"));
    }
}
