package org.trainlab.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trainlab.nn.Module;
import org.trainlab.spec.python.Expr;
import org.trainlab.spec.python.Position;
import org.trainlab.spec.python.Statement;
import org.trainlab.tensor.Tensor;

/**
 * A class's {@code forward}, compiled once when the file is read: local variables, calls of the class's layers
 * ({@code self.hidden(x)}), {@code F.}/{@code torch.} functions and tensor methods ({@link TorchOps}),
 * arithmetic with tensors and numbers, and {@code return}. Names, attributes, functions and their arguments
 * are checked here, with their line and column; what depends on the tensors' shapes fails when the network
 * first runs, with the line and column of the call.
 */
final class Forward {
    /** One compiled expression. */
    interface Code {
        Object run(Frame f);
    }

    /** One call of forward: the module and its local variables. */
    static final class Frame {
        final ClassModule self;
        final Map<String, Object> locals = new HashMap<>();

        Frame(ClassModule self) {
            this.self = self;
        }
    }

    private record Assignment(String name, Code value) {
    }

    private final String input;
    private final List<Assignment> body;
    private final Code result;

    private Forward(String input, List<Assignment> body, Code result) {
        this.input = input;
        this.body = body;
        this.result = result;
    }

    Tensor run(ClassModule self, Tensor x) {
        Frame f = new Frame(self);
        f.locals.put(input, x);
        for (Assignment a : body) {
            f.locals.put(a.name(), a.value().run(f));
        }
        Object out = result.run(f);
        if (out instanceof Tensor t) {
            return t;
        }
        throw new IllegalArgumentException(self.name() + ".forward must return a tensor, but it returned "
                + PyValue.typeName(out));
    }

    static Forward compile(String className, Statement.FunctionDef def, List<NetworkFile.Attr> attrs,
            NetworkFile.Names names, Map<String, Object> constants) throws NetworkSpecException {
        return new Compiler(className, attrs, names, constants).compile(def);
    }

    /** A failure while the network runs, placed at the expression that failed. */
    static RuntimeException at(String className, Position p, String message) {
        return new IllegalArgumentException(className + ".forward, line " + p.line() + ", column " + p.column() + ": "
                + message);
    }

    private static final class Compiler {
        final String className;
        final List<NetworkFile.Attr> attrs;
        final NetworkFile.Names names;
        final Map<String, Object> constants;
        final Set<String> defined = new HashSet<>();

        Compiler(String className, List<NetworkFile.Attr> attrs, NetworkFile.Names names,
                Map<String, Object> constants) {
            this.className = className;
            this.attrs = attrs;
            this.names = names;
            this.constants = constants;
        }

        NetworkSpecException error(Position at, String reason) {
            return new NetworkSpecException(at, true, reason);
        }

        Forward compile(Statement.FunctionDef def) throws NetworkSpecException {
            List<Statement.Param> params = def.params();
            if (params.size() != 2 || !params.get(0).name().equals("self") || params.get(1).defaultValue() != null) {
                throw error(def.position(), "forward must take self and one input: def forward(self, x):");
            }
            String input = params.get(1).name();
            defined.add(input);
            List<Assignment> body = new ArrayList<>();
            Code result = null;
            for (Statement s : def.body()) {
                if (result != null) {
                    throw error(s.position(), "statements after return are not supported");
                }
                switch (s) {
                    case Statement.Assign a -> {
                        if (!(a.target() instanceof Expr.Name n)) {
                            throw error(a.position(), "in forward, only local variables can be assigned (x = ...)");
                        }
                        Code value = expression(a.value());
                        body.add(new Assignment(n.id(), value));
                        defined.add(n.id());
                    }
                    case Statement.Return r -> {
                        if (r.value() == null) {
                            throw error(r.position(), "forward must return a tensor: return x");
                        }
                        result = expression(r.value());
                    }
                    case Statement.ExprStatement e when e.value() instanceof Expr.StringLiteral -> {
                    }
                    case Statement.Pass p -> {
                    }
                    default -> throw error(s.position(), "in forward, only assignments to local variables and "
                            + "return are supported");
                }
            }
            if (result == null) {
                throw error(def.position(), "forward has no return statement");
            }
            return new Forward(input, List.copyOf(body), result);
        }

