package org.trainlab.tensor;

/**
 * PyTorch's CPU transforms from random bits to values (ATen's DistributionsHelper, TransformationHelper,
 * cpu/DistributionTemplates and TensorFactories' randperm), for {@link Generator#pytorch} generators.
 *
 * <p>uniform_, the scalar normal path, randint, randperm and bernoulli are exact. normal_ on 16 or more
 * floats is PyTorch's 16-at-a-time Box–Muller with float log/sin/cos; PyTorch's AVX2 build evaluates those
 * with polynomial approximations (avx_mathfun), so its values may differ from these in the last bits.
 */
final class PytorchDraws {
    /** From 16 elements on, PyTorch's normal_ fills float tensors 16 at a time (normal_fill). */
    static final int NORMAL_FILL_MIN = 16;

    private static final float TWO_PI_FLOAT = (float) (2.0 * Math.PI);

    private PytorchDraws() {
    }

    /**
     * uniform_kernel: the bounds become floats, each value is one 24-bit float draw x, then x·(to − from) +
     * from in float with one rounding (PyTorch's AVX2 kernels are compiled with FMA contraction).
     */
    static void uniform(Generator gen, float[] d, double low, double high) {
        float from = (float) low;
        float span = (float) high - from;
        synchronized (gen) {
            for (int i = 0; i < d.length; i++) {
                d[i] = Math.fma(gen.nextFloat(), span, from);
            }
        }
    }

    /** normal_kernel: the scalar double Box–Muller below 16 elements, normal_fill from 16 on. */
    static void normal(Generator gen, float[] d, double mean, double std) {
        synchronized (gen) {
            if (d.length < NORMAL_FILL_MIN) {
                for (int i = 0; i < d.length; i++) {
                    d[i] = (float) (gen.nextGaussian() * std + mean);
                }
                return;
            }
            float m = (float) mean;
            float s = (float) std;
            for (int i = 0; i < d.length; i++) {
                d[i] = gen.nextFloat();
            }
            for (int i = 0; i + NORMAL_FILL_MIN <= d.length; i += NORMAL_FILL_MIN) {
                boxMuller16(d, i, m, s);
            }
            if (d.length % NORMAL_FILL_MIN != 0) {
                int from = d.length - NORMAL_FILL_MIN;
                for (int i = from; i < d.length; i++) {
                    d[i] = gen.nextFloat();
                }
                boxMuller16(d, from, m, s);
            }
        }
    }

    /** normal_fill_16: uniforms at [i, i+8) and [i+8, i+16) become the cosine and sine halves. */
    private static void boxMuller16(float[] d, int i, float mean, float std) {
        for (int j = i; j < i + 8; j++) {
            float u1 = 1 - d[j];
            float u2 = d[j + 8];
            float radius = (float) Math.sqrt(-2f * (float) Math.log(u1));
            float theta = (float) (2.0 * Math.PI * u2);
            d[j] = radius * (float) Math.cos(theta) * std + mean;
            d[j + 8] = radius * (float) Math.sin(theta) * std + mean;
        }
    }

    /**
     * randperm_cpu: Fisher–Yates from the front with {@code random() % (n − i)} while n is below 2³²/20,
     * the inside-out variant with random64() above.
     */
    static int[] randperm(Generator gen, int n) {
        int[] r = new int[n];
        synchronized (gen) {
            if (n < 0xFFFFFFFFL / 20) {
                for (int i = 0; i < n; i++) {
                    r[i] = i;
                }
                for (int i = 0; i < n - 1; i++) {
                    int z = (int) (gen.random() % (n - i));
                    int t = r[i];
                    r[i] = r[z + i];
                    r[z + i] = t;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    int z = (int) Long.remainderUnsigned(gen.random64(), i + 1L);
                    r[i] = r[z];
                    r[z] = i;
                }
            }
        }
        return r;
    }
}
