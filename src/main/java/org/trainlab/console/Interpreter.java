package org.trainlab.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.spec.python.Expr;
import org.trainlab.spec.python.Statement;
import org.trainlab.tensor.NoGrad;
import org.trainlab.tensor.Tensor;

/**
 * Runs a script's statements ({@link org.trainlab.spec.python.FileParser#parseScript}) with Python's
 * semantics for the console's subset. Names live in one global scope; a {@code def} gets its own locals.
 * Imports bind only torch, numpy, torch.nn, torch.nn.functional and torch.autograd.Variable: nothing reaches
 * files, the network or the machine. The thread's interrupt flag stops a script between steps.
 */
final class Interpreter {
    private final Map<String, Object> globals = new HashMap<>();
    /** The source text of each top-level statement of the run (for class definitions and imports). */
    private Map<Statement, String> texts = Map.of();
    /** The imports and classes run so far, as source: what a class's network file starts with. */
    private final StringBuilder definitions = new StringBuilder();
    private final Output out;
    private final Torch torch;

    /** Where the output goes; it refuses to grow without bound. */
    interface Output {
        void print(String text);
    }

    private static final class Break extends RuntimeException {
        Break() {
            super(null, null, false, false);
        }
    }

    private static final class Continue extends RuntimeException {
        Continue() {
            super(null, null, false, false);
        }
    }

    private static final class Return extends RuntimeException {
        final Object value;

        Return(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    /** Thrown between steps once the thread was interrupted (the console's time limit or its Stop). */
    static final class Interrupted extends RuntimeException {
        Interrupted() {
            super("interrupted", null, false, false);
        }
    }

    Interpreter(Output out) {
        this.out = out;
        this.torch = new Torch();
        Builtins.install(globals, out);
    }

    static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Interrupted();
        }
    }

    void run(List<Statement> program) {
        block(program, null);
    }

    void setTexts(Map<Statement, String> texts) {
        this.texts = texts;
    }

    private void block(List<Statement> body, Map<String, Object> locals) {
        for (Statement s : body) {
            checkInterrupted();
            try {
                statement(s, locals);
            } catch (PyError e) {
                throw e.at(s.position());
            }
        }
    }

