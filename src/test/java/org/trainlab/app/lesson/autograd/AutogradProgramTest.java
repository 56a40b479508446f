package org.trainlab.app.lesson.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.PythonPrograms;
import org.trainlab.app.settings.Settings;

/**
 * The Autograd lesson shows what PyTorch prints: its program, run by Debian's Python with PyTorch, prints
 * character for character the tutorial's lines, y, the names of its graph's nodes, the leaves' gradients,
 * and the four panels (no_grad, retain_graph, detach, the in-place error) the lesson shows. Skipped where
 * /usr/bin/python3 cannot import torch.
 */
class AutogradProgramTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsPyTorch() {
        PythonPrograms.assumeImports("torch");
    }

    private void check(AutogradModel model, Settings s) throws IOException, InterruptedException {
        String out = PythonPrograms.run(dir, "autograd.py", model.pytorchCode(s));
        assertEquals(model.printed(s), out, () -> "the program:\n" + model.pytorchCode(s));
    }

    @Test
    void theTutorialsVariableAndTheDefaultExpressionPrintAsPyTorchPrintsThem() throws Exception {
        AutogradModel model = new AutogradModel();
        Settings s = model.defaults();
        check(model, s);
        String printed = model.printed(s);
        assertTrue(printed.contains("tensor([[0.5000, 1.0000],\n        [1.5000, 2.0000]])\n"
                + "tensor([[0.5000, 1.0000],\n        [1.5000, 2.0000]])\n"), printed);
        assertTrue(printed.contains("RuntimeError: Trying to backward through the graph a second time"), printed);
        assertTrue(printed.contains("RuntimeError: one of the variables needed for gradient computation has been "
                + "modified by an inplace operation: [torch.FloatTensor []] is at version 1; expected version 0 "
                + "instead. Hint: enable anomaly detection"), printed);
    }

    @Test
    void typedExpressionsAndValuesPrintAsPyTorchPrintsThem() throws Exception {
        AutogradModel model = new AutogradModel();
        Settings s = model.defaults().with("bGrad", true);
        model.setTensor(Values.parse("[[0.5, -1, 2], [3, 0.25, -4]]").values());
        assertNull(model.setLeaf("x", "[0.5, -1.5, 2]"));
        assertNull(model.setLeaf("w", "[[1, -2, 0.5], [0, 3, 1]]"));
        assertNull(model.setLeaf("b", "[0.1, -0.2]"));
        assertNull(model.setExpression("torch.sigmoid(w @ x + b).sum() + torch.tanh(-x).mean() * 2 - 1 / x.abs().sum()"
                + " + 2 ** x.sin().mean() + x.exp().log().relu().sum() / 3"));
        assertNull(model.problem(s));
        check(model, s);
        check(model, s.with("xGrad", false));
        check(model, s.with("xGrad", false).with("wGrad", false).with("bGrad", false));
    }

    @Test
    void aResultThatIsNotOneNumberAndOpsThatSaveNothing() throws Exception {
        AutogradModel model = new AutogradModel();
        Settings s = model.defaults();
        assertNull(model.setExpression("w * x + b"));
        check(model, s);
        assertNull(model.setExpression("(x + w - b).sum()"));
        check(model, s);
        assertNull(model.setExpression("(x * w).sqrt().mean() + torch.cos(x / w).sum() + (x ** w).mean()"));
        check(model, s);
    }
}
