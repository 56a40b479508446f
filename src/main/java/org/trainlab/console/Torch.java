package org.trainlab.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trainlab.nn.ELU;
import org.trainlab.nn.F;
import org.trainlab.nn.GELU;
import org.trainlab.nn.LeakyReLU;
import org.trainlab.nn.Linear;
import org.trainlab.nn.MSELoss;
import org.trainlab.nn.Module;
import org.trainlab.nn.ReLU;
import org.trainlab.nn.Sequential;
import org.trainlab.nn.Sigmoid;
import org.trainlab.nn.Softmax;
import org.trainlab.nn.Softplus;
import org.trainlab.nn.Tanh;
import org.trainlab.nn.CrossEntropyLoss;
import org.trainlab.spec.python.Position;
import org.trainlab.tensor.DType;
import org.trainlab.tensor.Generator;
import org.trainlab.tensor.Tensor;

/**
 * The modules a script may import: torch (with torch.nn, torch.nn.functional and torch.autograd) and numpy.
 * Each run has its own random generator, seeded as PyTorch's default is, so {@code torch.manual_seed(1)}
 * draws what PyTorch draws and no lesson's generator is touched.
 */
final class Torch {
    private final Generator generator = Generator.pytorch(Generator.PYTORCH_DEFAULT_SEED);
    private final Namespace functional = new Namespace("torch.nn.functional", functional());
    private final Namespace nn = new Namespace("torch.nn", nn());
    private final Namespace autograd = new Namespace("torch.autograd", Map.of("Variable",
            new Named("<class 'torch.autograd.variable.Variable'>", this::variable)));
    private final Namespace optim = new Namespace("torch.optim", optim());
    private final Namespace torch = new Namespace("torch", torch());
    private final Namespace numpy = new Namespace("numpy", Numpy.functions());

    Generator generator() {
        return generator;
    }

    /** {@code import name}: the module, or an ImportError-like refusal for anything else. */
    Object module(String name, Position at) {
        return switch (name) {
            case "torch" -> torch;
            case "torch.nn" -> nn;
            case "torch.nn.functional" -> functional;
            case "torch.autograd" -> autograd;
            case "torch.optim" -> optim;
            case "numpy" -> numpy;
            default -> throw PyError.unsupported("import " + name + " (only torch, numpy, torch.nn, "
                    + "torch.nn.functional, torch.autograd and torch.optim)", at);
        };
    }

    Object fromImport(String module, String name, Position at) {
        Namespace ns = (Namespace) module(module, at);
        String full = module + "." + name;
        if (full.equals("torch.nn") || full.equals("torch.nn.functional") || full.equals("torch.autograd")
                || full.equals("torch.optim")) {
            return module(full, at);
        }
        Object v = ns.attributes().get(name);
        if (v == null) {
            throw PyError.unsupported("from " + module + " import " + name, at);
        }
        return v;
    }

    private static void put(Map<String, Object> m, String module, String name, Callable f) {
        m.put(name, new Named("<built-in method " + name + " of type object>", f));
    }

    private Object variable(Args a) {
        a.accept(2, "requires_grad", "volatile");
        Tensor t = TensorOps.tensor(a.get(0, "data"), "Variable");
        boolean requires = a.bool(1, "requires_grad", false);
        Tensor v = t.detach();
        return requires ? TensorOps.engine(() -> v.requiresGrad_(true)) : v;
    }

