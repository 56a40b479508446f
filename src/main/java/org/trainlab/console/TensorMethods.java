package org.trainlab.console;

import java.util.ArrayList;
import java.util.List;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Tensor;

/** The attributes and methods of a tensor, as {@code x.shape}, {@code x.grad}, {@code x.view(2, 3)} reach them. */
final class TensorMethods {
    private TensorMethods() {
    }

    static Object attribute(Tensor t, String name) {
        switch (name) {
            case "shape" -> {
                return TensorOps.size(t);
            }
            case "data" -> {
                return t.detach();
            }
            case "grad" -> {
                return t.grad();
            }
            case "requires_grad" -> {
                return t.requiresGrad();
            }
            case "is_leaf" -> {
                return t.isLeaf();
            }
            case "grad_fn" -> {
                return t.gradFn();
            }
            case "dtype" -> {
                return t.dtype();
            }
            case "ndim" -> {
                return (long) t.dim();
            }
            case "T" -> {
                return t.dim() < 2 ? t : method(t, "t", Args.of("t"));
            }
            default -> {
            }
        }
        return new Named("<built-in method " + name + " of Tensor object>", args -> method(t, name, args));
    }

    private static int dim(Args a, int index, String key) {
        return (int) a.integer(index, key);
    }

    /** Methods whose result keeps the input's dtype in PyTorch (the engine's may come back float32). */
    private static final java.util.Set<String> KEEP_DTYPE = java.util.Set.of("t", "transpose", "view", "reshape",
            "unsqueeze", "squeeze", "flatten", "abs", "neg", "clone", "detach", "max", "min", "T");

    static Object method(Tensor t, String name, Args a) {
        Object r = compute(t, name, a);
        if (t.dtype() == DType.INT64 && KEEP_DTYPE.contains(name)) {
            if (r instanceof Tensor x && x.dtype() != DType.INT64) {
                return TensorOps.truncated(x);
            }
            if (r instanceof ReturnTypes v && v.values().dtype() != DType.INT64) {
                return new ReturnTypes(v.name(), TensorOps.truncated(v.values()), v.indices());
            }
        }
        return r;
    }

