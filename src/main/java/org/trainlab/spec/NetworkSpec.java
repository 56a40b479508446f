package org.trainlab.spec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trainlab.spec.LayerType.Args;
import org.trainlab.spec.python.Expr;
import org.trainlab.spec.python.Parser;
import org.trainlab.spec.python.Position;
import org.trainlab.spec.python.PythonSyntaxException;
import org.trainlab.nn.Module;
import org.trainlab.nn.RNN;
import org.trainlab.nn.Sequential;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.PythonRepr;

/**
 * A network written in PyTorch's own syntax: {@code Sequential(Linear(1, 10), ReLU(), Linear(10, 1))}.
 *
 * <p>{@link #parse} reads a Python expression ({@code nn.} and {@code torch.nn.} prefixes, keyword
 * arguments, Python literals) into a checked tree of layers; {@link #of} describes a built module;
 * {@link #text()} is the canonical form: PyTorch's class names, required arguments positional, other
 * arguments as keywords and only when they differ from PyTorch's defaults. Every layer of the engine is
 * covered: Linear, ReLU, Sigmoid, Tanh, LeakyReLU, ELU, GELU, Softplus, Softmax, Dropout, BatchNorm1d, RNN and
 * Sequential.
 *
 * <p>{@code RNN} is accepted as a whole network only: PyTorch's {@code nn.RNN} returns a tuple
 * {@code (output, h_n)}, which no next layer of a {@code Sequential} can take, so a spec with an RNN inside a
 * Sequential would mean something else in PyTorch. As a network of its own, its output is the sequence output.
 *
 * <p>The Python parsing ({@link org.trainlab.spec.python}) knows nothing of layers; this class turns its syntax
 * tree into layers, so the same parser can later read a whole {@code class Net(torch.nn.Module)} definition.
 */
public final class NetworkSpec {
    private static final String SEQUENTIAL = "Sequential";
    /** The largest Java array a tensor's storage can be. */
    private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;
    /** Far longer than any network anyone writes; a hostile file's spec must not become millions of tokens. */
    public static final int MAX_LENGTH = 1_000_000;

    /** One layer of the network: its type (null for Sequential), its arguments, its children, its place. */
    private record Layer(LayerType type, Args args, List<Layer> children, Position position) {
        String name() {
            return type == null ? SEQUENTIAL : type.name();
        }
    }

    private final Layer root;
    private final String text;

    private NetworkSpec(Layer root) {
        this.root = root;
        this.text = print(root);
    }

    // ---------------------------------------------------------------- reading

    /** Parses and checks a spec; the exception names the column and what was expected there. */
    public static NetworkSpec parse(String source) throws NetworkSpecException {
        if (source.length() > MAX_LENGTH) {
            throw new NetworkSpecException(null, false, "the spec has " + source.length() + " characters, more than the "
                    + MAX_LENGTH + " TrainLab reads");
        }
        boolean multiline = source.indexOf('\n') >= 0 || source.indexOf('\r') >= 0;
        Expr expr;
        try {
            expr = Parser.parseExpression(source);
        } catch (PythonSyntaxException e) {
            throw new NetworkSpecException(e.position(), multiline, e.reason());
        }
        Reader reader = new Reader(multiline);
        Layer root = reader.layer(expr, false);
        reader.checkSize(root);
        return new NetworkSpec(root);
    }

    /**
     * The spec of an already parsed expression whose names are resolved (a layer of a {@code class Net} file,
     * its arguments' names replaced by their values); messages carry the expression's positions.
     */
    static NetworkSpec fromExpression(Expr expr, boolean multiline) throws NetworkSpecException {
        Reader reader = new Reader(multiline);
        Layer root = reader.layer(expr, false);
        reader.checkSize(root);
        return new NetworkSpec(root);
    }

    /** Turns expressions into layers; every message names the layer and PyTorch's parameter names. */
    private record Reader(boolean multiline) {
        NetworkSpecException error(Position at, String reason) {
            return new NetworkSpecException(at, multiline, reason);
        }

