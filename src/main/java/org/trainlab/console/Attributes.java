package org.trainlab.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trainlab.nn.Linear;
import org.trainlab.nn.Module;
import org.trainlab.spec.python.Position;
import org.trainlab.tensor.Node;
import org.trainlab.tensor.Tensor;

/** {@code value.name}: the attributes and methods of every kind of value the console knows. */
final class Attributes {
    private Attributes() {
    }

    static Object get(Object v, String name, Torch torch, Position at) {
        switch (v) {
            case Namespace ns -> {
                if (ns.attributes().containsKey(name)) {
                    return ns.attributes().get(name);
                }
                throw PyError.unsupported(ns.name() + "." + name, at);
            }
            case Tensor t -> {
                return TensorMethods.attribute(t, name);
            }
            case Parameter p -> {
                return TensorMethods.attribute(p.tensor(), name);
            }
            case NdArray a -> {
                return Numpy.attribute(a, name);
            }
            case Module m -> {
                return module(m, name);
            }
            case Node n -> {
                if (name.equals("name")) {
                    return method(name, a -> n.name());
                }
                throw PyError.unsupported("grad_fn." + name, at);
            }
            case org.trainlab.optim.Optimizer o when name.equals("zero_grad") || name.equals("step") -> {
                return method(name, a -> {
                    a.accept(1, "set_to_none");
                    // PyTorch 1.13's default (the corpus's): gradients are zeroed, not dropped
                    boolean toNone = a.bool(0, "set_to_none", false);
                    TensorOps.engine(() -> {
                        if (name.equals("step")) {
                            o.step();
                        } else {
                            o.zeroGrad(toNone);
                        }
                        return null;
                    });
                    return null;
                });
            }
            case ReturnTypes r when name.equals("values") || name.equals("indices") -> {
                return name.equals("values") ? r.values() : r.indices();
            }
            case PyList l -> {
                return list(l, name);
            }
            case String s -> {
                return string(s, name);
            }
            case Map<?, ?> m -> {
                return dict(m, name);
            }
            case Double d when name.equals("is_integer") -> {
                return method(name, a -> d == Math.rint(d) && !Double.isInfinite(d));
            }
            case null, default -> {
            }
        }
        throw new PyError("AttributeError", "'" + Values.typeName(v) + "' object has no attribute '" + name + "'");
    }

    static void set(Object v, String name, Object value, Position at) {
        if (v instanceof Tensor t && name.equals("requires_grad")) {
            TensorOps.engine(() -> t.requiresGrad_(Values.truthy(value)));
            return;
        }
        if (v instanceof Tensor t && name.equals("grad") && value == null) {
            t.setGrad(null);
            return;
        }
        throw PyError.unsupported("assigning the attribute " + name + " of a " + Values.typeName(v), at);
    }

    private static Named method(String name, Callable f) {
        return new Named("<built-in method " + name + ">", f);
    }

    private static Object module(Module m, String name) {
        switch (name) {
            case "weight", "bias" -> {
                if (m instanceof Linear l) {
                    Tensor t = name.equals("weight") ? l.weight() : l.bias();
                    return t == null ? null : new Parameter(t);
                }
            }
            case "parameters" -> {
                return method(name, a -> {
                    List<Object> ps = new ArrayList<>();
                    for (Tensor t : m.parameters()) {
                        ps.add(new Parameter(t));
                    }
                    return new PyIterator(ps);
                });
            }
            case "named_parameters" -> {
                return method(name, a -> {
                    List<Object> ps = new ArrayList<>();
                    m.namedParameters().forEach((k, t) -> ps.add(PyTuple.of(k, new Parameter(t))));
                    return new PyIterator(ps);
                });
            }
            case "zero_grad" -> {
                return method(name, a -> {
                    // PyTorch 1.13's default (the corpus's): set_to_none=False zeroes the gradients in place
                    if (a.accept(1, "set_to_none").bool(0, "set_to_none", false)) {
                        m.zeroGrad();
                    } else {
                        for (Tensor p : m.parameters()) {
                            if (p.grad() != null) {
                                p.grad().zero_();
                            }
                        }
                    }
                    return null;
                });
            }
            case "forward" -> {
                return method(name, a -> call(m, a));
            }
            case "train" -> {
                return method(name, a -> m.train(a.bool(0, "mode", true)));
            }
            case "eval" -> {
                return method(name, a -> m.eval());
            }
            default -> {
                Module child = m.namedChildren().get(name);
                if (child != null) {
                    return child;
                }
            }
        }
        throw new PyError("AttributeError", "'" + m.name() + "' object has no attribute '" + name + "'");
    }

