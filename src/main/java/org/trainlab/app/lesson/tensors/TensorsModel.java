package org.trainlab.app.lesson.tensors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.app.frame.LessonModel;
import org.trainlab.app.frame.Prompt;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.console.NdArray;
import org.trainlab.tensor.PythonRepr;
import org.trainlab.tensor.Tensor;

/**
 * The Tensors lesson's model (the tutorial's 201, torch 和 numpy): the shape of {@code np.arange(n).reshape}
 * (settings), the list {@code data} and the matrix the learner types; what numpy and the engine's torch
 * compute from them, each printed as Python prints it; the {@code data.dot(data)} pitfall's three answers;
 * the tensors of the shapes section; and the tutorial's program for these values. No JavaFX.
 */
public final class TensorsModel implements LessonModel {
    public static final int MAX_VECTOR = 8;
    public static final int MAX_MATRIX = 4;
    static final List<Param> PARAMS = List.of(
            Param.integer("rows", 1, 4, 1).live().inGroup("arange"),
            Param.integer("columns", 1, 6, 1).live().inGroup("arange"));

    /** One line of the comparison: what is computed, the numpy code and what it prints, the torch code and what it prints. */
    public record Row(String id, String numpyCode, String numpy, String torchCode, String torch) {
    }

    /** A tensor of the shapes section: the code that makes it, its size as PyTorch prints it, its values. */
    public record Shaped(String code, Tensor tensor) {
        public String size() {
            return "torch.Size(" + pyList(java.util.Arrays.stream(tensor.shape()).mapToObj(Integer::toString)
                    .toList()) + ")";
        }
    }

    private NdArray data = NdArray.vector(new double[] {-1, -2, 1, 2}, true);
    private NdArray matrix = new NdArray(new double[] {1, 2, 3, 4}, new int[] {2, 2}, true);

    @Override
    public String id() {
        return "tensors";
    }

    @Override
    public List<Param> params() {
        return PARAMS;
    }