    private void statement(Statement s, Map<String, Object> locals) {
        switch (s) {
            case Statement.ExprStatement e -> eval(e.value(), locals);
            case Statement.Assign a -> assign(a.target(), eval(a.value(), locals), locals);
            case Statement.AugAssign a -> {
                Object current = eval(a.target(), locals);
                Object value = eval(a.value(), locals);
                Object result;
                if (current instanceof PyList l && a.op().equals("+")) {
                    l.items.addAll(Values.list(value));
                    result = l;
                } else if (current instanceof Tensor t && value != null) {
                    result = Operators.inPlace(t, a.op(), value);
                } else if (current instanceof Parameter p && value != null) {
                    Operators.inPlace(p.tensor(), a.op(), value);
                    result = p;
                } else {
                    result = Operators.binary(current, a.op(), value);
                }
                assign(a.target(), result, locals);
            }
            case Statement.Import i -> {
                definitions.append(texts.getOrDefault(s, "")).append('\n');
                for (Statement.Alias alias : i.names()) {
                    Object module = torch.module(alias.name(), alias.position());
                    if (alias.asName() != null) {
                        bind(alias.asName(), module, locals);
                    } else {
                        String top = alias.name().contains(".") ? alias.name().substring(0, alias.name().indexOf('.'))
                                : alias.name();
                        bind(top, torch.module(top, alias.position()), locals);
                    }
                }
            }
            case Statement.ImportFrom f -> {
                definitions.append(texts.getOrDefault(s, "")).append('\n');
                for (Statement.Alias alias : f.names()) {
                    Object value = torch.fromImport(f.module(), alias.name(), alias.position());
                    bind(alias.asName() != null ? alias.asName() : alias.name(), value, locals);
                }
            }
            case Statement.For f -> {
                Iterator<Object> it = Values.iterate(eval(f.iter(), locals));
                while (it.hasNext()) {
                    checkInterrupted();
                    assign(f.target(), it.next(), locals);
                    try {
                        block(f.body(), locals);
                    } catch (Break b) {
                        break;
                    } catch (Continue c) {
                        // next item
                    }
                }
            }
            case Statement.While w -> {
                while (Values.truthy(eval(w.test(), locals))) {
                    checkInterrupted();
                    try {
                        block(w.body(), locals);
                    } catch (Break b) {
                        break;
                    } catch (Continue c) {
                        // next round
                    }
                }
            }
            case Statement.If i -> block(Values.truthy(eval(i.test(), locals)) ? i.body() : i.orElse(), locals);
            case Statement.With w -> {
                Object context = eval(w.context(), locals);
                if (!(context instanceof GradContext g)) {
                    throw PyError.unsupported("'with' other than torch.no_grad() and torch.enable_grad()",
                            w.position());
                }
                if (w.target() != null) {
                    assign(w.target(), null, locals);
                }
                try (NoGrad mode = g.enabled() ? NoGrad.enableGrad() : NoGrad.enter()) {
                    block(w.body(), locals);
                }
            }
            case Statement.Break b -> throw new Break();
            case Statement.Continue c -> throw new Continue();
            case Statement.Pass p -> {
            }
            case Statement.Return r -> {
                if (locals == null) {
                    throw new PyError("SyntaxError", "'return' outside function");
                }
                throw new Return(r.value() == null ? null : eval(r.value(), locals));
            }
            case Statement.FunctionDef f -> {
                List<Object> defaults = new ArrayList<>();
                for (Statement.Param p : f.params()) {
                    defaults.add(p.defaultValue() == null ? Function.NO_DEFAULT : eval(p.defaultValue(), locals));
                }
                bind(f.name(), new Function(f, defaults), locals);
            }
            case Statement.ClassDef c -> {
                if (locals != null || !texts.containsKey(c)) {
                    throw PyError.unsupported("a class defined inside a function or a block", c.position());
                }
                definitions.append(texts.get(c)).append('\n');
                bind(c.name(), new NetworkClass(c.name(), definitions.toString(), torch), locals);
            }
            default -> throw PyError.unsupported("this statement", s.position());
        }
    }

    /** A function the script defined with def. */
    private final class Function implements Callable {
        static final Object NO_DEFAULT = new Object();
        final Statement.FunctionDef def;
        final List<Object> defaults;

        Function(Statement.FunctionDef def, List<Object> defaults) {
            this.def = def;
            this.defaults = defaults;
        }

        @Override
        public Object call(Args args) {
            Map<String, Object> locals = new HashMap<>();
            List<Statement.Param> params = def.params();
            if (args.size() > params.size()) {
                throw PyError.type(def.name() + "() takes " + params.size() + " positional argument"
                        + (params.size() == 1 ? "" : "s") + " but " + args.size() + " were given");
            }
            for (String k : args.keywords().keySet()) {
                if (params.stream().noneMatch(p -> p.name().equals(k))) {
                    throw PyError.type(def.name() + "() got an unexpected keyword argument '" + k + "'");
                }
            }
            for (int i = 0; i < params.size(); i++) {
                String name = params.get(i).name();
                if (args.has(i, name)) {
                    locals.put(name, args.get(i, name));
                } else if (defaults.get(i) != NO_DEFAULT) {
                    locals.put(name, defaults.get(i));
                } else {
                    throw PyError.type(def.name() + "() missing 1 required positional argument: '" + name + "'");
                }
            }
            if (depth.get() > 200) {
                throw new PyError("RecursionError", "maximum recursion depth exceeded");
            }
            depth.set(depth.get() + 1);
            try {
                block(def.body(), locals);
                return null;
            } catch (Return r) {
                return r.value;
            } finally {
                depth.set(depth.get() - 1);
            }
        }
    }

    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    private void bind(String name, Object value, Map<String, Object> locals) {
        (locals != null ? locals : globals).put(name, value);
    }