    /** {@code module(x)}, or {@code loss(input, target)} for a loss. */
    static Object call(Module m, Args a) {
        if (m instanceof org.trainlab.nn.Loss loss) {
            a.accept(2);
            return TensorOps.engine(() -> loss.forward(TensorOps.tensor(a.get(0, "input"), "forward"),
                    TensorOps.tensor(a.get(1, "target"), "forward")));
        }
        a.accept(1);
        return TensorOps.engine(() -> m.forward(TensorOps.tensor(a.get(0, "input"), "forward")));
    }

    private static Object list(PyList l, String name) {
        return method(name, a -> switch (name) {
            case "append" -> {
                l.items.add(a.accept(1).get(0, "object"));
                yield null;
            }
            case "extend" -> {
                l.items.addAll(Values.list(a.accept(1).get(0, "iterable")));
                yield null;
            }
            case "insert" -> {
                long i = a.accept(2).integer(0, "index");
                int n = l.items.size();
                int at = (int) Math.max(0, Math.min(n, i < 0 ? i + n : i));
                l.items.add(at, a.get(1, "object"));
                yield null;
            }
            case "pop" -> {
                if (l.items.isEmpty()) {
                    throw PyError.index("pop from empty list");
                }
                long i = a.accept(1).integer(0, "index", -1);
                int n = l.items.size();
                if (i < -n || i >= n) {
                    throw PyError.index("pop index out of range");
                }
                yield l.items.remove((int) (i < 0 ? i + n : i));
            }
            case "index" -> {
                Object x = a.accept(1).get(0, "value");
                for (int i = 0; i < l.items.size(); i++) {
                    if (Values.equal(l.items.get(i), x)) {
                        yield (long) i;
                    }
                }
                throw PyError.value(Values.repr(x) + " is not in list");
            }
            case "count" -> {
                Object x = a.accept(1).get(0, "value");
                yield l.items.stream().filter(o -> Values.equal(o, x)).count();
            }
            case "reverse" -> {
                java.util.Collections.reverse(l.items);
                yield null;
            }
            case "copy" -> new PyList(l.items);
            default -> throw new PyError("AttributeError", "'list' object has no attribute '" + name + "'");
        });
    }

    private static Object string(String s, String name) {
        return method(name, a -> switch (name) {
            case "join" -> {
                List<String> parts = new ArrayList<>();
                for (Object o : Values.list(a.accept(1).get(0, "iterable"))) {
                    if (!(o instanceof String str)) {
                        throw PyError.type("sequence item " + parts.size() + ": expected str instance, "
                                + Values.typeName(o) + " found");
                    }
                    parts.add(str);
                }
                yield String.join(s, parts);
            }
            case "upper" -> s.toUpperCase(java.util.Locale.ROOT);
            case "lower" -> s.toLowerCase(java.util.Locale.ROOT);
            case "strip" -> s.strip();
            case "replace" -> s.replace((String) a.accept(2).get(0, "old"), (String) a.get(1, "new"));
            case "startswith" -> s.startsWith((String) a.accept(1).get(0, "prefix"));
            case "endswith" -> s.endsWith((String) a.accept(1).get(0, "suffix"));
            case "split" -> {
                Object sep = a.accept(1, "sep").get(0, "sep", null);
                List<Object> parts = new ArrayList<>();
                if (sep == null) {
                    for (String p : s.strip().split("\\s+")) {
                        if (!p.isEmpty()) {
                            parts.add(p);
                        }
                    }
                } else {
                    parts.addAll(List.of((Object[]) s.split(java.util.regex.Pattern.quote((String) sep), -1)));
                }
                yield new PyList(parts);
            }
            default -> throw PyError.unsupported("str." + name, null);
        });
    }

    private static Object dict(Map<?, ?> m, String name) {
        return method(name, a -> switch (name) {
            case "keys" -> new PyIterator(new ArrayList<>(m.keySet()));
            case "values" -> new PyIterator(new ArrayList<>(m.values()));
            case "items" -> {
                List<Object> items = new ArrayList<>();
                m.forEach((k, x) -> items.add(PyTuple.of(k, x)));
                yield new PyIterator(items);
            }
            case "get" -> {
                Object k = a.accept(2).get(0, "key");
                yield m.containsKey(k) ? m.get(k) : a.get(1, "default", null);
            }
            default -> throw new PyError("AttributeError", "'dict' object has no attribute '" + name + "'");
        });
    }
}
