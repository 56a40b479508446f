package org.trainlab.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** numpy arrays print as numpy 1.24 prints them (golden/numpy/str.txt, written by tools/numpy_str_golden.py). */
class NdArrayTest {
    @Test
    void everyGoldenArrayPrintsAsNumpyPrintsIt() throws Exception {
        String text;
        try (var in = NdArrayTest.class.getResourceAsStream("/golden/numpy/str.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = text.lines().toList();
        int cases = 0;
        for (int i = 0; i + 2 < lines.size(); i += 4) {
            String[] head = lines.get(i).split(" ");
            int[] shape = Arrays.stream(head).skip(1).mapToInt(Integer::parseInt).toArray();
            double[] values = Arrays.stream(lines.get(i + 1).split(" ")).mapToDouble(Double::parseDouble).toArray();
            String expected = lines.get(i + 2).replace("\\n", "\n");
            assertEquals(expected, new NdArray(values, shape, head[0].equals("int64")).toString(), lines.get(i + 1));
            cases++;
        }
        assertTrue(cases >= 35, cases + " cases");
    }
}