        Layer layer(Expr e, boolean insideSequential) throws NetworkSpecException {
            if (!(e instanceof Expr.Call call)) {
                String name = Expr.dottedName(e);
                if (name != null && layerType(name) != null) {
                    throw error(e.position(), "expected a layer, found " + name + " without parentheses (write "
                            + shortName(name) + "(...))");
                }
                throw error(e.position(), "expected a layer such as Linear(1, 10), found " + describe(e));
            }
            String dotted = Expr.dottedName(call.func());
            if (dotted == null) {
                throw error(call.position(), "expected a layer name such as Linear or nn.Linear before '('");
            }
            String name = shortName(dotted);
            if (name.equals(SEQUENTIAL)) {
                if (!call.keywords().isEmpty()) {
                    throw error(call.keywords().get(0).position(), "Sequential() takes layers only, not keyword "
                            + "arguments (got " + call.keywords().get(0).name() + "=)");
                }
                List<Layer> children = new ArrayList<>();
                for (Expr arg : call.args()) {
                    children.add(layer(arg, true));
                }
                return new Layer(null, new Args(Map.of()), children, call.position());
            }
            LayerType type = layerType(dotted);
            if (type == null) {
                throw error(call.position(), "unknown layer '" + dotted + "'" + suggestion(name, Layers.names())
                        + " (TrainLab has " + String.join(", ", Layers.names()) + ")");
            }
            if (insideSequential && type.moduleClass() == RNN.class) {
                throw error(call.position(), "RNN cannot be a layer of Sequential: PyTorch's nn.RNN returns a tuple "
                        + "(output, h_n) that the next layer cannot take; use RNN(...) on its own as the network");
            }
            return new Layer(type, bind(type, call), List.of(), call.position());
        }

        /** Python's argument binding, with Python's messages, then each value checked. */
        private Args bind(LayerType type, Expr.Call call) throws NetworkSpecException {
            List<LayerArg> params = type.args();
            String fn = type.name() + "()";
            if (call.args().size() > params.size()) {
                int required = (int) params.stream().filter(LayerArg::required).count();
                String takes = required == params.size() ? Integer.toString(required)
                        : "from " + required + " to " + params.size();
                int given = call.args().size();
                throw error(call.args().get(params.size()).position(), fn + " takes " + takes + " positional argument"
                        + (takes.equals("1") ? "" : "s") + " but " + given + (given == 1 ? " was" : " were")
                        + " given; PyTorch's signature is " + type.signature());
            }
            Map<String, Expr> given = new LinkedHashMap<>();
            for (int i = 0; i < call.args().size(); i++) {
                given.put(params.get(i).name(), call.args().get(i));
            }
            for (Expr.Keyword k : call.keywords()) {
                LayerArg arg = type.arg(k.name());
                if (arg == null) {
                    List<String> names = params.stream().map(LayerArg::name).toList();
                    throw error(k.position(), fn + " got an unexpected keyword argument '" + k.name() + "'"
                            + suggestion(k.name(), names) + "; PyTorch's signature is " + type.signature());
                }
                if (given.containsKey(k.name())) {
                    throw error(k.position(), fn + " got multiple values for argument '" + k.name() + "'");
                }
                given.put(k.name(), k.value());
            }
            List<String> missing = new ArrayList<>();
            for (LayerArg a : params) {
                if (a.required() && !given.containsKey(a.name())) {
                    missing.add("'" + a.name() + "'");
                }
            }
            if (!missing.isEmpty()) {
                String list = missing.size() == 1 ? missing.get(0)
                        : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.getLast();
                throw error(call.position(), fn + " missing " + missing.size() + " required argument"
                        + (missing.size() == 1 ? "" : "s") + ": " + list + "; PyTorch's signature is "
                        + type.signature());
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (LayerArg a : params) {
                Expr e = given.get(a.name());
                values.put(a.name(), e == null ? a.defaultValue() : value(type, a, e));
            }
            Args args = new Args(values);
            String problem = type.check().problem(args);
            if (problem != null) {
                throw error(call.position(), type.name() + "(): " + problem);
            }
            return args;
        }

        private Object value(LayerType type, LayerArg a, Expr e) throws NetworkSpecException {
            Object v = literal(e);
            Object converted = v == NOT_A_LITERAL ? NOT_A_LITERAL : convert(a, v);
            String problem = converted == NOT_A_LITERAL ? "" : rangeProblem(a, converted);
            if (problem == null) {
                return converted;
            }
            throw error(e.position(), type.name() + "(): " + a.name() + " must be " + expected(a) + ", got "
                    + describe(e) + (problem.isEmpty() ? "" : "; " + problem));
        }

        /** The layer's total state, checked before anything is allocated for it. */
        void checkSize(Layer root) throws NetworkSpecException {
            long total = 0;
            for (Layer l : flatten(root, new ArrayList<>())) {
                if (l.type() == null) {
                    continue;
                }
                LinkedHashMap<String, int[]> shapes = new LinkedHashMap<>();
                l.type().shapes().add(l.args(), shapes);
                for (Map.Entry<String, int[]> s : shapes.entrySet()) {
                    long numel = 1;
                    for (int d : s.getValue()) {
                        numel *= d; // each size is below 2^31 and a shape has at most two, so this cannot overflow
                    }
                    if (numel > MAX_ELEMENTS) {
                        throw error(l.position(), l.name() + "(): its " + s.getKey() + " would hold " + numel
                                + " values, more than a TrainLab tensor holds (" + MAX_ELEMENTS + ")");
                    }
                    total += numel;
                }
            }
            long heap = Runtime.getRuntime().maxMemory();
            if (total * Float.BYTES > heap) {
                throw error(root.position(), "the network's " + total + " parameter values need " + total * Float.BYTES
                        + " bytes but this JVM has at most " + heap + " (see -Xmx)");
            }
        }
    }

