package org.trainlab.app.lesson.tensors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainlab.PythonPrograms;
import org.trainlab.app.settings.Settings;
import org.trainlab.console.PyNumbers;

/**
 * The Tensors lesson shows what Python prints: its program, run by Debian's Python with PyTorch and numpy,
 * prints character for character what the lesson's numpy and torch columns, the dot pitfall and the shapes
 * show. Skipped where /usr/bin/python3 cannot import torch and numpy.
 */
class TensorsProgramTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsPyTorch() {
        PythonPrograms.assumeImports("torch, numpy");
    }

    private String run(String program) throws IOException, InterruptedException {
        return PythonPrograms.run(dir, "tensors.py", program);
    }

    /** What the program prints, put together from what the lesson shows. */
    private static String shown(TensorsModel model, Settings s) {
        List<TensorsModel.Row> rows = model.rows(s);
        StringBuilder b = new StringBuilder();
        b.append("\nnumpy array: ").append(rows.get(0).numpy()).append(" \ntorch tensor: ").append(rows.get(0).torch())
                .append(" \ntensor to array: ").append(rows.get(1).torch().equals(rows.get(1).numpy())
                        ? rows.get(1).numpy() : "?").append('\n');
        for (int i = 2; i <= 4; i++) {
            TensorsModel.Row r = rows.get(i);
            b.append('\n').append(r.id()).append(" \nnumpy:  ").append(r.numpy()).append(" \ntorch:  ").append(r.torch())
                    .append('\n');
        }
        TensorsModel.Row mm = rows.get(5);
        b.append("\nmatrix multiplication (matmul) \nnumpy:  ").append(mm.numpy()).append(" \ntorch:  ").append(mm.torch())
                .append('\n');
        b.append("\nmatrix multiplication (dot) \nnumpy:  ").append(model.numpyDot()).append('\n');
        b.append("old torch:  ").append(model.oldTorchDot()).append('\n');
        b.append("torch:  ").append(model.torchDot()).append('\n');
        for (TensorsModel.Shaped sh : model.shapes(s)) {
            String code = sh.code().contains(" = ") ? sh.code().substring(0, sh.code().indexOf(" = ")) : sh.code();
            b.append('\n').append(code).append(' ').append(sh.size()).append('\n').append(sh.tensor()).append('\n');
        }
        return b.toString();
    }

    @Test
    void theTutorialsValuesPrintAsPythonPrintsThem() throws Exception {
        TensorsModel model = new TensorsModel();
        Settings s = model.defaults();
        String out = run(model.pytorchCode(s));
        assertEquals(out, shown(model, s));
        assertEquals("30.0", model.oldTorchDot());
        assertEquals("RuntimeError: 1D tensors expected, but got 2D and 2D tensors", model.torchDot());
    }

    @Test
    void typedValuesAndOtherShapesPrintAsPythonPrintsThem() throws Exception {
        TensorsModel model = new TensorsModel();
        model.setData(PyNumbers.vector("[0.5, -1.25, 100, 3, 7, -8, 0.001, 2]", 8).array());
        model.setMatrix(PyNumbers.squareMatrix("[[1.5, 2, -3], [0, 0.25, 4], [5, 6, 7]]", 4).array());
        Settings s = model.defaults().with("rows", 4).with("columns", 1);
        assertEquals(run(model.pytorchCode(s)), shown(model, s));

        model.setData(PyNumbers.vector("[3]", 8).array());
        model.setMatrix(PyNumbers.squareMatrix("[[2]]", 4).array());
        s = model.defaults().with("rows", 3).with("columns", 6);
        assertEquals(run(model.pytorchCode(s)), shown(model, s));
    }
}