    private void assign(Expr target, Object value, Map<String, Object> locals) {
        switch (target) {
            case Expr.Name n -> bind(n.id(), value, locals);
            case Expr.Sequence s -> {
                List<Object> items = Values.list(value);
                if (items.size() != s.items().size()) {
                    throw PyError.value(items.size() > s.items().size()
                            ? "too many values to unpack (expected " + s.items().size() + ")"
                            : "not enough values to unpack (expected " + s.items().size() + ", got " + items.size()
                                    + ")");
                }
                for (int i = 0; i < items.size(); i++) {
                    assign(s.items().get(i), items.get(i), locals);
                }
            }
            case Expr.Subscript s -> Indexing.set(eval(s.value(), locals), index(s.index(), locals), value);
            case Expr.Attribute a -> Attributes.set(eval(a.value(), locals), a.attr(), value, a.position());
            default -> throw PyError.unsupported("assigning to this expression", target.position());
        }
    }

    Object eval(Expr e, Map<String, Object> locals) {
        try {
            return evaluate(e, locals);
        } catch (PyError err) {
            throw err.at(e.position());
        }
    }

    private Object evaluate(Expr e, Map<String, Object> locals) {
        switch (e) {
            case Expr.IntLiteral i -> {
                if (i.value().bitLength() > 63) {
                    throw PyError.unsupported("an int beyond 64 bits", e.position());
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
                if (locals != null && locals.containsKey(n.id())) {
                    return locals.get(n.id());
                }
                if (globals.containsKey(n.id())) {
                    return globals.get(n.id());
                }
                throw new PyError("NameError", "name '" + n.id() + "' is not defined");
            }
            case Expr.Attribute a -> {
                return Attributes.get(eval(a.value(), locals), a.attr(), torch, a.position());
            }
            case Expr.Call c -> {
                Object f = eval(c.func(), locals);
                List<Object> args = new ArrayList<>();
                for (Expr arg : c.args()) {
                    args.add(eval(arg, locals));
                }
                Map<String, Object> keywords = new LinkedHashMap<>();
                for (Expr.Keyword k : c.keywords()) {
                    keywords.put(k.name(), eval(k.value(), locals));
                }
                if (f instanceof org.trainlab.nn.Module m) {
                    return Attributes.call(m, new Args("forward", args, keywords));
                }
                if (!(f instanceof Callable callable)) {
                    throw PyError.type("'" + Values.typeName(f) + "' object is not callable");
                }
                String name = c.func() instanceof Expr.Attribute a ? a.attr() : Expr.dottedName(c.func());
                return callable.call(new Args(name == null ? "function" : name, args, keywords));
            }
            case Expr.Unary u -> {
                return Operators.unary(u.op(), eval(u.operand(), locals));
            }
            case Expr.BinOp b -> {
                return Operators.binary(eval(b.left(), locals), String.valueOf(b.op()), eval(b.right(), locals));
            }
            case Expr.Power p -> {
                return Operators.binary(eval(p.base(), locals), "**", eval(p.exponent(), locals));
            }
            case Expr.FloorDiv f -> {
                return Operators.binary(eval(f.left(), locals), "//", eval(f.right(), locals));
            }
            case Expr.Not n -> {
                return !Values.truthy(eval(n.operand(), locals));
            }
            case Expr.BoolOp b -> {
                Object v = null;
                for (Expr x : b.values()) {
                    v = eval(x, locals);
                    if (b.op().equals("and") != Values.truthy(v)) {
                        return v;
                    }
                }
                return v;
            }
            case Expr.Compare c -> {
                Object left = eval(c.left(), locals);
                Object result = true;
                for (int i = 0; i < c.ops().size(); i++) {
                    Object right = eval(c.comparators().get(i), locals);
                    result = Operators.compare(left, c.ops().get(i), right);
                    if (!Values.truthy(result)) {
                        return result;
                    }
                    left = right;
                }
                return result;
            }
            case Expr.IfExp i -> {
                return eval(Values.truthy(eval(i.test(), locals)) ? i.body() : i.orElse(), locals);
            }
            case Expr.Sequence s -> {
                List<Object> items = new ArrayList<>();
                for (Expr x : s.items()) {
                    items.add(eval(x, locals));
                }
                return s.list() ? new PyList(items) : new PyTuple(items);
            }
            case Expr.Dict d -> {
                Map<Object, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < d.keys().size(); i++) {
                    Object k = eval(d.keys().get(i), locals);
                    if (!(k instanceof String || k instanceof Long || k instanceof Boolean || k == null)) {
                        throw PyError.unsupported("dict keys other than str, int, bool and None",
                                d.keys().get(i).position());
                    }
                    m.put(k, eval(d.values().get(i), locals));
                }
                return m;
            }
            case Expr.Subscript s -> {
                return Indexing.get(eval(s.value(), locals), index(s.index(), locals));
            }
            case Expr.Slice s -> throw PyError.unsupported("a slice outside brackets", s.position());
            case Expr.JoinedStr j -> {
                StringBuilder b = new StringBuilder();
                for (Expr part : j.values()) {
                    b.append(Values.str(eval(part, locals)));
                }
                return b.toString();
            }
            case Expr.FormattedValue f -> {
                return Formatting.format(eval(f.value(), locals), f.conversion(), f.spec());
            }
            case Expr.Comprehension c -> {
                List<Object> items = new ArrayList<>();
                Map<String, Object> scope = new HashMap<>();
                if (locals != null) {
                    scope.putAll(locals);
                }
                comprehend(c, 0, scope, locals, items);
                return c.list() ? new PyList(items) : new PyIterator(items);
            }
        }
    }