    private static final Object NOT_A_LITERAL = new Object();

    /** The value of a Python literal (negated numbers included): BigInteger, Double, String, Boolean, null. */
    private static Object literal(Expr e) {
        return switch (e) {
            case Expr.IntLiteral i -> i.value();
            case Expr.FloatLiteral f -> f.value();
            case Expr.StringLiteral s -> s.value();
            case Expr.BoolLiteral b -> b.value();
            case Expr.NoneLiteral n -> null;
            case Expr.Unary u -> {
                Object inner = literal(u.operand());
                if (inner instanceof BigInteger i) {
                    yield u.op() == '-' ? i.negate() : i;
                }
                if (inner instanceof Double d) {
                    yield u.op() == '-' ? -d : d;
                }
                yield NOT_A_LITERAL;
            }
            default -> NOT_A_LITERAL;
        };
    }

    /** The literal as the argument's Java value (Long, Double, Boolean, String, null), or NOT_A_LITERAL. */
    private static Object convert(LayerArg a, Object v) {
        return switch (a.kind()) {
            case SIZE, INT -> v instanceof BigInteger i && i.bitLength() < 32 ? (Object) i.longValue() : NOT_A_LITERAL;
            case FLOAT, NUMBER -> number(v);
            case FLOAT_OR_NONE -> v == null ? null : number(v);
            case BOOL, FALSE_ONLY -> v instanceof Boolean ? v : NOT_A_LITERAL;
            case STRING -> v instanceof String ? v : NOT_A_LITERAL;
        };
    }

    private static Object number(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof BigInteger i) {
            return i.doubleValue();
        }
        return NOT_A_LITERAL;
    }

    /** A converted value outside what the argument allows, as a short reason; null when fine. */
    private static String rangeProblem(LayerArg a, Object v) {
        return switch (a.kind()) {
            case SIZE -> (Long) v >= 1 ? null : "";
            case FLOAT, NUMBER, FLOAT_OR_NONE -> v == null || Double.isFinite((Double) v) ? null : "";
            case FALSE_ONLY -> Boolean.FALSE.equals(v) ? null
                    : a.name() + "=True is not supported by TrainLab" + (a.name().equals("inplace")
                            ? ": its layers never overwrite their input" : "");
            case STRING -> a.choices().contains(v) ? null : "";
            default -> null;
        };
    }