        Code expression(Expr e) throws NetworkSpecException {
            switch (e) {
                case Expr.IntLiteral i -> {
                    if (i.value().bitLength() > 63) {
                        throw error(e.position(), "the int " + i.value() + " is too large");
                    }
                    Object v = i.value().longValue();
                    return f -> v;
                }
                case Expr.FloatLiteral fl -> {
                    Object v = fl.value();
                    return f -> v;
                }
                case Expr.StringLiteral s -> {
                    Object v = s.value();
                    return f -> v;
                }
                case Expr.BoolLiteral b -> {
                    Object v = b.value();
                    return f -> v;
                }
                case Expr.NoneLiteral n -> {
                    return f -> null;
                }
                case Expr.Name n -> {
                    return name(n);
                }
                case Expr.Attribute a -> {
                    return attribute(a);
                }
                case Expr.Unary u -> {
                    Code operand = expression(u.operand());
                    char op = u.op();
                    return f -> unary(op, operand.run(f), u.position());
                }
                case Expr.BinOp b -> {
                    Code left = expression(b.left());
                    Code right = expression(b.right());
                    char op = b.op();
                    return f -> binary(left.run(f), op, right.run(f), b.position());
                }
                case Expr.Sequence s -> {
                    List<Code> items = new ArrayList<>();
                    for (Expr item : s.items()) {
                        items.add(expression(item));
                    }
                    return f -> {
                        List<Object> values = new ArrayList<>(items.size());
                        for (Code c : items) {
                            values.add(c.run(f));
                        }
                        return values;
                    };
                }
                case Expr.Call c -> {
                    return call(c);
                }
                default -> throw error(e.position(), "this expression is not supported in forward");
            }
        }

        private Code name(Expr.Name n) throws NetworkSpecException {
            String id = n.id();
            if (defined.contains(id)) {
                return f -> f.locals.get(id);
            }
            if (constants.containsKey(id)) {
                Object v = constants.get(id);
                return f -> v;
            }
            if (id.equals("self")) {
                throw error(n.position(), "self cannot be used as a value in forward; use its layers: self.name(x)");
            }
            if (names.isBound(id)) {
                throw error(n.position(), id + " is a module, not a value");
            }
            throw error(n.position(), "name '" + id + "' is not defined");
        }

        private Code attribute(Expr.Attribute a) throws NetworkSpecException {
            if (a.value() instanceof Expr.Name self && self.id().equals("self") && !defined.contains("self")) {
                if (a.attr().equals("training")) {
                    return f -> f.self.isTraining();
                }
                NetworkFile.Attr attr = find(a.attr());
                if (attr == null) {
                    throw error(a.position(), "'" + className + "' object has no attribute '" + a.attr() + "'");
                }
                if (attr instanceof NetworkFile.ConstAttr c) {
                    Object v = c.value();
                    return f -> v;
                }
                throw error(a.position(), "self." + a.attr() + " is a layer; call it: self." + a.attr() + "(x)");
            }
            throw error(a.position(), "attributes other than self.<name> are not supported in forward, found "
                    + (Expr.dottedName(a) == null ? "an attribute" : Expr.dottedName(a)));
        }

        private NetworkFile.Attr find(String name) {
            for (NetworkFile.Attr a : attrs) {
                if (a.name().equals(name)) {
                    return a;
                }
            }
            return null;
        }

        private Code call(Expr.Call c) throws NetworkSpecException {
            Expr func = c.func();
            if (func instanceof Expr.Attribute a && a.value() instanceof Expr.Name self && self.id().equals("self")
                    && !defined.contains("self")) {
                return layerCall(c, a.attr());
            }
            String full = names.resolve(func);
            if (full != null) {
                TorchOps.Op op = null;
                if (full.startsWith("torch.nn.functional.")) {
                    op = TorchOps.FUNCTIONAL.get(full.substring("torch.nn.functional.".length()));
                } else if (full.startsWith("torch.nn.")) {
                    throw error(c.position(), "layers cannot be created in forward; create " + full.substring(9)
                            + " in __init__ (self.name = nn." + full.substring(9) + "(...)) and call it in forward");
                } else if (full.startsWith("torch.") && full.indexOf('.', 6) < 0) {
                    op = TorchOps.TORCH.get(full.substring(6));
                }
                if (op == null) {
                    throw error(c.position(), Expr.dottedName(func) + " is not supported in a network file (TrainLab "
                            + "has " + TorchOps.supported(full) + ")");
                }
                return bind(op, Expr.dottedName(func), null, c);
            }
            if (func instanceof Expr.Attribute a) {
                TorchOps.Op op = TorchOps.METHODS.get(a.attr());
                if (op == null) {
                    throw error(a.position(), "the tensor method " + a.attr() + "() is not supported (TrainLab has "
                            + String.join(", ", TorchOps.METHODS.keySet()) + ")");
                }
                return bind(op, "Tensor." + a.attr(), expression(a.value()), c);
            }
            if (func instanceof Expr.Call inner && names.layerName(inner.func()) != null) {
                String layer = names.layerName(inner.func());
                throw error(c.position(), "layers cannot be created in forward; create " + layer + " in __init__ "
                        + "(self.name = nn." + layer + "(...)) and call it in forward");
            }
            String name = Expr.dottedName(func);
            throw error(c.position(), name == null ? "this call is not supported in forward"
                    : "calling " + name + "() is not supported in forward" + (name.equals("F") || name.equals("nn")
                            ? "" : " (did you mean F." + name + " or torch." + name + "? import them first)"));
        }

