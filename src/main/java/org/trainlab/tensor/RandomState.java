package org.trainlab.tensor;

/**
 * numpy's legacy random stream, {@code np.random.RandomState} (what {@code np.random.seed} seeds): a
 * Mersenne Twister seeded as numpy seeds it from an integer, with numpy's 53-bit doubles and its polar
 * Box–Muller that keeps the second value for the next call. For programs that draw with numpy the way the
 * tutorial does (the GAN's artist, the dynamic RNN's step lengths).
 */
public final class RandomState {
    private final Mt19937 mt;
    private boolean hasGauss;
    private double gauss;

    /** {@code np.random.RandomState(seed)}; the seed must lie in [0, 2³² − 1] as numpy requires. */
    public RandomState(long seed) {
        checkSeed(seed);
        this.mt = new Mt19937(seed);
    }

    /** {@code np.random.seed(seed)}: restarts the stream and forgets a kept Gaussian. */
    public synchronized void seed(long seed) {
        checkSeed(seed);
        mt.seed(seed);
        hasGauss = false;
        gauss = 0;
    }

    /** Uniform in [0, 1) from two 32-bit draws (27 + 26 bits), like {@code np.random.random_sample()}. */
    public synchronized double randomSample() {
        long a = mt.nextUnsigned() >>> 5;
        long b = mt.nextUnsigned() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** {@code np.random.uniform(low, high)}: low + (high − low)·u. */
    public double uniform(double low, double high) {
        return low + (high - low) * randomSample();
    }

    /** {@code np.random.uniform(low, high, n)}. */
    public synchronized double[] uniform(double low, double high, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = uniform(low, high);
        }
        return out;
    }

    /** {@code np.random.rand(n)}. */
    public synchronized double[] rand(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = randomSample();
        }
        return out;
    }

    /**
     * {@code np.random.randint(low, high)}: an integer in [low, high) by numpy's masked rejection: 32-bit
     * draws masked to the smallest all-ones mask covering high − 1 − low, retried while beyond it; no draw
     * when the range holds one value.
     */
    public synchronized long randint(long low, long high) {
        if (high <= low) {
            throw new IllegalArgumentException("randint: low >= high (" + low + " >= " + high + ")");
        }
        long rng = high - 1 - low;
        if (rng == 0) {
            return low;
        }
        if (rng > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("randint: ranges beyond 2**32 values are not reproduced");
        }
        long mask = rng;
        for (int shift = 1; shift <= 16; shift <<= 1) {
            mask |= mask >>> shift;
        }
        long value;
        do {
            value = mt.nextUnsigned() & mask;
        } while (value > rng);
        return low + value;
    }

    /** One standard normal, like {@code np.random.randn()}: the polar method, the second value kept. */
    public synchronized double randn() {
        if (hasGauss) {
            hasGauss = false;
            double kept = gauss;
            gauss = 0;
            return kept;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * randomSample() - 1.0;
            x2 = 2.0 * randomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code np.random.randn(n)}. */
    public synchronized double[] randn(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = randn();
        }
        return out;
    }

    private static void checkSeed(long seed) {
        if (seed < 0 || seed > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("numpy's seed must be between 0 and 2**32 - 1, got " + seed);
        }
    }
}