    private static String expected(LayerArg a) {
        return switch (a.kind()) {
            case SIZE -> "a positive int";
            case INT -> "an int";
            case FLOAT, NUMBER -> "a finite number";
            case FLOAT_OR_NONE -> "a finite number or None";
            case BOOL -> "True or False";
            case FALSE_ONLY -> "False";
            case STRING -> {
                List<String> quoted = a.choices().stream().map(PythonRepr::string).toList();
                yield String.join(" or ", quoted);
            }
        };
    }

    /** An expression as a message shows it: its literal value, or what kind of thing it is. */
    private static String describe(Expr e) {
        Object v = literal(e);
        if (v != NOT_A_LITERAL) {
            return switch (v) {
                case null -> "None";
                case Boolean b -> PythonRepr.bool(b);
                case String s -> PythonRepr.string(clip(s));
                case Double d -> PythonRepr.number(d);
                default -> clip(v.toString());
            };
        }
        String name = Expr.dottedName(e);
        if (name != null) {
            return "the name " + clip(name);
        }
        if (e instanceof Expr.Call c) {
            String f = Expr.dottedName(c.func());
            return f == null ? "a call" : "a call of " + clip(f);
        }
        return e instanceof Expr.Sequence s ? (s.list() ? "a list" : "a tuple") : "an expression";
    }