    private Map<String, Object> torch() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nn", nn);
        m.put("autograd", autograd);
        m.put("optim", optim);
        m.put("float32", DType.FLOAT32);
        m.put("float", DType.FLOAT32);
        m.put("int64", DType.INT64);
        m.put("long", DType.INT64);
        put(m, "torch", "tensor", a -> {
            a.accept(1, "dtype", "requires_grad");
            Object dtype = a.get(1, "dtype", null);
            Tensor t = TensorOps.fromData(a.get(0, "data"), dtype instanceof DType d ? d : null, "tensor");
            return a.bool(2, "requires_grad", false) ? TensorOps.engine(() -> t.requiresGrad_(true)) : t;
        });
        put(m, "torch", "FloatTensor", a -> fromDataOrShape(a, DType.FLOAT32, "FloatTensor"));
        put(m, "torch", "LongTensor", a -> fromDataOrShape(a, DType.INT64, "LongTensor"));
        put(m, "torch", "from_numpy", a -> Numpy.toTensor(Numpy.array(a.accept(1).get(0, "ndarray"), "from_numpy",
                true)));
        for (String f : List.of("abs", "sin", "cos", "exp", "log", "sqrt", "neg", "relu", "sigmoid", "tanh", "t",
                "flatten", "numel")) {
            put(m, "torch", f, a -> TensorMethods.method(TensorOps.tensor(a.get(0, "input"), f), f,
                    rest(a, f)));
        }
        for (String f : List.of("mean", "sum", "max", "min", "argmax", "mm", "matmul", "dot", "unsqueeze", "squeeze",
                "transpose", "reshape", "softmax", "log_softmax", "pow", "add", "sub", "mul", "div")) {
            put(m, "torch", f, a -> {
                Object first = a.get(0, "input");
                if (!(first instanceof Tensor) && !(first instanceof Parameter) && (f.equals("add") || f.equals("mul")
                        || f.equals("pow"))) {
                    return Operators.binary(first, switch (f) {
                        case "add" -> "+";
                        case "mul" -> "*";
                        default -> "**";
                    }, a.get(1, "other"));
                }
                return TensorMethods.method(TensorOps.tensor(first, f), f, rest(a, f));
            });
        }
        put(m, "torch", "zeros", a -> requiresGrad(Tensor.zeros(TensorOps.shapeArgs(a.accept(99, "requires_grad"), 0)), a));
        put(m, "torch", "ones", a -> requiresGrad(Tensor.ones(TensorOps.shapeArgs(a.accept(99, "requires_grad"), 0)), a));
        put(m, "torch", "rand", a -> Tensor.rand(generator, TensorOps.shapeArgs(a.accept(99), 0)));
        put(m, "torch", "randn", a -> Tensor.randn(generator, TensorOps.shapeArgs(a.accept(99), 0)));
        put(m, "torch", "zeros_like", a -> Tensor.zerosLike(TensorOps.tensor(a.accept(1).get(0, "input"), "zeros_like")));
        put(m, "torch", "ones_like", a -> Tensor.onesLike(TensorOps.tensor(a.accept(1).get(0, "input"), "ones_like")));
        put(m, "torch", "eye", a -> Tensor.eye((int) a.accept(1).integer(0, "n")));
        put(m, "torch", "manual_seed", a -> {
            generator.manualSeed(a.accept(1).integer(0, "seed"));
            return null;
        });
        put(m, "torch", "linspace", a -> {
            a.accept(3, "steps");
            Values.checkSize(a.integer(2, "steps"));
            return TensorOps.engine(() -> Tensor.linspace(a.number(0, "start"), a.number(1, "end"),
                    (int) a.integer(2, "steps")));
        });
        put(m, "torch", "arange", a -> {
            a.accept(3, "start", "end", "step");
            boolean floating = a.positional().stream().anyMatch(v -> v instanceof Double);
            double span = a.size() == 1 ? a.number(0, "end") : (a.number(1, "end") - a.number(0, "start"))
                    / a.number(2, "step", 1);
            Values.checkSize(Double.isFinite(span) && Math.abs(span) <= Values.MAX_ITEMS ? (long) Math.abs(span)
                    : Long.MAX_VALUE);
            Tensor t = TensorOps.engine(() -> a.size() == 1 ? Tensor.arange(a.number(0, "end"))
                    : Tensor.arange(a.number(0, "start"), a.number(1, "end"), a.number(2, "step", 1)));
            return floating || t.dtype() == DType.INT64 ? t : TensorMethods.method(t, "long", Args.of("long"));
        });
        put(m, "torch", "cat", a -> tensors(a, "cat", true));
        put(m, "torch", "stack", a -> tensors(a, "stack", false));
        put(m, "torch", "Size", a -> {
            List<Object> dims = Values.list(a.accept(1).get(0, "sizes", new PyTuple(List.of())));
            int[] d = new int[dims.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = (int) Values.toLong(dims.get(i), "Size");
            }
            return new TorchSize(d);
        });
        put(m, "torch", "no_grad", a -> new GradContext(false));
        put(m, "torch", "enable_grad", a -> new GradContext(true));
        put(m, "torch", "is_grad_enabled", a -> org.trainlab.tensor.GradMode.isEnabled());
        return m;
    }

    private static Tensor requiresGrad(Tensor t, Args a) {
        return a.bool(-1, "requires_grad", false) ? TensorOps.engine(() -> t.requiresGrad_(true)) : t;
    }

    private static Object fromDataOrShape(Args a, DType dtype, String name) {
        if (a.size() >= 1 && (a.positional().get(0) instanceof Long)) {
            throw PyError.unsupported("torch." + name + "(size) (uninitialised memory): use torch.zeros", null);
        }
        return TensorOps.fromData(a.accept(1).get(0, "data"), dtype, name);
    }

    private static Tensor tensors(Args a, String name, boolean cat) {
        a.accept(2, "dim");
        List<Tensor> ts = new ArrayList<>();
        for (Object o : Values.list(a.get(0, "tensors"))) {
            ts.add(TensorOps.tensor(o, name));
        }
        int dim = (int) a.integer(1, "dim", 0);
        return TensorOps.engine(() -> cat ? Tensor.cat(ts, dim) : Tensor.stack(ts, dim));
    }

    /** The arguments after the first, for calling the tensor method of a torch function. */
    private static Args rest(Args a, String name) {
        List<Object> p = a.positional().isEmpty() ? List.of() : a.positional().subList(1, a.size());
        Map<String, Object> k = new LinkedHashMap<>(a.keywords());
        k.remove("input");
        for (String alias : List.of("other", "mat2", "tensor", "exponent")) {
            if (k.containsKey(alias) && p.isEmpty()) {
                p = List.of(k.remove(alias));
            }
        }
        return new Args(name, p, k);
    }

    private Map<String, Object> functional() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "F", "relu", a -> F.relu(TensorOps.tensor(a.accept(1, "inplace").get(0, "input"), "relu")));
        put(m, "F", "sigmoid", a -> F.sigmoid(TensorOps.tensor(a.accept(1).get(0, "input"), "sigmoid")));
        put(m, "F", "tanh", a -> F.tanh(TensorOps.tensor(a.accept(1).get(0, "input"), "tanh")));
        put(m, "F", "softplus", a -> F.softplus(TensorOps.tensor(a.accept(3, "beta", "threshold").get(0, "input"),
                "softplus"), a.number(1, "beta", 1), a.number(2, "threshold", 20)));
        put(m, "F", "leaky_relu", a -> F.leakyRelu(TensorOps.tensor(a.accept(2, "negative_slope", "inplace")
                .get(0, "input"), "leaky_relu"), a.number(1, "negative_slope", 0.01)));
        put(m, "F", "elu", a -> F.elu(TensorOps.tensor(a.accept(2, "alpha", "inplace").get(0, "input"), "elu"),
                a.number(1, "alpha", 1)));
        put(m, "F", "gelu", a -> TensorOps.engine(() -> F.gelu(TensorOps.tensor(a.accept(1, "approximate")
                .get(0, "input"), "gelu"), String.valueOf(a.get(1, "approximate", "none")))));
        put(m, "F", "softmax", a -> softmax(a, false));
        put(m, "F", "log_softmax", a -> softmax(a, true));
        put(m, "F", "mse_loss", a -> TensorOps.engine(() -> F.mseLoss(TensorOps.tensor(a.accept(2).get(0, "input"),
                "mse_loss"), TensorOps.tensor(a.get(1, "target"), "mse_loss"))));
        put(m, "F", "cross_entropy", a -> TensorOps.engine(() -> F.crossEntropy(TensorOps.tensor(a.accept(2)
                .get(0, "input"), "cross_entropy"), TensorOps.tensor(a.get(1, "target"), "cross_entropy"))));
        return m;
    }

    /** F.softmax(x) without dim picks it as PyTorch's _get_softmax_dim does (0 for 0-, 1- and 3-D, else 1). */
    private static Tensor softmax(Args a, boolean log) {
        a.accept(2, "dim");
        Tensor x = TensorOps.tensor(a.get(0, "input"), "softmax");
        Object d = a.get(1, "dim", null);
        int dim = d == null ? (x.dim() == 0 || x.dim() == 1 || x.dim() == 3 ? 0 : 1)
                : TensorMethods.normalize(x, (int) Values.toLong(d, "softmax"));
        return TensorOps.engine(() -> log ? F.logSoftmax(x, dim) : F.softmax(x, dim));
    }

    /** torch.optim's SGD (with momentum), Adam, RMSprop and Adagrad, on a module's parameters. */
    private static Map<String, Object> optim() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("SGD", new Named("<class 'torch.optim.sgd.SGD'>", a -> {
            a.accept(2, "lr", "momentum", "weight_decay");
            org.trainlab.optim.SGD sgd = new org.trainlab.optim.SGD(params(a), a.number(1, "lr"));
            // options left out keep PyTorch's printed defaults (momentum: 0, an int)
            if (a.has(-1, "momentum")) {
                TensorOps.engine(() -> sgd.momentum(a.number(-1, "momentum")));
            }
            if (a.has(-1, "weight_decay")) {
                TensorOps.engine(() -> sgd.weightDecay(a.number(-1, "weight_decay")));
            }
            return sgd;
        }));
        m.put("Adam", new Named("<class 'torch.optim.adam.Adam'>", a -> {
            a.accept(2, "lr", "betas", "eps", "weight_decay");
            org.trainlab.optim.Adam adam = new org.trainlab.optim.Adam(params(a), a.number(1, "lr", 0.001));
            if (a.has(-1, "betas")) {
                List<Object> betas = Values.list(a.get(-1, "betas"));
                if (betas.size() != 2) {
                    throw PyError.value("betas must hold two numbers");
                }
                TensorOps.engine(() -> adam.betas(Values.toDouble(betas.get(0), "Adam"),
                        Values.toDouble(betas.get(1), "Adam")));
            }
            if (a.has(-1, "eps")) {
                TensorOps.engine(() -> adam.eps(a.number(-1, "eps")));
            }
            if (a.has(-1, "weight_decay")) {
                TensorOps.engine(() -> adam.weightDecay(a.number(-1, "weight_decay")));
            }
            return adam;
        }));
        m.put("RMSprop", new Named("<class 'torch.optim.rmsprop.RMSprop'>", a -> {
            a.accept(2, "lr");
            return new org.trainlab.optim.RMSprop(params(a), a.number(1, "lr", 0.01));
        }));
        m.put("Adagrad", new Named("<class 'torch.optim.adagrad.Adagrad'>", a -> {
            a.accept(2, "lr");
            return new org.trainlab.optim.Adagrad(params(a), a.number(1, "lr", 0.01));
        }));
        return m;
    }

    private static List<Tensor> params(Args a) {
        List<Tensor> ps = new ArrayList<>();
        for (Object o : Values.list(a.get(0, "params"))) {
            ps.add(TensorOps.tensor(o, a.function()));
        }
        if (ps.isEmpty()) {
            throw PyError.value("optimizer got an empty parameter list");
        }
        return ps;
    }

    private Map<String, Object> nn() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("functional", functional);
        layer(m, "Linear", a -> {
            a.accept(3, "in_features", "out_features", "bias");
            return new Linear((int) a.integer(0, "in_features"), (int) a.integer(1, "out_features"),
                    a.bool(2, "bias", true), generator);
        });
        layer(m, "ReLU", a -> new ReLU());
        layer(m, "Sigmoid", a -> new Sigmoid());
        layer(m, "Tanh", a -> new Tanh());
        layer(m, "Softplus", a -> new Softplus(a.accept(2, "beta", "threshold").number(0, "beta", 1),
                a.number(1, "threshold", 20)));
        layer(m, "LeakyReLU", a -> new LeakyReLU(a.accept(2, "negative_slope", "inplace")
                .number(0, "negative_slope", 0.01)));
        layer(m, "ELU", a -> new ELU(a.accept(2, "alpha", "inplace").number(0, "alpha", 1)));
        layer(m, "GELU", a -> new GELU(String.valueOf(a.accept(1, "approximate").get(0, "approximate", "none"))));
        layer(m, "Softmax", a -> new Softmax((int) a.accept(1, "dim").integer(0, "dim")));
        layer(m, "MSELoss", a -> new MSELoss());
        layer(m, "CrossEntropyLoss", a -> new CrossEntropyLoss());
        layer(m, "Sequential", a -> {
            a.accept(999);
            List<Module> modules = new ArrayList<>();
            for (Object o : a.positional()) {
                if (!(o instanceof Module mod)) {
                    throw PyError.type(Values.typeName(o) + " is not a Module subclass");
                }
                modules.add(mod);
            }
            return new Sequential(modules.toArray(Module[]::new));
        });
        return m;
    }

    private static void layer(Map<String, Object> m, String name, Callable build) {
        m.put(name, new Named("<class 'torch.nn.modules." + name + "'>", a -> TensorOps.engine(() -> build.call(a))));
    }
}
