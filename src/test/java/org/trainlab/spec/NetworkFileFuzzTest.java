package org.trainlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trainlab.Golden;
import org.trainlab.nn.Module;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * Damaged and hostile network files: reading one either builds a network or fails with a NetworkSpecException
 * that has a place; nothing else escapes, nothing runs away with the stack, the time or the memory.
 */
class NetworkFileFuzzTest {
    private static final String[] PIECES = {"(", ")", ",", ":", "=", "\n", "\n    ", "    ", "self.", "x", "1", "-",
        "*", "+", "/", "'", "\"\"\"", "nn.Linear(", "F.relu(", "return ", "def ", "class ", "super().__init__()", ".",
        "[", "]", "#", "torch.cat(", "None", "0.5", "@"};

    @Test
    void damagedFilesFailWithAPlaceOrBuild() {
        Random random = new Random(12);
        int built = 0;
        int refused = 0;
        for (var c : Golden.load("classes.json").get("cases")) {
            String source = c.get("source").asText();
            for (int trial = 0; trial < 700; trial++) {
                StringBuilder s = new StringBuilder(source);
                for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                    int at = random.nextInt(s.length());
                    switch (random.nextInt(3)) {
                        case 0 -> s.deleteCharAt(at);
                        case 1 -> s.insert(at, PIECES[random.nextInt(PIECES.length)]);
                        default -> s.replace(at, Math.min(s.length(), at + 1 + random.nextInt(4)),
                                PIECES[random.nextInt(PIECES.length)]);
                    }
                }
                try {
                    NetworkFile file = NetworkFile.parse(s.toString());
                    Module m = file.build(new Generator(0));
                    try {
                        m.forward(Tensor.zeros(2, c.get("x").get("shape").get(1).asInt()));
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
                    }
                    built++;
                } catch (NetworkSpecException e) {
                    assertTrue(e.line() >= 1 && e.column() >= 1 || e.line() == 0, e.getMessage());
                    refused++;
                }
            }
        }
        assertTrue(built > 50 && refused > 500, built + " built, " + refused + " refused");
    }

    @Test
    void longChainsAndMultiplyingClassesAreRefusedNotRun() {
        String header = "import torch.nn as nn\n";
        NetworkSpecException chain = assertThrows(NetworkSpecException.class, () -> NetworkFile.parse(header
                + "class Net(nn.Module):\n    def forward(self, x):\n        return x" + " + 1".repeat(200_000) + "\n"));
        assertEquals("more than 100 operators in a row", chain.reason());
        StringBuilder classes = new StringBuilder(header + "class C0(nn.Module):\n    def __init__(self):\n"
                + "        super().__init__()\n        self.l = nn.Linear(1, 1)\n    def forward(self, x):\n"
                + "        return x\n");
        for (int k = 1; k <= 15; k++) {
            classes.append("class C").append(k).append("(nn.Module):\n    def __init__(self):\n")
                    .append("        super().__init__()\n");
            for (int a = 0; a < 10; a++) {
                classes.append("        self.a").append(a).append(" = C").append(k - 1).append("()\n");
            }
            classes.append("    def forward(self, x):\n        return x\n");
        }
        NetworkSpecException many = assertThrows(NetworkSpecException.class,
                () -> NetworkFile.parse(classes.toString()));
        assertEquals("the network would have more than 10000 class instances", many.reason());
        NetworkSpecException huge = assertThrows(NetworkSpecException.class, () -> NetworkFile.parse(header
                + "class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                + "        self.a = nn.Linear(40000, 40000)\n        self.b = nn.Linear(40000, 40000)\n"
                + "        self.c = nn.Linear(40000, 40000)\n        self.d = nn.Linear(40000, 40000)\n"
                + "    def forward(self, x):\n        return x\n"));
        assertTrue(huge.reason().endsWith("(see -Xmx)"), huge.reason());
    }
}
