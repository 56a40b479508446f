package org.trainlab.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.nn.Module;
import org.trainlab.spec.python.Expr;
import org.trainlab.spec.python.FileParser;
import org.trainlab.spec.python.Position;
import org.trainlab.spec.python.PythonSyntaxException;
import org.trainlab.spec.python.Statement;
import org.trainlab.tensor.Generator;

/**
 * A network file: Python source with {@code class Net(nn.Module)} definitions, as a PyTorch user writes them.
 * The network is the module-level variable {@code net} if the file assigns one ({@code net = Net(1, 10, 1)} or
 * {@code net = nn.Sequential(...)}), otherwise the last class, built without arguments.
 *
 * <p>The file is read, never run: imports of torch, classes with {@code __init__} (a {@code super().__init__()}
 * call, layer and {@code nn.Sequential} attributes, plain values) and {@code forward} (see {@link Forward}) are
 * understood; anything else is refused here, before any network is built, with its line, column and what is
 * not supported. The module built ({@link ClassModule}) prints what PyTorch prints for the class and its
 * state_dict keys are the class's attribute names ({@code hidden.weight}).
 */
public final class NetworkFile {
    /** The variable that names the network in a file. */
    public static final String NETWORK_VARIABLE = "net";
    private static final int MAX_NESTING = 16;
    /** Far more modules than any network has; classes that build each other many times cannot multiply past it. */
    private static final int MAX_INSTANCES = 10_000;

    /** One built attribute of an instance, in assignment order. */
    sealed interface Attr {
        String name();
    }

    record LayerAttr(String name, NetworkSpec spec) implements Attr {
    }

    record ChildAttr(String name, Instance instance) implements Attr {
    }

    record ConstAttr(String name, Object value) implements Attr {
    }

    /** A class with its constructor arguments bound and {@code __init__} read: what to build, and its forward. */
    record Instance(String className, String call, List<Attr> attrs, Forward forward) {
        Attr attr(String name) {
            for (Attr a : attrs) {
                if (a.name().equals(name)) {
                    return a;
                }
            }
            return null;
        }
    }

    private final String source;
    private final Instance instance;
    private final NetworkSpec spec;
    private String definitions;

    private NetworkFile(String source, Instance instance, NetworkSpec spec) {
        this.source = source;
        this.instance = instance;
        this.spec = spec;
    }

    /** Reads and checks a network file; the exception has the line, column and reason. */
    public static NetworkFile parse(String source) throws NetworkSpecException {
        if (source.length() > NetworkSpec.MAX_LENGTH) {
            throw new NetworkSpecException(null, true, "the file has " + source.length() + " characters, more than "
                    + "the " + NetworkSpec.MAX_LENGTH + " TrainLab reads");
        }
        List<Statement> statements;
        try {
            statements = FileParser.parse(source);
        } catch (PythonSyntaxException e) {
            throw new NetworkSpecException(e.position(), true, e.reason());
        }
        return new Reader().read(source, statements);
    }

    /** Builds the network; layer weights and dropout draw from {@code generator}. */
    public Module build(Generator generator) {
        return instance != null ? new ClassModule(instance, generator) : spec.build(generator);
    }

    public String source() {
        return source;
    }

    /**
     * The source with the lines that build or print networks at the top ({@code net = Net(...)},
     * {@code print(net)}) commented out: the file's imports, constants and classes, to put into a script that
     * builds the network itself.
     */
    public String definitions() {
        return definitions;
    }

