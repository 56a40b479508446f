package org.trainlab.tensor;

import java.util.Arrays;
import java.util.List;

/**
 * An N-dimensional float32 array with autograd, like {@code torch.Tensor}.
 *
 * <p>Storage is a contiguous row-major {@code float[]}. Views made by {@link #view}, {@link #reshape},
 * {@link #squeeze}, {@link #unsqueeze} and {@link #detach} share storage and the version counter with
 * their base, as PyTorch's do; every other op returns new storage. In-place ops (the ones ending in
 * {@code _}) bump the version counter, so a backward that saved the old values fails instead of
 * computing a wrong gradient.
 */
public final class Tensor {
    private final float[] data;
    private final int[] shape;
    private final DType dtype;
    private final int[] version;
    private boolean requiresGrad;
    private Tensor grad;
    private Node gradFn;

    /** Trusted internal construction: shape already checked and never written again, so it is shared. */
    private Tensor(int[] shape, float[] data) {
        this.data = data;
        this.shape = shape;
        this.dtype = DType.FLOAT32;
        this.version = new int[1];
    }

    /** A float32 result of an op whose data has exactly the elements of {@code shape}, shared as is. */
    static Tensor wrap(float[] data, int[] shape) {
        return new Tensor(shape, data);
    }

    /** The shape array itself, for engine code that only reads it. */
    int[] shapeRef() {
        return shape;
    }

    /** Wraps {@code data} (not copied) as a float32 tensor of {@code shape}. */
    public Tensor(float[] data, int... shape) {
        this(data, shape, DType.FLOAT32, new int[1]);
    }

    Tensor(float[] data, int[] shape, DType dtype, int[] version) {
        if (Shape.numel(shape) != data.length) {
            throw new IllegalArgumentException("tensor: shape " + Shape.str(shape) + " needs " + Shape.numel(shape)
                    + " values but " + data.length + " were given");
        }
        this.data = data;
        this.shape = shape.clone();
        this.dtype = dtype;
        this.version = version;
    }

    // ---------------------------------------------------------------- factories

    /** A 1-D tensor of the given values, like {@code torch.tensor([..])}. */
    public static Tensor of(float... values) {
        return new Tensor(values.clone(), values.length);
    }

    /** A 2-D tensor from rows of equal length. */
    public static Tensor of(float[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        float[] data = new float[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("tensor: expected sequence of length " + cols + " at dim 1 (got "
                        + rows[r].length + " in row " + r + ")");
            }
            System.arraycopy(rows[r], 0, data, r * cols, cols);
        }
        return new Tensor(data, rows.length, cols);
    }

    /** A 3-D tensor from equally shaped matrices. */
    public static Tensor of(float[][][] blocks) {
        Tensor[] parts = new Tensor[blocks.length];
        for (int i = 0; i < blocks.length; i++) {
            parts[i] = of(blocks[i]);
        }
        return stack(List.of(parts), 0);
    }

    /** Wraps {@code data} (not copied) with a shape and dtype. */
    public static Tensor of(float[] data, int[] shape, DType dtype) {
        return new Tensor(data, shape, dtype, new int[1]);
    }

    /** A 0-d tensor holding one value, like {@code torch.tensor(3.5)}. */
    public static Tensor scalar(double value) {
        return new Tensor(new float[] {(float) value});
    }