        private Code layerCall(Expr.Call c, String name) throws NetworkSpecException {
            NetworkFile.Attr attr = find(name);
            if (attr == null) {
                throw error(c.func().position(), "'" + className + "' object has no attribute '" + name + "'");
            }
            if (attr instanceof NetworkFile.ConstAttr k) {
                throw error(c.position(), "'" + PyValue.typeName(k.value()) + "' object is not callable (self." + name
                        + ")");
            }
            if (c.args().size() != 1 || !c.keywords().isEmpty()) {
                throw error(c.position(), "self." + name + "(...) takes one input, got " + (c.args().size()
                        + c.keywords().size()));
            }
            Code input = expression(c.args().get(0));
            Position at = c.position();
            return f -> {
                Object x = input.run(f);
                if (!(x instanceof Tensor t)) {
                    throw at(className, at, "self." + name + "() takes a tensor, not " + PyValue.typeName(x));
                }
                Module m = f.self.layer(name);
                try {
                    return m.forward(t);
                } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | IndexOutOfBoundsException ex) {
                    throw at(className, at, "self." + name + ": " + ex.getMessage());
                }
            };
        }

        /** Python's binding of a call to the op's parameters, checked now; {@code self} is a method's tensor. */
        private Code bind(TorchOps.Op op, String shown, Code self, Expr.Call c) throws NetworkSpecException {
            List<String> params = op.params();
            Code[] codes = new Code[params.size()];
            int first = 0;
            if (self != null) {
                codes[0] = self;
                first = 1;
            }
            if (op.varargs()) {
                List<Code> items = new ArrayList<>();
                for (Expr a : c.args()) {
                    items.add(expression(a));
                }
                if (!c.keywords().isEmpty()) {
                    throw error(c.keywords().get(0).position(), shown + "() takes no keyword arguments");
                }
                codes[first] = f -> {
                    List<Object> values = new ArrayList<>();
                    for (Code item : items) {
                        values.add(item.run(f));
                    }
                    return values.size() == 1 && values.get(0) instanceof List<?> l ? l : values;
                };
            } else {
                if (first + c.args().size() > params.size()) {
                    throw error(c.args().get(params.size() - first).position(), shown + "() takes "
                            + (params.size() - first) + " positional argument" + (params.size() - first == 1 ? "" : "s")
                            + " but " + c.args().size() + " were given; its signature is " + op.signature(self != null));
                }
                for (int i = 0; i < c.args().size(); i++) {
                    codes[first + i] = expression(c.args().get(i));
                }
                for (Expr.Keyword k : c.keywords()) {
                    int i = params.indexOf(k.name());
                    if (i < first) {
                        throw error(k.position(), shown + "() got an unexpected keyword argument '" + k.name()
                                + "'; its signature is " + op.signature(self != null));
                    }
                    if (codes[i] != null) {
                        throw error(k.position(), shown + "() got multiple values for argument '" + k.name() + "'");
                    }
                    codes[i] = expression(k.value());
                }
                for (int i = first; i < params.size(); i++) {
                    if (codes[i] == null) {
                        if (op.defaults().get(i) == TorchOps.REQUIRED) {
                            throw error(c.position(), shown + "() missing required argument '" + params.get(i)
                                    + "'; its signature is " + op.signature(self != null));
                        }
                        Object v = op.defaults().get(i);
                        codes[i] = f -> v;
                    }
                }
            }
            Position at = c.position();
            return f -> {
                Object[] values = new Object[codes.length];
                for (int i = 0; i < codes.length; i++) {
                    values[i] = codes[i].run(f);
                }
                try {
                    return op.impl().apply(values, f.self);
                } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | IndexOutOfBoundsException ex) {
                    throw at(className, at, shown + "(): " + ex.getMessage());
                }
            };
        }

        private Object unary(char op, Object v, Position at) {
            if (v instanceof Tensor t) {
                return op == '-' ? t.neg() : t;
            }
            if (v instanceof Long l) {
                return op == '-' ? -l : l;
            }
            if (v instanceof Double d) {
                return op == '-' ? -d : d;
            }
            throw at(className, at, "bad operand type for unary " + op + ": '" + PyValue.typeName(v) + "'");
        }

        private Object binary(Object a, char op, Object b, Position at) {
            try {
                if (a instanceof Tensor || b instanceof Tensor) {
                    return TorchOps.arithmetic(a, op, b);
                }
                Object v = PyValue.arithmetic(a, op, b);
                if (v != null) {
                    return v;
                }
            } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | IndexOutOfBoundsException ex) {
                throw at(className, at, ex.getMessage());
            }
            throw at(className, at, "unsupported operand type(s) for " + op + ": '" + PyValue.typeName(a) + "' and '"
                    + PyValue.typeName(b) + "'");
        }
    }
}