    private static String clip(String s) {
        String printable = s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 37) + "...";
    }

    /** {@code Linear} for {@code Linear}, {@code nn.Linear} and {@code torch.nn.Linear}; other names unchanged. */
    private static String shortName(String dotted) {
        if (dotted.startsWith("torch.nn.")) {
            return dotted.substring("torch.nn.".length());
        }
        return dotted.startsWith("nn.") ? dotted.substring(3) : dotted;
    }

    /** Whether PyTorch's torch.nn has a layer of this name that a spec can build ({@code Sequential} included). */
    static boolean isLayerName(String name) {
        return name.equals(SEQUENTIAL) || Layers.named(name) != null;
    }

    private static LayerType layerType(String dotted) {
        String name = shortName(dotted);
        return name.contains(".") ? null : Layers.named(name);
    }

    /** {@code " (did you mean 'ReLU'?)"} for a near miss, else empty. */
    private static String suggestion(String wrong, List<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String n : names) {
            int d = n.equalsIgnoreCase(wrong) ? 0 : distance(n.toLowerCase(Locale.ROOT), wrong.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= (wrong.length() <= 3 ? 1 : 2)
                ? " (did you mean '" + best + "'?)" : "";
    }

    /** Levenshtein distance, for suggestions; names are short. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    // ---------------------------------------------------------------- describing modules

    /**
     * The spec of a module built from the engine's layers (exactly those classes, nested in Sequentials).
     *
     * @throws IllegalArgumentException for any other module (a custom {@code Module} subclass): save its
     *     parameters only, as a state_dict
     */
    public static NetworkSpec of(Module module) {
        return new NetworkSpec(describeModule(module, false));
    }

    private static Layer describeModule(Module m, boolean insideSequential) {
        if (m.getClass() == Sequential.class) {
            List<Layer> children = new ArrayList<>();
            for (Module child : m.children()) {
                children.add(describeModule(child, true));
            }
            return new Layer(null, new Args(Map.of()), children, null);
        }
        LayerType type = Layers.of(m.getClass());
        if (type == null) {
            throw new IllegalArgumentException("NetworkSpec: " + m.name() + " is not one of the layers a spec can "
                    + "describe (" + String.join(", ", Layers.names()) + "); save its parameters only (a state_dict)");
        }
        if (insideSequential && type.moduleClass() == RNN.class) {
            throw new IllegalArgumentException("NetworkSpec: an RNN inside a Sequential has no PyTorch spec (nn.RNN "
                    + "returns a tuple the next layer cannot take); save its parameters only (a state_dict)");
        }
        List<Object> read = type.reader().read(m);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < type.args().size(); i++) {
            LayerArg a = type.args().get(i);
            Object v = read.get(i);
            if (rangeProblem(a, v) != null) {
                throw new IllegalArgumentException("NetworkSpec: " + type.name() + "'s " + a.name() + " is "
                        + a.literal(v) + ", which a spec cannot hold (it must be " + expected(a) + ")");
            }
            values.put(a.name(), v);
        }
        return new Layer(type, new Args(values), List.of(), null);
    }

    // ---------------------------------------------------------------- using a spec

    /** Builds the network; Linear and RNN weights and Dropout masks draw from {@code generator}. */
    public Module build(Generator generator) {
        return build(root, generator);
    }

    private static Module build(Layer layer, Generator g) {
        if (layer.type() == null) {
            Sequential s = new Sequential();
            for (Layer child : layer.children()) {
                s.add(build(child, g));
            }
            return s;
        }
        return layer.type().factory().build(layer.args(), g);
    }

    /** The canonical text: {@code Sequential(Linear(1, 10), ReLU(), Linear(10, 1))}. */
    public String text() {
        return text;
    }

    /** The state_dict keys and shapes the built network has, in PyTorch's order, without building it. */
    public LinkedHashMap<String, int[]> stateShapes() {
        LinkedHashMap<String, int[]> out = new LinkedHashMap<>();
        addShapes(root, "", out);
        return out;
    }

    private static void addShapes(Layer layer, String prefix, LinkedHashMap<String, int[]> out) {
        if (layer.type() == null) {
            for (int i = 0; i < layer.children().size(); i++) {
                addShapes(layer.children().get(i), prefix + i + ".", out);
            }
            return;
        }
        LinkedHashMap<String, int[]> own = new LinkedHashMap<>();
        layer.type().shapes().add(layer.args(), own);
        own.forEach((k, v) -> out.put(prefix + k, v));
    }

    /** How many values the state_dict holds (parameters and buffers). */
    public long stateSize() {
        long total = 0;
        for (int[] shape : stateShapes().values()) {
            long n = 1;
            for (int d : shape) {
                n *= d;
            }
            total += n;
        }
        return total;
    }

    /**
     * The network as PyTorch source, each layer prefixed (e.g. {@code torch.nn.}) and a Sequential's layers on
     * lines of their own, indented by four spaces per level after {@code indent}.
     */
    public String pytorchCode(String prefix, String indent) {
        StringBuilder sb = new StringBuilder();
        code(root, prefix, indent, sb);
        return sb.toString();
    }

    private static void code(Layer layer, String prefix, String indent, StringBuilder sb) {
        if (layer.type() == null && !layer.children().isEmpty()) {
            sb.append(prefix).append(SEQUENTIAL).append("(\n");
            for (Layer child : layer.children()) {
                sb.append(indent).append("    ");
                code(child, prefix, indent + "    ", sb);
                sb.append(",\n");
            }
            sb.append(indent).append(')');
            return;
        }
        sb.append(prefix).append(call(layer, prefix));
    }

    private static String print(Layer layer) {
        return call(layer, "");
    }

    private static String call(Layer layer, String prefix) {
        StringBuilder sb = new StringBuilder(layer.name()).append('(');
        List<String> parts = new ArrayList<>();
        if (layer.type() == null) {
            for (Layer child : layer.children()) {
                parts.add(prefix.isEmpty() ? print(child) : prefix + call(child, prefix));
            }
        } else {
            for (LayerArg a : layer.type().args()) {
                Object v = layer.args().values().get(a.name());
                if (a.required() && !a.keywordInSpec()) {
                    parts.add(a.literal(v));
                } else if (a.required() || !java.util.Objects.equals(v, a.defaultValue())) {
                    parts.add(a.name() + "=" + a.literal(v));
                }
            }
        }
        return sb.append(String.join(", ", parts)).append(')').toString();
    }

    private static List<Layer> flatten(Layer l, List<Layer> out) {
        out.add(l);
        for (Layer c : l.children()) {
            flatten(c, out);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkSpec other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