    /**
     * The comprehension's clause {@code k} onward; its variables live in their own scope as in Python 3
     * (copied from the enclosing one so the element can read outer names).
     */
    private void comprehend(Expr.Comprehension c, int k, Map<String, Object> scope, Map<String, Object> outer,
            List<Object> items) {
        if (k == c.clauses().size()) {
            items.add(eval(c.element(), scope));
            return;
        }
        Expr.ForClause clause = c.clauses().get(k);
        Iterator<Object> it = Values.iterate(eval(clause.iter(), scope));
        while (it.hasNext()) {
            checkInterrupted();
            assign(clause.target(), it.next(), scope);
            boolean keep = true;
            for (Expr condition : clause.conditions()) {
                if (!Values.truthy(eval(condition, scope))) {
                    keep = false;
                    break;
                }
            }
            if (keep) {
                comprehend(c, k + 1, scope, outer, items);
            }
        }
    }

    /** An index expression's value: slices become {@link PySlice}, tuples keep their items. */
    private Object index(Expr e, Map<String, Object> locals) {
        if (e instanceof Expr.Slice s) {
            return new PySlice(optionalLong(s.lower(), locals), optionalLong(s.upper(), locals),
                    optionalLong(s.step(), locals));
        }
        if (e instanceof Expr.Sequence s && !s.list()) {
            List<Object> items = new ArrayList<>();
            for (Expr x : s.items()) {
                items.add(index(x, locals));
            }
            return new PyTuple(items);
        }
        return eval(e, locals);
    }

    private Long optionalLong(Expr e, Map<String, Object> locals) {
        if (e == null) {
            return null;
        }
        Object v = eval(e, locals);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Long) && !(v instanceof Boolean)) {
            throw PyError.type("slice indices must be integers or None or have an __index__ method");
        }
        return Values.toLong(v, "slice");
    }
}
