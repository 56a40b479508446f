package org.trainlab.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ConsoleTest {
    @Test
    void anErrorKeepsTheOutputBeforeItAndPrintsPythonsLastLine() {
        Console.Result r = Console.run("print('before')\nprint(x)\nprint('after')\n");
        assertEquals("before\n", r.output());
        assertEquals("NameError: name 'x' is not defined", r.error());
    }

    @Test
    void codeOutsideTheSubsetSaysWhatAndWhere() {
        assertEquals("NotSupportedByTrainLab: import os (only torch, numpy, torch.nn, torch.nn.functional, "
                + "torch.autograd and torch.optim) is not supported by the console (line 2, column 8)",
                Console.run("import torch\nimport os\n").error());
        assertEquals("NotSupportedByTrainLab: open() is not supported by the console (line 1, column 1)",
                Console.run("open('/etc/passwd')").error());
        assertEquals("NotSupportedByTrainLab: torch.save is not supported by the console (line 2, column 1)",
                Console.run("import torch\ntorch.save(1, 'x')").error());
        assertEquals("SyntaxError: 'try' statements are not supported in the console (line 1, column 1)",
                Console.run("try:\n    pass\nexcept:\n    pass\n").error());
        assertEquals("SyntaxError: 'lambda' is not supported: define a function with def (line 1, column 5)",
                Console.run("f = lambda x: x").error());
    }

    @Test
    void aSessionKeepsItsNamesAndEchoesTheLastExpressionLikeThePrompt() {
        Console session = new Console();
        assertEquals("", session.execute("import torch\nx = torch.ones(2)", true).output());
        assertEquals("tensor([2., 2.])\n", session.execute("x * 2", true).output());
        assertEquals("", session.execute("None", true).output());
        assertEquals("'text'\n", session.execute("'text'", true).output());
        assertEquals("", session.execute("x * 2", false).output());
    }

    @Test
    void anInterruptStopsAnEndlessLoop() throws InterruptedException {
        AtomicReference<Console.Result> result = new AtomicReference<>();
        Thread t = new Thread(() -> result.set(Console.run("n = 0\nwhile True:\n    n += 1\n")));
        t.start();
        t.join(200);
        t.interrupt();
        t.join(10_000);
        assertTrue(result.get() != null && result.get().interrupted(), "the loop did not stop");
        assertEquals("KeyboardInterrupt", result.get().error());
    }

    @Test
    void endlessOutputStopsAtTheLimit() {
        Console.Result r = Console.run("while True:\n    print('spam')\n");
        assertEquals(Console.MAX_OUTPUT, r.output().length());
        assertTrue(r.error().contains("output longer than"), r.error());
    }

    @Test
    void printFollowsPythonsSepAndEnd() {
        Console.Result r = Console.run("print(1, 'a', 2.5, None, sep='|', end='.')\nprint([1.0, 'b'], (3,))");
        assertNull(r.error());
        assertEquals("1|a|2.5|None.[1.0, 'b'] (3,)\n", r.output());
    }
}
