package org.trainlab.tensor;

import java.util.Arrays;

/**
 * In-place ops that overwrite every value of a tensor: fill_ (and zero_), copy_, uniform_, normal_. Like
 * all in-place ops they refuse tensors autograd needs ({@link Tensor#checkInPlace}) and bump the version
 * counter, so a backward that saved the old values fails instead of computing a wrong gradient.
 */
final class Fills {
    private Fills() {
    }

    static Tensor fill_(Tensor x, double value) {
        x.checkInPlace("fill_");
        Arrays.fill(x.data(), (float) value);
        x.bumpVersion();
        return x;
    }

    /** x = src, src broadcast to x's shape: {@code x.copy_(src)}. */
    static Tensor copy_(Tensor x, Tensor src) {
        x.checkInPlace("copy_");
        float[] d = x.data();
        int[] shape = x.shapeRef();
        int[] srcShape = src.shapeRef();
        if (Arrays.equals(srcShape, shape)) {
            System.arraycopy(src.data(), 0, d, 0, d.length);
        } else {
            Shape.broadcast("copy_", shape, srcShape);
            float[] expanded = Kernels.expand(src.data(), srcShape, shape);
            System.arraycopy(expanded, 0, d, 0, d.length);
        }
        x.bumpVersion();
        return x;
    }

    /** Draws from U(low, high) in storage order: {@code x.uniform_(low, high, generator=gen)}. */
    static Tensor uniform_(Tensor x, double low, double high, Generator gen) {
        x.checkInPlace("uniform_");
        gen.fillUniform(x.data(), low, high);
        x.bumpVersion();
        return x;
    }

    /** Draws from N(mean, std²) in storage order: {@code x.normal_(mean, std, generator=gen)}. */
    static Tensor normal_(Tensor x, double mean, double std, Generator gen) {
        x.checkInPlace("normal_");
        gen.fillNormal(x.data(), mean, std);
        x.bumpVersion();
        return x;
    }

    /** Each value 1 with probability p, else 0, in storage order: {@code x.bernoulli_(p, generator=gen)}. */
    static Tensor bernoulli_(Tensor x, double p, Generator gen) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("bernoulli_ needs 0 <= p <= 1, got " + p);
        }
        x.checkInPlace("bernoulli_");
        float[] d = x.data();
        synchronized (gen) {
            for (int i = 0; i < d.length; i++) {
                d[i] = gen.nextBernoulli(p) ? 1f : 0f;
            }
        }
        x.bumpVersion();
        return x;
    }
}
