package org.trainlab.app.lesson.autograd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.app.frame.LessonModel;
import org.trainlab.app.frame.Prompt;
import org.trainlab.app.settings.Param;
import org.trainlab.app.settings.Settings;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * The Autograd lesson's model (the tutorial's 202, 变量 Variable): the tutorial's tensor and its Variable,
 * the expression y the learner types over the leaves x, w and b (their values here, their requires_grad in
 * the settings), and what the engine computes from them: the tutorial's printed lines, y's graph with its
 * backward pass node by node, and y under {@code torch.no_grad()}, with {@code retain_graph}, with a leaf
 * {@code .detach()}ed, and after an in-place change of a saved leaf. Every part is written as the PyTorch
 * lines that reproduce it, with what they print. No JavaFX.
 */
public final class AutogradModel implements LessonModel {
    static final List<Param> PARAMS = List.of(
            Param.flag("xGrad").live().inGroup("leaves"),
            Param.flag("wGrad").live().inGroup("leaves"),
            Param.flag("bGrad").live().inGroup("leaves"));
    /** What PyTorch appends to its in-place message (the engine has no anomaly mode, so says something else). */
    static final String INPLACE_HINT = " Hint: enable anomaly detection to find the operation that failed to "
            + "compute its gradient, with torch.autograd.set_detect_anomaly(True).";
    public static final String TUTORIAL_EXPRESSION = "torch.mean((w * x + b) ** 2)";

    /** The four things to know about a graph, in the order the lesson shows them. */
    public static final List<String> PANELS = List.of("noGrad", "retainGraph", "detach", "inplace");

    private Values tensor = Values.of(new float[] {1, 2, 3, 4}, 2, 2);
    private String expression = TUTORIAL_EXPRESSION;
    private Formula.Term term = Formula.parse(TUTORIAL_EXPRESSION).term();
    private final Map<String, Values> leaves = new LinkedHashMap<>();

    public AutogradModel() {
        leaves.put("x", Values.of(new float[] {1, 2, 3, 4}, 2, 2));
        leaves.put("w", Values.of(new float[] {2}));
        leaves.put("b", Values.of(new float[] {1}));
    }

    @Override
    public String id() {
        return "autograd";
    }

    @Override
    public List<Param> params() {
        return PARAMS;
    }

