package org.trainlab.app.lesson.autograd;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trainlab.app.lesson.autograd.Formula.Binary;
import org.trainlab.app.lesson.autograd.Formula.Call;
import org.trainlab.app.lesson.autograd.Formula.Leaf;
import org.trainlab.app.lesson.autograd.Formula.Negative;
import org.trainlab.app.lesson.autograd.Formula.Number;
import org.trainlab.app.lesson.autograd.Formula.Term;
import org.trainlab.tensor.Node;
import org.trainlab.tensor.Tensor;

/**
 * One forward pass of a {@link Formula} by the engine, as PyTorch would run the same text: fresh leaf
 * tensors (each with its requires_grad), the result, every tensor the pass made (by the graph node that made
 * it, so the drawing can show forward values), and the names of the leaves and of their detached copies.
 * An op the engine refuses (shapes that do not fit) is a problem at that op's column, with the engine's words.
 */
public final class Computation {
    private final Map<String, Tensor> leaves = new LinkedHashMap<>();
    private final Map<Tensor, String> names = new IdentityHashMap<>();
    private final Map<Node, Tensor> outputs = new IdentityHashMap<>();
    private final String detached;
    private Tensor result;

    /** A pass engine-side failure: the engine's message at the op's column. */
    public static final class Failed extends Exception {
        private final Formula.Problem problem;

        Failed(Formula.Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }

        public Formula.Problem problem() {
            return problem;
        }
    }

    private Computation(String detached) {
        this.detached = detached;
    }

    /**
     * Computes {@code term} on new leaves with these values and requires_grad flags; {@code detached} names
     * the leaf read through {@code .detach()} everywhere (or null).
     */
    public static Computation run(Term term, Map<String, Values> values, Map<String, Boolean> requiresGrad,
            String detached) throws Failed {
        Computation c = new Computation(detached);
        for (String name : Formula.LEAVES) {
            Tensor t = values.get(name).tensor();
            t.requiresGrad_(requiresGrad.getOrDefault(name, false));
            c.leaves.put(name, t);
            c.names.put(t, name);
        }
        Object r = c.eval(term);
        if (!(r instanceof Tensor t)) {
            throw new Failed(new Formula.Problem("autograd.expr.noTensor", 1));
        }
        c.result = t;
        return c;
    }

    public Tensor result() {
        return result;
    }

    public Tensor leaf(String name) {
        return leaves.get(name);
    }

    /** The leaf's name for a leaf tensor, {@code name.detach()} for its detached copy, else null. */
    public String name(Tensor t) {
        return names.get(t);
    }

    /** The tensor a node made in this pass (null for one this pass did not make). */
    public Tensor output(Node node) {
        return outputs.get(node);
    }

    private Tensor keep(Tensor t) {
        if (t.gradFn() != null) {
            outputs.put(t.gradFn(), t);
        }
        return t;
    }

    private Object eval(Term term) throws Failed {
        try {
            return switch (term) {
                case Number n -> n.value();
                case Leaf l -> {
                    Tensor t = leaves.get(l.name());
                    if (l.name().equals(detached)) {
                        Tensor d = t.detach();
                        names.put(d, l.name() + ".detach()");
                        yield d;
                    }
                    yield t;
                }
                case Negative n -> {
                    Object v = eval(n.operand());
                    yield v instanceof Double d ? (Object) (-d) : keep(((Tensor) v).neg());
                }
                case Call c -> call(c, eval(c.argument()));
                case Binary b -> binary(b, eval(b.left()), eval(b.right()));
            };
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            throw new Failed(new Formula.Problem("autograd.expr.engine", e.getMessage(), term.column()));
        }
    }

    private Tensor call(Call c, Object argument) throws Failed {
        if (!(argument instanceof Tensor t)) {
            throw new Failed(new Formula.Problem("autograd.expr.numberArgument", c.function(), c.column()));
        }
        return keep(switch (c.function()) {
            case "mean" -> t.mean();
            case "sum" -> t.sum();
            case "relu" -> t.relu();
            case "sigmoid" -> t.sigmoid();
            case "tanh" -> t.tanh();
            case "exp" -> t.exp();
            case "log" -> t.log();
            case "sin" -> t.sin();
            case "cos" -> t.cos();
            case "abs" -> t.abs();
            case "sqrt" -> t.sqrt();
            case "detach" -> {
                Tensor d = t.detach();
                String name = names.get(t);
                if (name != null) {
                    names.put(d, name + ".detach()");
                }
                yield d;
            }
            default -> throw new IllegalStateException("no function " + c.function());
        });
    }

    private Object binary(Binary b, Object left, Object right) throws Failed {
        if (left instanceof Double l && right instanceof Double r) {
            return switch (b.op()) {
                case "+" -> l + r;
                case "-" -> l - r;
                case "*" -> l * r;
                case "/" -> {
                    if (r == 0) {
                        throw new Failed(new Formula.Problem("autograd.expr.divisionByZero", b.column()));
                    }
                    yield l / r;
                }
                case "**" -> Math.pow(l, r);
                default -> throw new Failed(new Formula.Problem("autograd.expr.matmulNumbers", b.column()));
            };
        }
        if (left instanceof Tensor x && right instanceof Tensor y) {
            return keep(switch (b.op()) {
                case "+" -> x.add(y);
                case "-" -> x.sub(y);
                case "*" -> x.mul(y);
                case "/" -> x.div(y);
                case "**" -> x.pow(y);
                default -> x.matmul(y);
            });
        }
        if (left instanceof Tensor x) {
            double c = (Double) right;
            return keep(switch (b.op()) {
                case "+" -> x.add(c);
                case "-" -> x.sub(c);
                case "*" -> x.mul(c);
                case "/" -> x.div(c);
                case "**" -> x.pow(c);
                default -> throw new Failed(new Formula.Problem("autograd.expr.matmulNumber", b.column()));
            });
        }
        double c = (Double) left;
        Tensor y = (Tensor) right;
        return keep(switch (b.op()) {
            case "+" -> y.add(c);
            case "-" -> y.rsub(c);
            case "*" -> y.mul(c);
            case "/" -> keep(y.reciprocal()).mul(c); // PyTorch: MulBackward0 over ReciprocalBackward0
            case "**" -> Tensor.scalar(c).pow(y);
            default -> throw new Failed(new Formula.Problem("autograd.expr.matmulNumber", b.column()));
        });
    }
}
