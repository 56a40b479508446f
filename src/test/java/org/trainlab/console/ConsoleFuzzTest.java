package org.trainlab.console;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random lines of the console's kind of code, mixed up: every run ends with output and at most one Python
 * error line, never a Java exception or a Java class name in the message.
 */
class ConsoleFuzzTest {
    private static final List<String> PIECES = List.of("import torch", "import numpy as np",
            "import torch.nn.functional as F", "x = torch.ones(2, 3)", "y = torch.arange(6)", "a = np.arange(6)",
            "b = [1, 2.5, 'x', None]", "t = (1,)", "print(x)", "print(x[0], y[-1:], a[1:])", "x = x * y",
            "y = y.view(2, 3)", "z = x @ y", "z = x.dot(x)", "print(len(b), b[5])", "a = a.reshape(3, 2)",
            "print(a.dot(a))", "print(np.matmul(a, a))", "print(F.softmax(x, dim=1))", "x.backward()",
            "x = torch.tensor([1.0, 2.0], requires_grad=True)", "s = (x * x).sum()", "s.backward()",
            "print(x.grad, x.grad_fn, s.grad_fn.name())", "for i in range(3): print(i, b[i])",
            "print(sum(v for v in b))", "print([v * 2 for v in b])", "print(max(b))", "d = {'k': x}",
            "print(d['k'], d[1])", "print(x.numpy())", "print(torch.from_numpy(a))", "print(a + b)",
            "print(x.shape[5])", "print(1 // 0, 2 ** 100)", "n = net", "print(torch.max(x, 1))",
            "print(x.item())", "print(int('x'), float(None))", "print(np.mean(b))", "print(x > 0)",
            "with torch.no_grad(): x = x + 1", "print(torch.zeros(3, -2))", "print(x.size(9))",
            "print(y.t().t().sum(1))", "print(torch.cat([x, y]))", "print(np.zeros((2, 3, 4)))",
            "print(torch.tensor([[1, 2], [3]]))", "print(np.array([[1, 2], [3]]))", "print(x[None, 0])",
            "print(abs(x), abs(a), round(2.5, 1))", "print(sorted(b))", "print('a' * 3, 'a' - 1)");

    @Test
    void randomScriptsEndInOutputAndPythonsLastLine() {
        Random random = new Random(13);
        for (int run = 0; run < 3000; run++) {
            StringBuilder source = new StringBuilder();
            int lines = 1 + random.nextInt(8);
            for (int i = 0; i < lines; i++) {
                source.append(PIECES.get(random.nextInt(PIECES.size()))).append('\n');
            }
            Console.Result r = Console.run(source.toString());
            if (r.error() != null) {
                assertFalse(r.error().contains("java.") || r.error().contains("Exception")
                        || r.error().contains("\n"), source + "\n→ " + r.error());
            }
        }
    }
}