    @Override
    public Settings defaults() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("xGrad", true);
        v.put("wGrad", true);
        v.put("bGrad", false);
        return Settings.of(PARAMS, v);
    }

    @Override
    public List<Prompt> prompts() {
        return List.of(
                Prompt.of("data", "xGrad", false, "wGrad", true, "bGrad", true),
                Prompt.of("nothing", "xGrad", false, "wGrad", false, "bGrad", false),
                Prompt.of("all", "xGrad", true, "wGrad", true, "bGrad", true));
    }

    /** PyTorch's wording of an engine message: the sentences the two share, and PyTorch's own hint. */
    public static String pytorchMessage(String engine) {
        if (engine.startsWith("one of the variables needed for gradient computation") && engine.contains(" Hint: ")) {
            return engine.substring(0, engine.indexOf(" Hint: ")) + INPLACE_HINT;
        }
        if (engine.startsWith("grad can be implicitly created only for scalar outputs")) {
            return "grad can be implicitly created only for scalar outputs";
        }
        return engine;
    }

    // ---------------------------------------------------------------- what the learner types

    public Values tensor() {
        return tensor;
    }

    public void setTensor(Values tensor) {
        this.tensor = tensor;
    }

    public String expression() {
        return expression;
    }

    public Values leaf(String name) {
        return leaves.get(name);
    }

    /**
     * Takes a typed expression if it parses; otherwise returns the problem and keeps the one in force. An
     * expression that parses but does not fit the leaves' shapes is taken: {@link #problem} says why.
     */
    public Formula.Problem setExpression(String text) {
        Formula.Parsed parsed = Formula.parse(text);
        if (!parsed.ok()) {
            return parsed.problem();
        }
        expression = text.strip();
        term = parsed.term();
        return null;
    }

    /** Takes a leaf's typed values if they parse; otherwise returns the problem and keeps the values in force. */
    public Formula.Problem setLeaf(String name, String text) {
        Values.Parsed parsed = Values.parse(text);
        if (!parsed.ok()) {
            return parsed.problem();
        }
        leaves.put(name, parsed.values());
        return null;
    }

    /** Why the engine cannot compute the expression on these leaves (the op's column, the engine's words), or null. */
    public Formula.Problem problem(Settings s) {
        try {
            Computation.run(term, leaves, flags(s), null);
            return null;
        } catch (Computation.Failed e) {
            return e.problem();
        }
    }

    static Map<String, Boolean> flags(Settings s) {
        Map<String, Boolean> f = new LinkedHashMap<>();
        for (String leaf : Formula.LEAVES) {
            f.put(leaf, s.flag(leaf + "Grad"));
        }
        return f;
    }

    private Computation compute(Settings s, String detached) {
        try {
            return Computation.run(term, leaves, flags(s), detached);
        } catch (Computation.Failed e) {
            // the expression and the leaves in force were computed when they were taken
            throw new IllegalStateException(e.problem().key(), e);
        }
    }

    /** The leaves the expression reads that require grad (all it reads when none does), in reading order. */
    public List<String> gradLeaves(Settings s) {
        List<String> read = Formula.leaves(term);
        List<String> out = read.stream().filter(l -> s.flag(l + "Grad")).toList();
        return out.isEmpty() ? read : out;
    }

    /** The expression with every {@code leaf} read through {@code leaf.detach()}. */
    String detachedText(String leaf) {
        Formula.Term t = Formula.parse(expression).term();
        StringBuilder b = new StringBuilder(expression);
        List<Formula.Leaf> at = Formula.occurrences(t, leaf);
        for (int i = at.size() - 1; i >= 0; i--) {
            int c = at.get(i).column() - 1;
            b.replace(c, c + leaf.length(), leaf + ".detach()");
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- what the engine computes

    /** The tutorial's lines: a tensor, its Variable, t_out and v_out, backward, and variable.grad = variable/2. */
    public List<Script.Line> tutorial() {
        Script s = new Script();
        Tensor t = tensor.tensor();
        Tensor variable = tensor.tensor().requiresGrad_();
        s.code("tensor = torch.FloatTensor(" + tensor.python() + ")");
        s.code("variable = Variable(tensor, requires_grad=True)");
        s.print("tensor", t);
        s.print("variable", variable);
        Tensor tOut = t.mul(t).mean();
        Tensor vOut = variable.mul(variable).mean();
        s.code("t_out = torch.mean(tensor*tensor)       # x^2");
        s.code("v_out = torch.mean(variable*variable)   # x^2");
        s.print("t_out", tOut);
        s.print("v_out", vOut);
        s.attempt("v_out.backward()    # backpropagation from v_out", vOut::backward);
        int n = t.numel();
        s.code("# v_out = 1/" + n + " * sum(variable*variable)\n# d(v_out)/d(variable) = 1/" + n
                + "*2*variable = variable" + (n == 4 ? "/2" : "*2/" + n));
        s.print("variable.grad", variable.grad());
        if (n == 4) {
            s.print("variable.data / 2", variable.detach().div(2));
        } else {
            s.print("variable.data * 2 / " + n, variable.detach().mul(2).div(n));
        }
        return s.lines();
    }

    /** y's graph, as the engine recorded it, and its backward pass node by node. */
    public AutogradGraph graph(Settings s) {
        return AutogradGraph.of(compute(s, null));
    }

    /** y as the program computes it: y, its graph's nodes, backward, and the leaves' gradients. */
    public List<Script.Line> yours(Settings s) {
        Script out = new Script();
        if (problem(s) != null) {
            out.code("x, w, b = leaves()");
            out.code("# y = " + expression + "   fails: " + problem(s).args()[0]);
            return out.lines();
        }
        Computation c = compute(s, null);
        Tensor y = c.result();
        out.code("x, w, b = leaves()");
        out.code("y = " + expression);
        out.print("y", y);
        out.print("grad_fns(y)", gradFns(AutogradGraph.of(compute(s, null))), "   # the nodes of y's graph");
        if (out.attempt("y.backward()", y::backward)) {
            for (String leaf : Formula.LEAVES) {
                out.print(leaf + ".grad", c.leaf(leaf).grad());
            }
        }
        return out.lines();
    }

    /** The sorted names of the graph's nodes, as the program's {@code grad_fns(y)} prints them. */
    static String gradFns(AutogradGraph g) {
        List<String> names = g.boxes().stream().filter(b -> b.kind() == AutogradGraph.Kind.OPERATION)
                .map(AutogradGraph.Box::name).distinct().sorted().map(n -> "'" + n + "'").toList();
        return "[" + String.join(", ", names) + "]";
    }

    /** One of {@link #PANELS}: the lines that show it on y, and what they print. */
    public List<Script.Line> panel(String id, Settings s) {
        Script out = new Script();
        if (problem(s) != null) {
            return out.lines();
        }
        List<String> grads = gradLeaves(s);
        String target = grads.get(0);
        switch (id) {
            case "noGrad" -> {
                Computation c;
                try (NoGrad ignored = NoGrad.enter()) {
                    c = compute(s, null);
                }
                out.code("x, w, b = leaves()");
                out.code("with torch.no_grad():\n    y = " + expression);
                out.print("y", c.result());
                out.print("y.requires_grad", c.result().requiresGrad() ? "True" : "False");
            }
            case "retainGraph" -> {
                Computation c = compute(s, null);
                out.code("x, w, b = leaves()");
                out.code("y = " + expression);
                boolean ok = out.attempt("y.backward(retain_graph=True)",
                        () -> c.result().backward(null, true));
                ok &= out.attempt("y.backward()   # the graph is still there", c.result()::backward);
                if (ok) {
                    printGrads(out, c, grads, "   # twice the gradient: backward adds to .grad");
                }
                Computation d = compute(s, null);
                out.code("x, w, b = leaves()");
                out.code("y = " + expression);
                if (out.attempt("y.backward()", d.result()::backward)) {
                    out.attempt("y.backward()   # again, without retain_graph", d.result()::backward);
                }
            }
            case "detach" -> {
                Computation c = compute(s, target);
                out.code("x, w, b = leaves()");
                out.code("y = " + detachedText(target));
                out.print("y", c.result());
                if (out.attempt("y.backward()", c.result()::backward)) {
                    printGrads(out, c, grads, "");
                }
            }
            case "inplace" -> {
                Computation c = compute(s, null);
                out.code("x, w, b = leaves()");
                out.code("y = " + expression);
                Tensor leaf = c.leaf(target);
                try (NoGrad ignored = NoGrad.enter()) {
                    leaf.add_(Tensor.full(leaf.shape(), 1));
                }
                out.code("with torch.no_grad():\n    " + target + ".add_(1)   # in place, as an optimizer step does");
                if (out.attempt("y.backward()", c.result()::backward)) {
                    printGrads(out, c, grads, "");
                }
            }
            default -> throw new IllegalArgumentException("no panel " + id);
        }
        return out.lines();
    }

    private static void printGrads(Script out, Computation c, List<String> leaves, String comment) {
        for (String leaf : leaves) {
            out.print(leaf + ".grad", c.leaf(leaf).grad(), comment);
        }
    }

    /** The leaf the detach and in-place panels change. */
    public String target(Settings s) {
        return gradLeaves(s).get(0);
    }

    // ---------------------------------------------------------------- the program

    private String leavesFunction(Settings s) {
        StringBuilder b = new StringBuilder();
        b.append("def leaves():\n    \"\"\"x, w and b as the lesson has them: new tensors at each call\"\"\"\n    return (");
        List<String> items = new ArrayList<>();
        for (String leaf : Formula.LEAVES) {
            items.add("torch.tensor(" + leaves.get(leaf).python() + (s.flag(leaf + "Grad") ? ", requires_grad=True"
                    : "") + ")");
        }
        b.append(String.join(",\n            ", items)).append(")\n\n");
        return b.toString();
    }

    private static final String GRAD_FNS = """
            def grad_fns(t):
                \"\"\"The names of the nodes of t's graph: its grad_fn and every node behind it, sorted.\"\"\"
                seen, todo = set(), [t.grad_fn]
                while todo:
                    fn = todo.pop()
                    if fn is not None and fn not in seen:
                        seen.add(fn)
                        todo.extend(next_fn for next_fn, _ in fn.next_functions)
                return sorted({fn.name() for fn in seen} - {'torch::autograd::AccumulateGrad'})

            """;

    @Override
    public String pytorchCode(Settings s) {
        StringBuilder b = new StringBuilder();
        b.append("\"\"\"\nVariable and autograd (变量, 自动求导), as in the tutorial's 202, with the lesson's values;\n")
                .append("then y over x, w and b, its graph, and four things to know about it.\n\"\"\"\n");
        b.append("import torch\nfrom torch.autograd import Variable\n\n");
        b.append(Script.program(tutorial())).append('\n');
        b.append("# y over the leaves x, w and b\n");
        b.append(leavesFunction(s)).append(GRAD_FNS);
        b.append(Script.program(yours(s)));
        for (String panel : PANELS) {
            b.append("\n# ").append(switch (panel) {
                case "noGrad" -> "torch.no_grad(): no graph is recorded";
                case "retainGraph" -> "retain_graph: backward frees the graph unless told to keep it";
                case "detach" -> ".detach(): the same values, cut from the graph";
                default -> "an in-place change of a tensor the graph saved";
            }).append('\n');
            b.append(Script.program(panel(panel, s)));
        }
        return b.toString();
    }

    /** Everything the program prints, in order (for the test that runs it under PyTorch). */
    public String printed(Settings s) {
        StringBuilder b = new StringBuilder(Script.output(tutorial())).append(Script.output(yours(s)));
        for (String panel : PANELS) {
            b.append(Script.output(panel(panel, s)));
        }
        return b.toString();
    }
}