    /** Comments out the lines of the given top-level statements (each runs to the next statement's line). */
    private NetworkFile withDefinitions(List<Statement> statements, List<Statement> dropped) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        boolean[] comment = new boolean[lines.length + 1];
        for (int i = 0; i < statements.size(); i++) {
            if (dropped.contains(statements.get(i))) {
                int from = statements.get(i).position().line();
                int to = i + 1 < statements.size() ? statements.get(i + 1).position().line() - 1 : lines.length;
                for (int l = from; l <= to; l++) {
                    comment[l] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int l = 1; l <= lines.length; l++) {
            String line = lines[l - 1];
            out.append(comment[l] && !line.isBlank() ? "# " + line : line).append(l < lines.length ? "\n" : "");
        }
        definitions = out.toString();
        return this;
    }

    /** The network's class name ({@code Net}), or null when the file's {@code net} is a Sequential or a layer. */
    public String className() {
        return instance == null ? null : instance.className();
    }

    /** The spec when the network is a Sequential or one layer, else null. */
    public NetworkSpec spec() {
        return spec;
    }

    /** How the network is built, for messages: {@code Net(n_feature=1, n_hidden=10, n_output=1)} or the spec. */
    public String description() {
        return instance != null ? instance.call() : spec.text();
    }

    /** The state_dict keys and shapes, in PyTorch's order, without building the network. */
    public LinkedHashMap<String, int[]> stateShapes() {
        if (spec != null) {
            return spec.stateShapes();
        }
        LinkedHashMap<String, int[]> out = new LinkedHashMap<>();
        addShapes(instance, "", out);
        return out;
    }

    private static void addShapes(Instance instance, String prefix, LinkedHashMap<String, int[]> out) {
        for (Attr a : instance.attrs()) {
            if (a instanceof LayerAttr l) {
                l.spec().stateShapes().forEach((k, v) -> out.put(prefix + a.name() + "." + k, v));
            } else if (a instanceof ChildAttr c) {
                addShapes(c.instance(), prefix + a.name() + ".", out);
            }
        }
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

    @Override
    public String toString() {
        return description();
    }

    // ---------------------------------------------------------------- reading

    /** Reads the module level: imports, classes, constants and the network. */
    private static final class Reader {
        final Names names = new Names();
        final Map<String, Statement.ClassDef> classes = new LinkedHashMap<>();
        final Map<String, Object> constants = new HashMap<>();
        int nesting;
        int instances;
        long stateValues;

        NetworkSpecException error(Position at, String reason) {
            return new NetworkSpecException(at, true, reason);
        }

        NetworkFile read(String source, List<Statement> statements) throws NetworkSpecException {
            List<Statement> builds = new ArrayList<>();
            return readNetwork(source, statements, builds).withDefinitions(statements, builds);
        }

        private NetworkFile readNetwork(String source, List<Statement> statements, List<Statement> builds)
                throws NetworkSpecException {
            Statement.Assign network = null;
            Statement.ClassDef last = null;
            for (Statement s : statements) {
                switch (s) {
                    case Statement.Import i -> names.importModules(i);
                    case Statement.ImportFrom f -> names.importFrom(f);
                    case Statement.ClassDef c -> {
                        checkClass(c);
                        classes.put(c.name(), c);
                        last = c;
                    }
                    case Statement.Assign a -> {
                        if (!(a.target() instanceof Expr.Name target)) {
                            throw error(a.position(), "only names can be assigned at the top of a network file");
                        }
                        if (isConstruction(a.value())) {
                            builds.add(a);
                            if (target.id().equals(NETWORK_VARIABLE)) {
                                network = a;
                            }
                            // other networks of the file (net1, net2 ...) are read only when they are the net
                        } else {
                            constants.put(target.id(), constant(a.value(), constants, null));
                        }
                    }
                    case Statement.ExprStatement e -> {
                        if (isPrint(e.value())) {
                            builds.add(e);
                        } else if (!(e.value() instanceof Expr.StringLiteral)) {
                            throw error(e.position(), "this statement is not supported at the top of a network file "
                                    + "(only imports, classes, assignments and print(...) are; the file is read, "
                                    + "never run)");
                        }
                    }
                    case Statement.Pass p -> {
                    }
                    case Statement.FunctionDef f -> throw error(f.position(), "functions outside a class are not "
                            + "supported in a network file");
                    case Statement.Return r -> throw error(r.position(), "'return' outside function");
                    default -> throw error(s.position(), "this statement is not supported at the top of a network "
                            + "file (the file is read, never run)");
                }
            }
            if (network != null) {
                Expr.Call call = (Expr.Call) network.value();
                String name = Expr.dottedName(call.func());
                if (name != null && classes.containsKey(name)) {
                    return new NetworkFile(source, instantiate(classes.get(name), call, constants), null);
                }
                return new NetworkFile(source, null, layerSpec(call, constants));
            }
            if (last == null) {
                throw error(new Position(1, 1), "the file defines no class Net(nn.Module) and assigns no net = ...");
            }
            return new NetworkFile(source, instantiate(last, new Expr.Call(new Expr.Name(last.name(),
                    last.position()), List.of(), List.of(), last.position()), constants), null);
        }

        private boolean isPrint(Expr e) {
            return e instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("print");
        }

        /** A call of a class of the file or of a torch.nn layer. */
        private boolean isConstruction(Expr e) throws NetworkSpecException {
            if (!(e instanceof Expr.Call c)) {
                return false;
            }
            String name = Expr.dottedName(c.func());
            return name != null && (classes.containsKey(name) || names.layerName(c.func()) != null);
        }

        private void checkClass(Statement.ClassDef c) throws NetworkSpecException {
            if (classes.containsKey(c.name())) {
                throw error(c.position(), "class " + c.name() + " is defined twice");
            }
            if (c.bases().size() != 1 || !"torch.nn.Module".equals(names.resolve(c.bases().get(0)))) {
                Position at = c.bases().isEmpty() ? c.position() : c.bases().get(0).position();
                throw error(at, "class " + c.name() + " must derive from nn.Module (class " + c.name()
                        + "(nn.Module):), the only base a network file supports");
            }
            boolean init = false;
            boolean forward = false;
            for (Statement s : c.body()) {
                if (s instanceof Statement.FunctionDef f && f.name().equals("__init__") && !init) {
                    init = true;
                } else if (s instanceof Statement.FunctionDef f && f.name().equals("forward") && !forward) {
                    forward = true;
                } else if (s instanceof Statement.FunctionDef f) {
                    throw error(f.position(), "method " + f.name() + " is not supported: a network class has "
                            + "__init__ and forward, each once");
                } else if (!(s instanceof Statement.Pass) && !(s instanceof Statement.ExprStatement e
                        && e.value() instanceof Expr.StringLiteral)) {
                    throw error(s.position(), "only def __init__ and def forward are supported in the body of "
                            + "class " + c.name());
                }
            }
            if (!forward) {
                throw error(c.position(), "class " + c.name() + " has no forward method");
            }
        }

        private Statement.FunctionDef method(Statement.ClassDef c, String name) {
            for (Statement s : c.body()) {
                if (s instanceof Statement.FunctionDef f && f.name().equals(name)) {
                    return f;
                }
            }
            return null;
        }

        // ------------------------------------------------------------ __init__

        Instance instantiate(Statement.ClassDef c, Expr.Call call, Map<String, Object> scope)
                throws NetworkSpecException {
            if (++instances > MAX_INSTANCES) {
                throw error(call.position(), "the network would have more than " + MAX_INSTANCES + " class instances");
            }
            if (++nesting > MAX_NESTING) {
                throw error(call.position(), "classes nest deeper than " + MAX_NESTING + " levels (does " + c.name()
                        + " build itself?)");
            }
            try {
                Statement.FunctionDef init = method(c, "__init__");
                List<Statement.Param> params = init == null ? List.of() : init.params();
                if (init != null && (params.isEmpty() || !params.get(0).name().equals("self"))) {
                    throw error(init.position(), "__init__ must take self first");
                }
                Map<String, Object> locals = bind(c.name(), params.isEmpty() ? params : params.subList(1,
                        params.size()), call, scope);
                StringBuilder text = new StringBuilder(c.name()).append('(');
                boolean firstArg = true;
                for (Map.Entry<String, Object> e : locals.entrySet()) {
                    text.append(firstArg ? "" : ", ").append(e.getKey()).append('=').append(PyValue.repr(e.getValue()));
                    firstArg = false;
                }
                text.append(')');
                List<Attr> attrs = new ArrayList<>();
                if (init != null) {
                    runInit(c, init, locals, attrs);
                }
                Statement.FunctionDef forward = method(c, "forward");
                return new Instance(c.name(), text.toString(), List.copyOf(attrs),
                        Forward.compile(c.name(), forward, attrs, names, constants));
            } finally {
                nesting--;
            }
        }

        /** Python's argument binding of a call to the parameters (without self); values are the call's constants. */
        private Map<String, Object> bind(String fn, List<Statement.Param> params, Expr.Call call,
                Map<String, Object> scope) throws NetworkSpecException {
            Map<String, Object> values = new LinkedHashMap<>();
            if (call.args().size() > params.size()) {
                throw error(call.args().get(params.size()).position(), fn + ".__init__() takes " + (params.size() + 1)
                        + " positional argument" + (params.isEmpty() ? "" : "s") + " but " + (call.args().size() + 1)
                        + " were given");
            }
            Map<String, Object> given = new HashMap<>();
            for (int i = 0; i < call.args().size(); i++) {
                given.put(params.get(i).name(), constant(call.args().get(i), scope, null));
            }
            for (Expr.Keyword k : call.keywords()) {
                if (params.stream().noneMatch(p -> p.name().equals(k.name()))) {
                    throw error(k.position(), fn + ".__init__() got an unexpected keyword argument '" + k.name() + "'");
                }
                if (given.containsKey(k.name())) {
                    throw error(k.position(), fn + ".__init__() got multiple values for argument '" + k.name() + "'");
                }
                given.put(k.name(), constant(k.value(), scope, null));
            }
            List<String> missing = new ArrayList<>();
            for (Statement.Param p : params) {
                if (given.containsKey(p.name())) {
                    values.put(p.name(), given.get(p.name()));
                } else if (p.defaultValue() != null) {
                    values.put(p.name(), constant(p.defaultValue(), constants, null));
                } else {
                    missing.add("'" + p.name() + "'");
                }
            }
            if (!missing.isEmpty()) {
                throw error(call.position(), fn + ".__init__() missing " + missing.size() + " required positional "
                        + "argument" + (missing.size() == 1 ? "" : "s") + ": " + String.join(", ", missing)
                        + (call.args().isEmpty() && call.keywords().isEmpty() ? " (build it in the file: net = " + fn
                                + "(...))" : ""));
            }
            return values;
        }

        private void runInit(Statement.ClassDef c, Statement.FunctionDef init, Map<String, Object> params,
                List<Attr> attrs) throws NetworkSpecException {
            Map<String, Object> locals = new HashMap<>(constants);
            locals.putAll(params);
            boolean initialised = false;
            for (Statement s : init.body()) {
                switch (s) {
                    case Statement.ExprStatement e -> {
                        if (e.value() instanceof Expr.StringLiteral) {
                            continue;
                        }
                        if (!isSuperInit(e.value(), c.name())) {
                            throw error(e.position(), "in __init__, only super().__init__() and assignments are "
                                    + "supported");
                        }
                        if (initialised) {
                            throw error(e.position(), "super().__init__() is called twice");
                        }
                        initialised = true;
                    }
                    case Statement.Assign a -> {
                        if (a.target() instanceof Expr.Name n) {
                            locals.put(n.id(), constant(a.value(), locals, null));
                            continue;
                        }
                        Expr.Attribute target = (Expr.Attribute) a.target();
                        if (!(target.value() instanceof Expr.Name self) || !self.id().equals("self")) {
                            throw error(a.position(), "only self.name = ... can be assigned in __init__");
                        }
                        String name = target.attr();
                        if (!initialised) {
                            throw error(a.position(), "cannot assign self." + name + " before Module.__init__() call "
                                    + "(call super().__init__() first)");
                        }
                        if (name.equals("training") || name.equals("forward")) {
                            throw error(a.position(), "self." + name + " cannot be assigned in a network file");
                        }
                        for (Attr old : attrs) {
                            if (old.name().equals(name)) {
                                throw error(a.position(), "self." + name + " is assigned twice; give each layer "
                                        + "its own name");
                            }
                        }
                        attrs.add(attribute(name, a.value(), locals, attrs));
                    }
                    case Statement.Pass p -> {
                    }
                    default -> throw error(s.position(), "in __init__, only super().__init__() and assignments are "
                            + "supported");
                }
            }
            if (!initialised) {
                throw error(init.position(), c.name() + ".__init__ must call super().__init__() (or super(" + c.name()
                        + ", self).__init__())");
            }
        }

        private boolean isSuperInit(Expr e, String className) {
            if (!(e instanceof Expr.Call call) || !call.args().isEmpty() || !call.keywords().isEmpty()
                    || !(call.func() instanceof Expr.Attribute a) || !a.attr().equals("__init__")
                    || !(a.value() instanceof Expr.Call sup) || !(sup.func() instanceof Expr.Name s)
                    || !s.id().equals("super") || !sup.keywords().isEmpty()) {
                return false;
            }
            return sup.args().isEmpty() || sup.args().size() == 2 && sup.args().get(0) instanceof Expr.Name cls
                    && cls.id().equals(className) && sup.args().get(1) instanceof Expr.Name self
                    && self.id().equals("self");
        }

        private Attr attribute(String name, Expr value, Map<String, Object> locals, List<Attr> attrs)
                throws NetworkSpecException {
            if (value instanceof Expr.Call call) {
                String dotted = Expr.dottedName(call.func());
                if (dotted != null && classes.containsKey(dotted)) {
                    return new ChildAttr(name, instantiate(classes.get(dotted), call, locals));
                }
                if (names.layerName(call.func()) != null) {
                    return new LayerAttr(name, layerSpec(call, locals));
                }
            }
            return new ConstAttr(name, constant(value, locals, attrs));
        }

        /** The spec of a torch.nn layer call, its names resolved to the values in {@code scope}. */
        NetworkSpec layerSpec(Expr.Call call, Map<String, Object> scope) throws NetworkSpecException {
            NetworkSpec spec = NetworkSpec.fromExpression(resolveLayer(call, scope), true);
            stateValues += spec.stateSize();
            long heapFloats = Runtime.getRuntime().maxMemory() / Float.BYTES;
            if (stateValues > heapFloats) {
                throw error(call.position(), "the network's layers hold more than " + stateValues + " values, more "
                        + "than this JVM's memory holds (" + heapFloats + " floats; see -Xmx)");
            }
            return spec;
        }

        private Expr resolveLayer(Expr e, Map<String, Object> scope) throws NetworkSpecException {
            if (!(e instanceof Expr.Call call)) {
                return e;
            }
            String layer = names.layerName(call.func());
            if (layer == null) {
                String dotted = Expr.dottedName(call.func());
                if (dotted != null && classes.containsKey(dotted)) {
                    throw error(call.position(), "a class of the file (" + dotted + ") cannot be a layer of "
                            + "nn.Sequential here; assign it to an attribute of its own");
                }
                throw error(call.position(), "expected a torch.nn layer such as nn.Linear(1, 10)"
                        + (dotted == null ? "" : ", found " + dotted + "(...)"));
            }
            List<Expr> args = new ArrayList<>();
            for (Expr a : call.args()) {
                args.add(a instanceof Expr.Call ? resolveLayer(a, scope) : valueExpr(a, scope));
            }
            List<Expr.Keyword> keywords = new ArrayList<>();
            for (Expr.Keyword k : call.keywords()) {
                keywords.add(new Expr.Keyword(k.name(), valueExpr(k.value(), scope), k.position()));
            }
            return new Expr.Call(new Expr.Name(layer, call.func().position()), args, keywords, call.position());
        }

        /** An argument of a layer as a literal of its value. */
        private Expr valueExpr(Expr e, Map<String, Object> scope) throws NetworkSpecException {
            Object v = constant(e, scope, null);
            Expr literal = PyValue.literal(v, e.position());
            if (literal == null) {
                throw error(e.position(), "expected a plain value here, found " + PyValue.typeName(v));
            }
            return literal;
        }

        /** The value of an expression that must be a constant: literals, names of values, arithmetic, tuples. */
        Object constant(Expr e, Map<String, Object> scope, List<Attr> attrs) throws NetworkSpecException {
            switch (e) {
                case Expr.IntLiteral i -> {
                    if (i.value().bitLength() > 63) {
                        throw error(e.position(), "the int " + i.value() + " is too large");
                    }
                    return i.value().longValue();
                }
                case Expr.FloatLiteral f -> {
                    return f.value();
                }
                case Expr.StringLiteral s -> {
                    return s.value();
                }
                case Expr.BoolLiteral b -> {
                    return b.value();
                }
                case Expr.NoneLiteral n -> {
                    return null;
                }
                case Expr.Name n -> {
                    if (scope.containsKey(n.id())) {
                        return scope.get(n.id());
                    }
                    throw error(e.position(), "name '" + n.id() + "' is not defined");
                }
                case Expr.Attribute a -> {
                    if (attrs != null && a.value() instanceof Expr.Name self && self.id().equals("self")) {
                        for (Attr at : attrs) {
                            if (at.name().equals(a.attr()) && at instanceof ConstAttr c) {
                                return c.value();
                            }
                        }
                    }
                    throw error(e.position(), "expected a value here, found " + describe(e));
                }
                case Expr.Unary u -> {
                    Object v = constant(u.operand(), scope, attrs);
                    if (v instanceof Long l) {
                        return u.op() == '-' ? Math.negateExact(l) : l;
                    }
                    if (v instanceof Double d) {
                        return u.op() == '-' ? -d : d;
                    }
                    throw error(e.position(), "bad operand type for unary " + u.op() + ": '" + PyValue.typeName(v)
                            + "'");
                }
                case Expr.BinOp b -> {
                    Object left = constant(b.left(), scope, attrs);
                    Object right = constant(b.right(), scope, attrs);
                    Object v;
                    try {
                        v = PyValue.arithmetic(left, b.op(), right);
                    } catch (ArithmeticException ex) {
                        throw error(b.position(), ex.getMessage());
                    }
                    if (v == null) {
                        throw error(b.position(), "unsupported operand type(s) for " + b.op() + ": '"
                                + PyValue.typeName(left) + "' and '" + PyValue.typeName(right) + "'");
                    }
                    return v;
                }
                case Expr.Sequence s -> {
                    List<Object> items = new ArrayList<>();
                    for (Expr item : s.items()) {
                        items.add(constant(item, scope, attrs));
                    }
                    return items;
                }
                case Expr.Call c -> throw error(e.position(), "expected a value here, found " + describe(e)
                        + " (only torch.nn layers and the file's classes can be built)");
                default -> throw error(e.position(), "expected a value here, found an expression a network file "
                        + "does not compute");
            }
        }

        private String describe(Expr e) {
            String name = e instanceof Expr.Call c ? Expr.dottedName(c.func()) : Expr.dottedName(e);
            if (name == null) {
                return "an expression";
            }
            return e instanceof Expr.Call ? "a call of " + name : name;
        }
    }

    /** What the file's imports bind: each name to the torch module or object it stands for. */
    static final class Names {
        private final Map<String, String> bound = new HashMap<>();

        void importModules(Statement.Import i) throws NetworkSpecException {
            for (Statement.Alias a : i.names()) {
                checkTorch(a.name(), a.position());
                if (a.asName() != null) {
                    bound.put(a.asName(), a.name());
                } else {
                    String first = a.name().split("\\.")[0];
                    bound.put(first, first);
                }
            }
        }

        void importFrom(Statement.ImportFrom f) throws NetworkSpecException {
            checkTorch(f.module(), f.position());
            for (Statement.Alias a : f.names()) {
                String full = f.module() + "." + a.name();
                boolean known = full.equals("torch.nn") || full.equals("torch.nn.functional")
                        || full.startsWith("torch.nn.") && NetworkSpec.isLayerName(full.substring(9))
                        || full.startsWith("torch.nn.functional.") || full.equals("torch.nn.Module")
                        || full.startsWith("torch.") && full.indexOf('.', 6) < 0;
                if (!known) {
                    throw new NetworkSpecException(a.position(), true, "cannot import " + a.name() + " from "
                            + f.module() + " in a network file");
                }
                bound.put(a.asName() != null ? a.asName() : a.name(), full);
            }
        }

        private static void checkTorch(String module, Position at) throws NetworkSpecException {
            if (!module.equals("torch") && !module.equals("torch.nn") && !module.equals("torch.nn.functional")) {
                throw new NetworkSpecException(at, true, "only torch, torch.nn and torch.nn.functional can be "
                        + "imported in a network file (it is read, never run), not " + module);
            }
        }

        /** The full dotted name ({@code torch.nn.functional.relu}) an expression stands for, or null. */
        String resolve(Expr e) {
            String dotted = Expr.dottedName(e);
            if (dotted == null) {
                return null;
            }
            int dot = dotted.indexOf('.');
            String first = dot < 0 ? dotted : dotted.substring(0, dot);
            String target = bound.get(first);
            return target == null ? null : target + (dot < 0 ? "" : dotted.substring(dot));
        }

        /**
         * The layer name ({@code Linear}, {@code Sequential}) a torch.nn call stands for, or null; a torch.nn name
         * TrainLab has no layer for comes back too, so the spec reader names it with the layers it has.
         */
        String layerName(Expr func) {
            String full = resolve(func);
            if (full == null || !full.startsWith("torch.nn.") || full.startsWith("torch.nn.functional.")) {
                return null;
            }
            String name = full.substring("torch.nn.".length());
            return name.contains(".") ? null : name;
        }

        /** Whether the name is bound by an import. */
        boolean isBound(String name) {
            return bound.containsKey(name);
        }
    }
}