    /** A tensor of whole numbers with dtype int64 (class labels, indices). */
    public static Tensor ofLongs(long[] values, int... shape) {
        float[] data = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            data[i] = values[i];
        }
        return new Tensor(data, shape.length == 0 && values.length != 1 ? new int[] {values.length} : shape,
                DType.INT64, new int[1]);
    }

    /** A 1-D int64 tensor of the given indices. */
    public static Tensor ofLongs(int... values) {
        long[] longs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            longs[i] = values[i];
        }
        return ofLongs(longs, values.length);
    }

    public static Tensor zeros(int... shape) {
        return new Tensor(new float[Shape.numel(shape)], shape);
    }

    public static Tensor ones(int... shape) {
        return full(shape, 1f);
    }

    public static Tensor full(int[] shape, double value) {
        float[] data = new float[Shape.numel(shape)];
        Arrays.fill(data, (float) value);
        return new Tensor(data, shape);
    }

    public static Tensor zerosLike(Tensor t) {
        return zeros(t.shape);
    }

    public static Tensor onesLike(Tensor t) {
        return ones(t.shape);
    }

    /** Values from {@code start} up to, not including, {@code end}, like {@code torch.arange}. */
    public static Tensor arange(double start, double end, double step) {
        if (step == 0 || (end - start) / step < 0) {
            throw new IllegalArgumentException("arange: upper bound and larger bound inconsistent with step sign "
                    + "(start=" + start + ", end=" + end + ", step=" + step + ")");
        }
        int n = (int) Math.ceil((end - start) / step);
        float[] data = new float[n];
        for (int i = 0; i < n; i++) {
            data[i] = (float) (start + i * step);
        }
        return new Tensor(data, n);
    }

    public static Tensor arange(double end) {
        return arange(0, end, 1);
    }

    /** {@code steps} evenly spaced values from start to end inclusive, computed as PyTorch does. */
    public static Tensor linspace(double start, double end, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("linspace: number of steps must be non-negative, got " + steps);
        }
        float[] data = new float[steps];
        if (steps == 1) {
            data[0] = (float) start;
        } else if (steps > 1) {
            // Bit-for-bit PyTorch's CPU kernel: the first half counts up from start and the second half down
            // from end; runs of 8 (its float vector width, two vectors per loop) get a fused base and then
            // unfused steps, and the tail is computed one by one.
            float s = (float) start;
            float e = (float) end;
            float step = (e - s) / (steps - 1);
            int half = steps / 2;
            int vectorized = steps / 16 * 16;
            for (int i = 0; i < steps; i++) {
                int base = i < vectorized ? i / 8 * 8 : i;
                float first = base < half ? Math.fma(step, (float) base, s) : Math.fma(-step, (float) (steps - base - 1), e);
                data[i] = i == base ? first : first + (i - base) * step;
            }
        }
        return new Tensor(data, steps);
    }

    /** The identity matrix, like {@code torch.eye}. */
    public static Tensor eye(int n) {
        return eye(n, n);
    }

    public static Tensor eye(int rows, int cols) {
        float[] data = new float[rows * cols];
        for (int i = 0; i < Math.min(rows, cols); i++) {
            data[i * cols + i] = 1f;
        }
        return new Tensor(data, rows, cols);
    }

    /** Uniform in [0, 1) from the default generator, like {@code torch.rand}. */
    public static Tensor rand(int... shape) {
        return uniform(shape, 0, 1, Generator.defaultGenerator());
    }

    public static Tensor rand(Generator gen, int... shape) {
        return uniform(shape, 0, 1, gen);
    }

    /** Standard normal from the default generator, like {@code torch.randn}. */
    public static Tensor randn(int... shape) {
        return normal(shape, 0, 1, Generator.defaultGenerator());
    }

    public static Tensor randn(Generator gen, int... shape) {
        return normal(shape, 0, 1, gen);
    }

    public static Tensor normal(int[] shape, double mean, double std, Generator gen) {
        return zeros(shape).normal_(mean, std, gen);
    }

    public static Tensor uniform(int[] shape, double low, double high, Generator gen) {
        return zeros(shape).uniform_(low, high, gen);
    }

    /** {@code torch.normal(mean, std)}: N(0, std²) draws of mean's shape, then mean added. */
    public static Tensor normal(Tensor mean, double std, Generator gen) {
        Tensor out = zeros(mean.shapeRef()).normal_(0, std, gen);
        return Arithmetic.add_(out, mean, 1);
    }

    /** {@code torch.normal(mean, std)} with a std per element: N(0, 1) draws, times std, plus mean. */
    public static Tensor normal(Tensor mean, Tensor std, Generator gen) {
        int[] shape = Shape.broadcast("normal", mean.shapeRef(), std.shapeRef());
        Tensor out = zeros(shape).normal_(0, 1, gen);
        return Arithmetic.add_(Arithmetic.mul_(out, std), mean, 1);
    }

    /** Whole numbers uniform in [low, high), like {@code torch.randint(low, high, shape)} (int64). */
    public static Tensor randint(long low, long high, int[] shape, Generator gen) {
        Tensor out = zeros(shape);
        float[] d = out.data;
        synchronized (gen) {
            for (int i = 0; i < d.length; i++) {
                d[i] = gen.randint(low, high);
            }
        }
        return Tensor.of(d, shape, DType.INT64);
    }

    /** A random permutation of 0..n-1, like {@code torch.randperm(n)} (int64). */
    public static Tensor randperm(int n, Generator gen) {
        int[] perm = gen.randperm(n);
        float[] d = new float[n];
        for (int i = 0; i < n; i++) {
            d[i] = perm[i];
        }
        return Tensor.of(d, new int[] {n}, DType.INT64);
    }

    // ---------------------------------------------------------------- metadata and data access

    public int[] shape() {
        return shape.clone();
    }

    /** Size of one dimension; negative dims count from the end. */
    public int size(int dim) {
        return shape[Shape.wrapDim(dim, shape.length)];
    }

    public int dim() {
        return shape.length;
    }

    public int numel() {
        return data.length;
    }

    public DType dtype() {
        return dtype;
    }

    /**
     * The backing storage, shared and mutable: engine kernels read and write it directly. Code that
     * writes to it outside an op must call {@link #bumpVersion()}.
     */
    public float[] data() {
        return data;
    }

    /** A copy of the values, row-major. */
    public float[] toArray() {
        return data.clone();
    }

    /** The rows of a 2-D tensor as a new {@code float[][]}. */
    public float[][] toArray2D() {
        if (shape.length != 2) {
            throw new IllegalStateException("toArray2D: expected a 2-D tensor but got shape " + Shape.str(shape));
        }
        float[][] rows = new float[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            rows[r] = Arrays.copyOfRange(data, r * shape[1], (r + 1) * shape[1]);
        }
        return rows;
    }

    /** The value of a one-element tensor, like {@code .item()}. */
    public float item() {
        if (data.length != 1) {
            throw new IllegalStateException("a Tensor with " + data.length
                    + " elements cannot be converted to Scalar (shape " + Shape.str(shape) + ")");
        }
        return data[0];
    }

    /** The element at a full index, negative indices counting from the end. */
    public float get(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("get: expected " + shape.length + " indices for shape "
                    + Shape.str(shape) + " but got " + index.length);
        }
        int offset = 0;
        int stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            int i = index[d] < 0 ? index[d] + shape[d] : index[d];
            if (i < 0 || i >= shape[d]) {
                throw new IndexOutOfBoundsException("index " + index[d] + " is out of bounds for dimension " + d
                        + " with size " + shape[d]);
            }
            offset += i * stride;
            stride *= shape[d];
        }
        return data[offset];
    }

    /** A new tensor with its own storage and the same values; no graph (use {@link #clone} to keep one). */
    public Tensor copy() {
        return new Tensor(data.clone(), shape, dtype, new int[1]);
    }

    // ---------------------------------------------------------------- autograd

    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** Sets requires_grad on a leaf, like {@code .requires_grad_()}; returns this tensor. */
    public Tensor requiresGrad_(boolean requires) {
        if (gradFn != null && !requires) {
            throw new IllegalStateException("you can only change requires_grad flags of leaf variables. If you want to "
                    + "use a computed variable in a subgraph that doesn't require differentiation use "
                    + "var_no_grad = var.detach().");
        }
        if (requires && !dtype.isFloatingPoint()) {
            throw new IllegalStateException("only Tensors of floating point dtype can require gradients (this one is "
                    + dtype.torchName() + ")");
        }
        requiresGrad = requires;
        return this;
    }

    public Tensor requiresGrad_() {
        return requiresGrad_(true);
    }

    /** The accumulated gradient, or null before the first backward or after zeroing to None. */
    public Tensor grad() {
        return grad;
    }

    public void setGrad(Tensor grad) {
        if (grad != null && !Arrays.equals(grad.shape, shape)) {
            throw new IllegalArgumentException("assigned grad has data of a different size: " + Shape.str(grad.shape)
                    + " for a tensor of shape " + Shape.str(shape));
        }
        this.grad = grad;
    }

    /** The node that created this tensor, or null for a leaf. */
    public Node gradFn() {
        return gradFn;
    }

    void setGradFn(Node node) {
        this.gradFn = node;
        this.requiresGrad = true;
    }

    /** True for tensors the user created, and for results that do not require grad. */
    public boolean isLeaf() {
        return gradFn == null;
    }

    /** Same storage, cut from the graph, like {@code .detach()}. Shares the version counter. */
    public Tensor detach() {
        return new Tensor(data, shape, dtype, version);
    }

    /** Backpropagates from a one-element tensor; gradients accumulate into the leaves' {@code .grad}. */
    public void backward() {
        Autograd.backward(this, null, false);
    }

    public void backward(Tensor gradient) {
        Autograd.backward(this, gradient, false);
    }

    /** {@code retainGraph} keeps the saved tensors so a second backward through this graph works. */
    public void backward(Tensor gradient, boolean retainGraph) {
        Autograd.backward(this, gradient, retainGraph);
    }

    /** How many times this storage has been changed in place. */
    public int version() {
        return version[0];
    }

    /** Records an in-place change made directly through {@link #data()}. */
    public void bumpVersion() {
        version[0]++;
    }

    /** A view over the same storage (and version counter) with another shape. */
    Tensor viewOf(int[] newShape) {
        return new Tensor(data, newShape, dtype, version);
    }

    Tensor withDType(DType newDType) {
        return new Tensor(data, shape, newDType, new int[1]);
    }

    // ---------------------------------------------------------------- in-place ops

    /**
     * Refuses an in-place write PyTorch refuses: to a leaf that requires grad while grad mode is on, or to
     * a tensor that is part of a graph. Every in-place op calls this first and {@link #bumpVersion} last.
     */
    void checkInPlace(String op) {
        if (GradMode.isEnabled() && requiresGrad && gradFn == null) {
            throw new IllegalStateException(op + ": a leaf Variable that requires grad is being used in an in-place "
                    + "operation. (Wrap it in NoGrad.enter() as optimizers do, or use the out-of-place op.)");
        }
        if (GradMode.isEnabled() && gradFn != null) {
            throw new UnsupportedOperationException(op + ": in-place ops on tensors that are part of a graph are not "
                    + "supported; use the out-of-place op (" + op.substring(0, op.length() - 1) + ")");
        }
    }

    public Tensor zero_() {
        return fill_(0);
    }

    public Tensor fill_(double value) {
        return Fills.fill_(this, value);
    }

    /** Copies values from {@code src} (broadcast to this shape), like {@code .copy_()}. */
    public Tensor copy_(Tensor src) {
        return Fills.copy_(this, src);
    }

    public Tensor add_(Tensor other) {
        return add_(other, 1);
    }

    /** this += alpha * other, like {@code .add_(other, alpha=alpha)}. */
    public Tensor add_(Tensor other, double alpha) {
        return Arithmetic.add_(this, other, alpha);
    }

    public Tensor sub_(Tensor other) {
        return add_(other, -1);
    }

    public Tensor mul_(Tensor other) {
        return Arithmetic.mul_(this, other);
    }

    public Tensor mul_(double factor) {
        return Arithmetic.mul_(this, factor);
    }

    public Tensor div_(double divisor) {
        return mul_(1.0 / divisor);
    }

    public Tensor clamp_(double min, double max) {
        return Pointwise.clamp_(this, min, max);
    }

    /** Fills with U(low, high), like {@code .uniform_()}. */
    public Tensor uniform_(double low, double high, Generator gen) {
        return Fills.uniform_(this, low, high, gen);
    }

    /** Fills with N(mean, std²), like {@code .normal_()}. */
    public Tensor normal_(double mean, double std, Generator gen) {
        return Fills.normal_(this, mean, std, gen);
    }

    /** Fills with 1 (probability p) or 0, like {@code .bernoulli_(p)}. */
    public Tensor bernoulli_(double p, Generator gen) {
        return Fills.bernoulli_(this, p, gen);
    }

    // ---------------------------------------------------------------- arithmetic

    public Tensor add(Tensor other) {
        return Arithmetic.add(this, other);
    }

    public Tensor add(double other) {
        return Arithmetic.addScalar(this, other);
    }

    public Tensor sub(Tensor other) {
        return Arithmetic.sub(this, other);
    }

    public Tensor sub(double other) {
        return Arithmetic.addScalar(this, -other, "SubBackward0");
    }

    /** {@code value - this}, like Python's {@code 1 - x}. */
    public Tensor rsub(double value) {
        return Arithmetic.rsub(this, value);
    }

    public Tensor mul(Tensor other) {
        return Arithmetic.mul(this, other);
    }

    public Tensor mul(double other) {
        return Arithmetic.mulScalar(this, other);
    }

    public Tensor div(Tensor other) {
        return Arithmetic.div(this, other);
    }

    public Tensor div(double other) {
        return Arithmetic.divScalar(this, other);
    }

    public Tensor pow(double exponent) {
        return Arithmetic.pow(this, exponent);
    }

    public Tensor pow(Tensor exponent) {
        return Arithmetic.pow(this, exponent);
    }

    public Tensor neg() {
        return Pointwise.neg(this);
    }

    public Tensor exp() {
        return Pointwise.exp(this);
    }

    public Tensor log() {
        return Pointwise.log(this);
    }

    /** 1 / x element by element, like {@code torch.reciprocal}. */
    public Tensor reciprocal() {
        return Pointwise.reciprocal(this);
    }

    public Tensor sqrt() {
        return Pointwise.sqrt(this);
    }

    public Tensor abs() {
        return Pointwise.abs(this);
    }

    public Tensor sin() {
        return Pointwise.sin(this);
    }

    public Tensor cos() {
        return Pointwise.cos(this);
    }

    /** Limits values to [min, max]; pass null for no bound, like {@code torch.clamp}. */
    public Tensor clamp(Double min, Double max) {
        return Pointwise.clamp(this, min, max);
    }

    public Tensor clampMin(double min) {
        return Pointwise.clamp(this, min, null);
    }

    public Tensor clampMax(double max) {
        return Pointwise.clamp(this, null, max);
    }

    // ---------------------------------------------------------------- linear algebra

    /** Matrix product with PyTorch's rules for 1-D, 2-D and batched 3-D operands. */
    public Tensor matmul(Tensor other) {
        return LinearAlgebra.matmul(this, other);
    }

    /** Product of two matrices; both must be 2-D. */
    public Tensor mm(Tensor other) {
        return LinearAlgebra.mm(this, other);
    }

    /** Inner product of two 1-D tensors; 2-D arguments are an error (use mm or matmul). */
    public Tensor dot(Tensor other) {
        return LinearAlgebra.dot(this, other);
    }

    // ---------------------------------------------------------------- shapes and indexing

    public Tensor transpose(int dim0, int dim1) {
        return ShapeOps.transpose(this, dim0, dim1);
    }

    /** Transpose of a tensor of at most 2 dimensions, like {@code .t()}. */
    public Tensor t() {
        return ShapeOps.t(this);
    }

    public Tensor reshape(int... newShape) {
        return ShapeOps.view(this, newShape, "reshape");
    }

    public Tensor view(int... newShape) {
        return ShapeOps.view(this, newShape, "view");
    }

    /** All elements as one dimension. */
    public Tensor flatten() {
        return ShapeOps.view(this, new int[] {-1}, "reshape");
    }

    public Tensor unsqueeze(int dim) {
        return ShapeOps.unsqueeze(this, dim);
    }

    /** Removes every dimension of size 1. */
    public Tensor squeeze() {
        return ShapeOps.squeeze(this);
    }

    public Tensor squeeze(int dim) {
        return ShapeOps.squeeze(this, dim);
    }

    /** One slice along a dimension, dropping it, like {@code x[i]} or {@code x.select(dim, i)}. */
    public Tensor select(int dim, int index) {
        return Indexing.select(this, dim, index);
    }

    /** {@code x[start:end:step]} along {@code dim}; a null end means "to the end". */
    public Tensor slice(int dim, int start, Integer end, int step) {
        return Indexing.slice(this, dim, start, end, step);
    }

    /** Rows picked by an int64 index tensor, like {@code x[idx]}. */
    public Tensor index(Tensor indices) {
        return Indexing.indexRows(this, indices);
    }

    public static Tensor cat(List<Tensor> tensors, int dim) {
        return Indexing.cat(tensors, dim);
    }

    public static Tensor stack(List<Tensor> tensors, int dim) {
        return Indexing.stack(tensors, dim);
    }

    // ---------------------------------------------------------------- reductions

    public Tensor sum() {
        return Reductions.sum(this);
    }

    public Tensor sum(int dim, boolean keepdim) {
        return Reductions.sum(this, dim, keepdim);
    }

    public Tensor sum(int dim) {
        return Reductions.sum(this, dim, false);
    }

    public Tensor mean() {
        return Reductions.mean(this);
    }

    public Tensor mean(int dim, boolean keepdim) {
        return Reductions.mean(this, dim, keepdim);
    }

    public Tensor mean(int dim) {
        return Reductions.mean(this, dim, false);
    }

    public Tensor max() {
        return Reductions.extreme(this, true);
    }

    /** Largest values along a dimension and where they are, like {@code torch.max(x, dim)}. */
    public ValuesIndices max(int dim, boolean keepdim) {
        return Reductions.extreme(this, dim, keepdim, true);
    }

    public Tensor min() {
        return Reductions.extreme(this, false);
    }

    public ValuesIndices min(int dim, boolean keepdim) {
        return Reductions.extreme(this, dim, keepdim, false);
    }

    /** Index of the largest element of the flattened tensor (int64, 0-d). */
    public Tensor argmax() {
        return Reductions.argmax(this);
    }

    public Tensor argmax(int dim, boolean keepdim) {
        return Reductions.argmax(this, dim, keepdim);
    }

    // ---------------------------------------------------------------- activations

    public Tensor relu() {
        return Activations.relu(this);
    }

    public Tensor sigmoid() {
        return Activations.sigmoid(this);
    }

    public Tensor tanh() {
        return Activations.tanh(this);
    }

    public Tensor softmax(int dim) {
        return Activations.softmax(this, dim);
    }

    public Tensor logSoftmax(int dim) {
        return Activations.logSoftmax(this, dim);
    }

    // ---------------------------------------------------------------- printing

    /** PyTorch's printed form, e.g. {@code tensor([[1., 2.],\n        [3., 4.]], requires_grad=True)}. */
    @Override
    public String toString() {
        return TensorFormat.repr(this);
    }
}