    private static Object compute(Tensor t, String name, Args a) {
        return TensorOps.engine(() -> switch (name) {
            case "size" -> {
                a.accept(1, "dim");
                yield a.has(0, "dim") ? (Object) (long) t.size(normalize(t, dim(a, 0, "dim"))) : TensorOps.size(t);
            }
            case "dim", "ndimension" -> (long) t.dim();
            case "numel", "nelement" -> (long) t.numel();
            case "item" -> TensorOps.item(t);
            case "tolist" -> TensorOps.tolist(t);
            case "numpy" -> {
                a.accept(0);
                if (t.requiresGrad()) {
                    throw PyError.runtime("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() "
                            + "instead.");
                }
                yield Numpy.fromTensor(t);
            }
            case "backward" -> {
                a.accept(2, "gradient", "retain_graph");
                Object g = a.get(0, "gradient", null);
                boolean retain = a.bool(1, "retain_graph", false);
                if (g == null) {
                    if (retain) {
                        t.backward(null, true);
                    } else {
                        t.backward();
                    }
                } else {
                    t.backward(TensorOps.tensor(g, "backward"), retain);
                }
                yield null;
            }
            case "detach" -> t.detach();
            case "clone" -> t.copy();
            case "requires_grad_" -> t.requiresGrad_(a.accept(1, "requires_grad").bool(0, "requires_grad", true));
            case "zero_" -> t.zero_();
            case "abs" -> t.abs();
            case "sin" -> t.sin();
            case "cos" -> t.cos();
            case "exp" -> t.exp();
            case "log" -> t.log();
            case "sqrt" -> t.sqrt();
            case "neg" -> t.neg();
            case "relu" -> t.relu();
            case "sigmoid" -> t.sigmoid();
            case "tanh" -> t.tanh();
            case "t" -> t.t();
            case "float" -> t.dtype() == DType.FLOAT32 ? t : Tensor.of(t.data().clone(), t.shape(), DType.FLOAT32);
            case "long" -> t.dtype() == DType.INT64 ? t : TensorOps.truncated(t);
            case "flatten" -> t.flatten();
            case "softmax" -> t.softmax(normalize(t, dim(a.accept(1, "dim"), 0, "dim")));
            case "log_softmax" -> t.logSoftmax(normalize(t, dim(a.accept(1, "dim"), 0, "dim")));
            case "pow" -> Operators.binary(t, "**", a.accept(1, "exponent").get(0, "exponent"));
            case "add" -> Operators.binary(t, "+", a.accept(1, "other").get(0, "other"));
            case "sub" -> Operators.binary(t, "-", a.accept(1, "other").get(0, "other"));
            case "mul" -> Operators.binary(t, "*", a.accept(1, "other").get(0, "other"));
            case "div" -> Operators.binary(t, "/", a.accept(1, "other").get(0, "other"));
            case "mm" -> t.mm(TensorOps.tensor(a.accept(1).get(0, "mat2"), "mm"));
            case "matmul" -> t.matmul(TensorOps.tensor(a.accept(1).get(0, "other"), "matmul"));
            case "dot" -> {
                Tensor o = TensorOps.tensor(a.accept(1).get(0, "tensor"), "dot");
                if (t.dim() != 1 || o.dim() != 1) {
                    // the engine's message adds a hint; PyTorch's ends here
                    throw PyError.runtime("1D tensors expected, but got " + t.dim() + "D and " + o.dim() + "D tensors");
                }
                yield t.dot(o);
            }
            case "view", "reshape" -> t.reshape(TensorOps.shapeArgs(a, 0));
            case "unsqueeze" -> t.unsqueeze(normalize(t.dim() + 1, dim(a.accept(1, "dim"), 0, "dim")));
            case "squeeze" -> a.accept(1, "dim").has(0, "dim") ? t.squeeze(normalize(t, dim(a, 0, "dim"))) : t.squeeze();
            case "transpose" -> t.transpose(normalize(t, dim(a.accept(2), 0, "dim0")), normalize(t, dim(a, 1, "dim1")));
            case "sum", "mean" -> reduce(t, name, a);
            case "max", "min" -> {
                a.accept(2, "dim", "keepdim");
                if (!a.has(0, "dim")) {
                    yield name.equals("max") ? t.max() : t.min();
                }
                int d = normalize(t, dim(a, 0, "dim"));
                boolean keep = a.bool(1, "keepdim", false);
                yield TensorOps.valuesIndices(name, name.equals("max") ? t.max(d, keep) : t.min(d, keep));
            }
            case "argmax" -> {
                a.accept(2, "dim", "keepdim");
                yield a.has(0, "dim") ? t.argmax(normalize(t, dim(a, 0, "dim")), a.bool(1, "keepdim", false))
                        : t.argmax();
            }
            case "type" -> throw PyError.unsupported("Tensor.type()", null);
            default -> throw new PyError("AttributeError", "'Tensor' object has no attribute '" + name + "'");
        });
    }

    static Object reduce(Tensor t, String name, Args a) {
        a.accept(2, "dim", "keepdim");
        boolean mean = name.equals("mean");
        if (mean && t.dtype() == DType.INT64) {
            throw PyError.runtime("mean(): could not infer output dtype. Input dtype must be either a floating point "
                    + "or complex dtype. Got: Long");
        }
        Tensor r;
        if (!a.has(0, "dim")) {
            r = mean ? t.mean() : t.sum();
        } else {
            int d = normalize(t, dim(a, 0, "dim"));
            boolean keep = a.bool(1, "keepdim", false);
            r = mean ? t.mean(d, keep) : t.sum(d, keep);
        }
        return t.dtype() == DType.INT64 && r.dtype() != DType.INT64 ? TensorOps.truncated(r) : r;
    }

    static int normalize(Tensor t, int dim) {
        return normalize(t.dim(), dim);
    }

    /** A negative dim counts from the end, as PyTorch's maybe_wrap_dim does. */
    static int normalize(int rank, int dim) {
        int r = Math.max(rank, 1);
        if (dim < -r || dim >= r) {
            throw new PyError("IndexError", "Dimension out of range (expected to be in range of [" + -r + ", "
                    + (r - 1) + "], but got " + dim + ")");
        }
        return dim < 0 ? dim + r : dim;
    }

    static List<Object> rows(Tensor t) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < t.shape()[0]; i++) {
            out.add(t.select(0, i));
        }
        return out;
    }
}