    @Override
    public Settings defaults() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("rows", 2);
        v.put("columns", 3);
        return Settings.of(PARAMS, v);
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("column", "rows", 4, "columns", 1),
                Prompt.of("row", "rows", 1, "columns", 6),
                Prompt.of("square", "rows", 3, "columns", 3));
    }

    public NdArray data() {
        return data;
    }

    public void setData(NdArray data) {
        this.data = data;
    }

    public NdArray matrix() {
        return matrix;
    }

    public void setMatrix(NdArray matrix) {
        this.matrix = matrix;
    }

    /** {@code np.arange(rows * columns).reshape((rows, columns))}. */
    static NdArray arange(Settings s) {
        int r = s.integer("rows");
        int c = s.integer("columns");
        double[] v = new double[r * c];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        return new NdArray(v, new int[] {r, c}, true);
    }

    /** {@code torch.from_numpy(np_data)}: an int64 tensor holding the same numbers. */
    static Tensor fromNumpy(NdArray a) {
        long[] v = new long[a.values().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (long) a.values()[i];
        }
        return Tensor.ofLongs(v, a.shape());
    }

    /** {@code torch.FloatTensor(data)}: float32. */
    static Tensor floatTensor(NdArray a) {
        float[] v = new float[a.values().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) a.values()[i];
        }
        return new Tensor(v, a.shape().clone());
    }

    /** The tutorial's comparisons, numpy beside torch, for these settings and the typed values. */
    public List<Row> rows(Settings s) {
        NdArray np = arange(s);
        String arange = "np.arange(" + np.values().length + ").reshape((" + np.rows() + ", " + np.columns() + "))";
        Tensor tensor = floatTensor(data);
        Tensor m = floatTensor(matrix);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("fromNumpy", "np_data = " + arange, np.toString(), "torch.from_numpy(np_data)",
                fromNumpy(np).toString()));
        rows.add(new Row("toNumpy", "np_data", np.toString(), "torch_data.numpy()", np.toString()));
        rows.add(new Row("abs", "np.abs(data)", map(data, Math::abs, data.integer()).toString(), "torch.abs(tensor)",
                tensor.abs().toString()));
        rows.add(new Row("sin", "np.sin(data)", map(data, Math::sin, false).toString(), "torch.sin(tensor)",
                tensor.sin().toString()));
        rows.add(new Row("mean", "np.mean(data)", PythonRepr.number(mean(data)), "torch.mean(tensor)",
                tensor.mean().toString()));
        rows.add(new Row("matmul", "np.matmul(data, data)", matmul(matrix).toString(), "torch.mm(tensor, tensor)",
                m.mm(m).toString()));
        return rows;
    }

    /** numpy's {@code data.dot(data)} for the matrix: its matrix product. */
    public String numpyDot() {
        return matmul(matrix).toString();
    }

    /** What torch 0.1–0.3 returned: both flattened to vectors, their inner product as a Python float. */
    public String oldTorchDot() {
        Tensor flat = floatTensor(matrix).flatten();
        return PythonRepr.number(flat.dot(flat).item());
    }

    /** What PyTorch says today: the last line Python prints. */
    public String torchDot() {
        Tensor m = floatTensor(matrix);
        try {
            return m.dot(m).toString();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            // the engine's message names the op and adds a hint; PyTorch's is the sentence between
            message = message.startsWith("dot: ") ? message.substring(5) : message;
            int hint = message.indexOf(" (");
            return "RuntimeError: " + (hint > 0 ? message.substring(0, hint) : message);
        }
    }

    /** The shapes section: x, x.view(columns, rows), x.unsqueeze(0), x.t(), and x plus a broadcast row. */
    public List<Shaped> shapes(Settings s) {
        int r = s.integer("rows");
        int c = s.integer("columns");
        Tensor x = fromNumpy(arange(s));
        long[] row = new long[c];
        for (int i = 0; i < c; i++) {
            row[i] = 10L * (i + 1);
        }
        Tensor b = Tensor.ofLongs(row, c);
        return List.of(
                new Shaped("x = torch.arange(" + r * c + ").view(" + r + ", " + c + ")", x),
                new Shaped("x.view(" + c + ", " + r + ")", x.view(c, r)),
                new Shaped("x.unsqueeze(0)", x.unsqueeze(0)),
                new Shaped("x.t()", int64(x.t())),
                new Shaped("b = torch.tensor(" + pyList(java.util.Arrays.stream(row)
                        .mapToObj(Long::toString).toList()) + ")", b),
                new Shaped("x + b", int64(x.add(b))));
    }

    /** The same values as int64, as PyTorch keeps them for t() and a sum of int64 tensors (the engine's give float32). */
    private static Tensor int64(Tensor t) {
        return Tensor.of(t.toArray(), t.shape(), org.trainlab.tensor.DType.INT64);
    }

    /** Items written as they are, in Python's list brackets. */
    static String pyList(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private static NdArray map(NdArray a, java.util.function.DoubleUnaryOperator f, boolean integer) {
        double[] v = a.values().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(v[i]);
        }
        return new NdArray(v, a.shape(), integer);
    }

    private static double mean(NdArray a) {
        double sum = 0;
        for (double v : a.values()) {
            sum += v;
        }
        return sum / a.values().length;
    }

    private static NdArray matmul(NdArray a) {
        int n = a.rows();
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += a.values()[i * n + k] * a.values()[k * n + j];
                }
                out[i * n + j] = sum;
            }
        }
        return new NdArray(out, a.shape(), a.integer());
    }

    /** The typed values as Python writes them in the program. */
    static String python(NdArray a) {
        List<String> items = new ArrayList<>();
        for (double v : a.values()) {
            items.add(a.integer() ? Long.toString((long) v) : PythonRepr.number(v));
        }
        if (a.shape().length == 1) {
            return pyList(items);
        }
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < a.rows(); r++) {
            rows.add(pyList(items.subList(r * a.columns(), (r + 1) * a.columns())));
        }
        return pyList(rows);
    }

    @Override
    public String pytorchCode(Settings s) {
        NdArray np = arange(s);
        StringBuilder b = new StringBuilder();
        b.append("\"\"\"\nTorch or Numpy (torch 和 numpy), as in the tutorial's 201, with the values of the lesson.\n\"\"\"\n");
        b.append("import torch\nimport numpy as np\n\n");
        b.append("# details about math operation in torch can be found in: http://pytorch.org/docs/torch.html#math-operations\n\n");
        b.append("# convert numpy to tensor or vise versa\n");
        b.append("np_data = np.arange(").append(np.values().length).append(").reshape((").append(np.rows()).append(", ")
                .append(np.columns()).append("))\n");
        b.append("torch_data = torch.from_numpy(np_data)\n");
        b.append("tensor2array = torch_data.numpy()\n");
        b.append("print(\n    '\\nnumpy array:', np_data,\n    '\\ntorch tensor:', torch_data,\n")
                .append("    '\\ntensor to array:', tensor2array,\n)\n\n");
        b.append("# abs\n");
        b.append("data = ").append(python(data)).append('\n');
        b.append("tensor = torch.FloatTensor(data)  # 32-bit floating point\n");
        for (String[] op : new String[][] {{"abs", "abs"}, {"sin", "sin"}, {"mean", "mean"}}) {
            b.append("print(\n    '\\n").append(op[0]).append("',\n    '\\nnumpy: ', np.").append(op[1])
                    .append("(data),\n    '\\ntorch: ', torch.").append(op[1]).append("(tensor)\n)\n");
        }
        b.append("\n# matrix multiplication\n");
        b.append("data = ").append(python(matrix)).append('\n');
        b.append("tensor = torch.FloatTensor(data)  # 32-bit floating point\n");
        b.append("print(\n    '\\nmatrix multiplication (matmul)',\n    '\\nnumpy: ', np.matmul(data, data),\n")
                .append("    '\\ntorch: ', torch.mm(tensor, tensor)\n)\n\n");
        b.append("# incorrect method\n");
        b.append("data = np.array(data)\n");
        b.append("print('\\nmatrix multiplication (dot)', '\\nnumpy: ', data.dot(data))\n");
        b.append("# torch 0.1-0.3 flattened both to vectors: the sum of the squares\n");
        b.append("print('old torch: ', tensor.flatten().dot(tensor.flatten()).item())\n");
        b.append("try:\n    print('torch: ', tensor.dot(tensor))\nexcept RuntimeError as e:\n")
                .append("    print('torch: ', type(e).__name__ + ':', e)   # dot takes 1-D tensors only\n\n");
        b.append("# shapes and broadcasting\n");
        for (Shaped sh : shapes(s)) {
            String code = sh.code();
            int eq = code.indexOf(" = ");
            if (eq > 0) {
                b.append(code).append('\n');
                code = code.substring(0, eq);
            }
            String value = code.contains(" ") ? "(" + code + ")" : code;
            b.append("print('\\n").append(code).append("', ").append(value).append(".shape)\nprint(").append(code)
                    .append(")\n");
        }
        return b.toString();
    }
}
